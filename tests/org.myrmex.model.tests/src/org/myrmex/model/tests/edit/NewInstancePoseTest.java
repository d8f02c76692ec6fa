// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.edit.InstanceCommands;
import org.myrmex.model.edit.LabelsEditing;
import org.myrmex.model.edit.NewInstancePose;
import org.myrmex.model.edit.NewInstancePose.Source;
import org.myrmex.model.index.FrameIndex;

class NewInstancePoseTest {
	private static final double EPS = 1e-9;
	private final AntProject ant = new AntProject();

	@Test
	void copiesFromTheNearestEarlierFrameTheInstanceWhoseTrackTheFrameLacks() {
		ant.frame(12); // labelled but empty: skipped
		LabeledFrame target = ant.frame(14);
		UserInstance red = AntProject.FACTORY.createUserInstance();
		red.setSkeleton(ant.skeleton);
		red.setTrack(ant.red);
		red.setPoints(AntProject.antPoints(150));
		target.getInstances().add(red);

		NewInstancePose pose = NewInstancePose.propose(ant.labels, ant.video, 14, ant.skeleton, 640, 480);
		assertEquals(Source.COPIED_FROM_PREVIOUS, pose.source());
		assertSame(ant.blue, pose.track(), "frame 9's blue instance: red is already on frame 14");
		PointArray copied = AntProject.antPoints(210);
		PointArray points = pose.points();
		for (int i = 0; i < 18; i++) {
			Point point = points.get(i);
			assertFalse(point.complete(), "new points are not verified");
			assertTrue(Double.isNaN(point.score()));
			if (i != 7) {
				assertEquals(copied.x(i), point.x());
				assertEquals(copied.y(i), point.y());
				assertEquals(copied.visible(i), point.visible(), "visibility is copied (node 11 hidden)");
			}
		}
		assertFalse(points.visible(11));
		assertTrue(points.isPlaced(7), "a node the copy lacks is placed from the template");
		assertTrue(points.visible(7));

		List<LabeledFrame> framesBefore = List.copyOf(ant.labels.getLabeledFrames());
		UserInstance added = pose.createInstance();
		ant.executeUndoRedo(InstanceCommands.add(ant.domain, ant.labels, ant.video, 14, added),
				() -> assertEquals(List.of(red), target.getInstances()), () -> {
					assertEquals(List.of(red, added), target.getInstances());
					assertSame(ant.blue, added.getTrack());
					assertSame(ant.skeleton, added.getSkeleton());
					assertEquals(points, added.getPoints());
				});
		assertEquals(framesBefore, ant.labels.getLabeledFrames());
	}

	@Test
	void withACentreTheCopyIsMovedSoItsCentroidLandsThere() {
		NewInstancePose pose = NewInstancePose.propose(ant.labels, ant.video, 6, ant.skeleton, 320, 240, 640, 480);
		assertEquals(Source.COPIED_FROM_PREVIOUS, pose.source());
		assertSame(ant.red, pose.track(), "the first instance of frame 5, whose track frame 6 lacks");
		double[] centroid = centroid(pose.points());
		assertEquals(320, centroid[0], EPS);
		assertEquals(240, centroid[1], EPS);
		PointArray copied = AntProject.antPoints(100);
		assertEquals(copied.x(3) - copied.x(0), pose.points().x(3) - pose.points().x(0), EPS, "shape kept");
		assertEquals(copied.y(17) - copied.y(1), pose.points().y(17) - pose.points().y(1), EPS);
	}

	@Test
	void aCopyThatWouldLieExactlyOnAnInstanceIsOffset() {
		NewInstancePose first = NewInstancePose.propose(ant.labels, ant.video, 7, ant.skeleton, 640, 480);
		UserInstance untracked = first.createInstance();
		untracked.setTrack(null);
		ant.stack.execute(InstanceCommands.add(ant.domain, ant.labels, ant.video, 7, untracked));
		NewInstancePose second = NewInstancePose.propose(ant.labels, ant.video, 7, ant.skeleton, 640, 480);
		assertEquals(Source.COPIED_FROM_PREVIOUS, second.source());
		assertEquals(first.points().translated(NewInstancePose.OFFSET, NewInstancePose.OFFSET), second.points());
	}

	@Test
	void withoutAnEarlierFrameTheAlignedMeanPoseOfTheUserInstancesIsUsed() {
		// a seventh user instance: the same shape turned a quarter and moved; the prediction (distorted) is ignored
		PointArray shape = AntProject.antPoints(0);
		Point[] turned = new Point[18];
		for (int i = 0; i < 18; i++) {
			turned[i] = shape.isPlaced(i) ? new Point(500 - shape.y(i), 50 + shape.x(i), true, false, Double.NaN)
					: Point.missing();
		}
		UserInstance quarter = AntProject.FACTORY.createUserInstance();
		quarter.setSkeleton(ant.skeleton);
		quarter.setPoints(PointArray.of(turned));
		ant.labels.getLabeledFrames().get(1).getInstances().add(quarter);

		NewInstancePose pose = NewInstancePose.propose(ant.labels, ant.video, 0, ant.skeleton, 300, 200, 640, 480);
		assertEquals(Source.MEAN_POSE, pose.source());
		assertNull(pose.track());
		PointArray points = pose.points();
		double[] meanCentroid = centroid(points, 7);
		double[] shapeCentroid = centroid(shape, 7);
		assertEquals(300, meanCentroid[0], EPS);
		assertEquals(200, meanCentroid[1], EPS);
		for (int i = 0; i < 18; i++) {
			assertTrue(points.visible(i));
			assertFalse(points.complete(i));
			if (i != 7) {
				assertEquals(shape.x(i) - shapeCentroid[0], points.x(i) - meanCentroid[0], 1e-6, "node " + i);
				assertEquals(shape.y(i) - shapeCentroid[1], points.y(i) - meanCentroid[1], 1e-6, "node " + i);
			}
		}
		assertTrue(points.isPlaced(7), "a node no one placed comes from the template");
		assertInside(points, 640, 480);

		NewInstancePose atCentre = NewInstancePose.propose(ant.labels, ant.video, 0, ant.skeleton, 640, 480);
		double[] centre = centroid(atCentre.points(), 7);
		assertEquals(319.5, centre[0], EPS);
		assertEquals(239.5, centre[1], EPS);
	}

