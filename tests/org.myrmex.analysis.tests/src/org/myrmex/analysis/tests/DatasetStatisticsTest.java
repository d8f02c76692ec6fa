// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.myrmex.analysis.DatasetStatistics;
import org.myrmex.analysis.VideoCounts;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;

class DatasetStatisticsTest {
	private static final LabelsFactory FACTORY = LabelsFactory.eINSTANCE;

	/** Per video of {@code ants/datasets/main.v001.slp} (4 videos, 81 frames, 1581 user instances, as h5py reads it). */
	@Test
	void perVideoCountsAddUpToTheFilesCounts() throws Exception {
		DatasetStatistics statistics = DatasetStatistics.of(LabelsFiles.load(Fixtures.get("ants/datasets/main.v001.slp")));
		assertEquals(4, statistics.perVideo().size());
		assertEquals(81, statistics.perVideo().stream().mapToInt(VideoCounts::labeledFrames).sum());
		assertEquals(1581, statistics.perVideo().stream().mapToInt(VideoCounts::userInstances).sum());
		assertEquals(80, statistics.userFrames(), "one of the 81 stored frames holds no user instance");
		for (VideoCounts video : statistics.perVideo()) {
			assertTrue(video.firstFrame() <= video.lastFrame() && video.mostInstances() > 0, video.toString());
			assertTrue(video.mostInstances() * video.labeledFrames() >= video.userInstances(), video.toString());
		}
	}

	@Test
	void countsInstancesByKindAndVisibleNodesOfUserInstances() {
		Labels labels = FACTORY.createLabels();
		labels.getVideos().add(FACTORY.createVideo());
		labels.getTracks().add(FACTORY.createTrack());
		Skeleton skeleton = FACTORY.createSkeleton();
		skeleton.setName("pair");
		for (String name : new String[] { "head", "tail" }) {
			Node node = FACTORY.createNode();
			node.setName(name);
			skeleton.getNodes().add(node);
		}
		labels.getSkeletons().add(skeleton);
		LabeledFrame frame = FACTORY.createLabeledFrame();
		frame.getInstances().add(user(skeleton, PointArray.of(Point.placed(1, 1), Point.placed(2, 2))));
		frame.getInstances().add(user(skeleton, PointArray.of(Point.placed(1, 1), Point.missing())));
		Instance predicted = FACTORY.createPredictedInstance();
		predicted.setSkeleton(skeleton);
		predicted.setPoints(PointArray.of(Point.predicted(1, 1, 0.5), Point.predicted(2, 2, 0.5)));
		frame.getInstances().add(predicted);
		labels.getLabeledFrames().add(frame);
		labels.getLabeledFrames().add(FACTORY.createLabeledFrame());

		DatasetStatistics statistics = DatasetStatistics.of(labels);
		assertEquals(1, statistics.videos());
		assertEquals(2, statistics.labeledFrames());
		assertEquals(2, statistics.userInstances());
		assertEquals(1, statistics.predictedInstances());
		assertEquals(1, statistics.tracks());
		assertEquals(new DatasetStatistics.NodeVisibility("pair", "head", 2, 2), statistics.nodes().get(0));
		assertEquals(new DatasetStatistics.NodeVisibility("pair", "tail", 1, 2), statistics.nodes().get(1));
		assertEquals(50.0, statistics.nodes().get(1).visiblePercent());
	}

	private static Instance user(Skeleton skeleton, PointArray points) {
		Instance instance = FACTORY.createUserInstance();
		instance.setSkeleton(skeleton);
		instance.setPoints(points);
		return instance;
	}
}