	@Test
	void aProjectWithoutInstancesGetsTheSpreadTemplate() {
		Labels labels = LabelsFactory.eINSTANCE.createLabels();
		Video video = LabelsFactory.eINSTANCE.createVideo();
		labels.getVideos().add(video);
		Skeleton skeleton = LabelsFactory.eINSTANCE.createSkeleton();
		for (int i = 0; i < 5; i++) {
			Node node = LabelsFactory.eINSTANCE.createNode();
			node.setName("n" + i);
			skeleton.getNodes().add(node);
		}
		labels.getSkeletons().add(skeleton);

		NewInstancePose pose = NewInstancePose.propose(labels, video, 3, skeleton, 320, 240, 640, 480);
		assertEquals(Source.TEMPLATE, pose.source());
		PointArray points = pose.points();
		double[] centroid = centroid(points);
		assertEquals(320, centroid[0], EPS);
		assertEquals(240, centroid[1], EPS);
		Set<Point> distinct = new HashSet<>(points.toList());
		assertEquals(5, distinct.size());
		for (int i = 0; i < 5; i++) {
			assertEquals(new Point(points.x(i), points.y(i), true, false, Double.NaN), points.get(i));
			assertEquals(60, Math.hypot(points.x(i) - 320, points.y(i) - 240), EPS, "on a circle, 480 / 8");
		}

		assertInside(NewInstancePose.propose(labels, video, 3, skeleton, 2, 470, 640, 480).points(), 640, 480);
		assertInside(NewInstancePose.propose(labels, video, 3, skeleton, 50, 40).points(), 50, 40);

		AdapterFactoryEditingDomain domain = LabelsEditing.createDomain(labels);
		domain.getCommandStack().execute(InstanceCommands.add(domain, labels, video, 3, pose.createInstance()));
		assertTrue(FrameIndex.of(labels).contains(video, 3));
		NewInstancePose second = NewInstancePose.propose(labels, video, 3, skeleton, 320, 240, 640, 480);
		assertEquals(Source.MEAN_POSE, second.source(), "the instance just added is one to learn from");
		for (int i = 0; i < 5; i++) {
			assertEquals(points.x(i) + NewInstancePose.OFFSET, second.points().x(i), 1e-6, "moved off the first");
			assertEquals(points.y(i) + NewInstancePose.OFFSET, second.points().y(i), 1e-6);
		}
	}

	@Test
	void rejectsBadArgumentsNamingThem() {
		IllegalArgumentException size = assertThrows(IllegalArgumentException.class,
				() -> NewInstancePose.propose(ant.labels, ant.video, 1, ant.skeleton, 0, 480));
		assertTrue(size.getMessage().contains("0.0 x 480.0"), size.getMessage());
		IllegalArgumentException frame = assertThrows(IllegalArgumentException.class,
				() -> NewInstancePose.propose(ant.labels, ant.video, -2, ant.skeleton, 640, 480));
		assertTrue(frame.getMessage().contains("-2"), frame.getMessage());
		assertThrows(IllegalArgumentException.class,
				() -> NewInstancePose.propose(ant.labels, ant.video, 1, ant.skeleton, Double.NaN, 3, 640, 480));
		assertThrows(IllegalArgumentException.class, () -> NewInstancePose.propose(ant.labels, ant.video, 1,
				LabelsFactory.eINSTANCE.createSkeleton(), 640, 480));
		assertThrows(IllegalArgumentException.class,
				() -> new NewInstancePose(ant.skeleton, PointArray.missing(3), Source.TEMPLATE, null));
	}

	private static void assertInside(PointArray points, double width, double height) {
		for (int i = 0; i < points.size(); i++) {
			assertTrue(points.x(i) >= 0 && points.x(i) <= width - 1 && points.y(i) >= 0 && points.y(i) <= height - 1,
					"point " + i + " inside the frame: " + points.get(i));
		}
	}

	private static double[] centroid(PointArray points, int... without) {
		double x = 0;
		double y = 0;
		int n = 0;
		outer: for (int i = 0; i < points.size(); i++) {
			for (int skip : without) {
				if (i == skip) {
					continue outer;
				}
			}
			if (points.isPlaced(i)) {
				x += points.x(i);
				y += points.y(i);
				n++;
			}
		}
		return new double[] { x / n, y / n };
	}
}
