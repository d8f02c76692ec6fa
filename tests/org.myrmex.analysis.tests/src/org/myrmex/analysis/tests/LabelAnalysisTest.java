// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.analysis.LabelAnalysis;
import org.myrmex.analysis.LabelAnalysisCsv;
import org.myrmex.analysis.LabelAnalysis.FrameCount;
import org.myrmex.analysis.LabelAnalysis.NodeCount;
import org.myrmex.analysis.LabelAnalysis.VideoAnalysis;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Video;

class LabelAnalysisTest {
	private static final LabelsFactory FACTORY = LabelsFactory.eINSTANCE;
	private static final Point CONFIRMED = new Point(1, 1, true, true, Double.NaN);

	@Test
	void countsLabelledFramesUserInstancesUnverifiedAndInvisiblePointsOfUserInstancesOnly() {
		LabelAnalysis analysis = LabelAnalysis.of(labels());

		assertEquals(4, analysis.frames());
		assertEquals(2, analysis.labelledFrames());
		assertEquals(4, analysis.userInstances());
		assertEquals(2, analysis.predictedInstances());
		assertEquals(2, analysis.unverifiedPoints());
		assertEquals(List.of(new FrameCount(0, "a.mp4", 5, 2), new FrameCount(1, "b.mp4", 0, 0)),
				analysis.unverifiedByFrame());
		assertEquals(List.of(new FrameCount(0, "a.mp4", 5, 2)), analysis.framesWithUnverifiedPoints());
		assertEquals(List.of(new NodeCount("ant", "Head", 1, 3), new NodeCount("ant", "Thorax", 0, 3),
				new NodeCount("ant", "Tail", 2, 3), new NodeCount("fly", "wing", 1, 1)), analysis.invisibleByNode());
		assertEquals(200.0 / 3, analysis.invisibleByNode().get(2).percent(), 1e-12);
		// frames a2 and a9 hold no user instance, b0 two, a5 (twice stored) two
		assertEquals(List.of(2, 0, 2), analysis.instancesPerFrame());
	}

	@Test
	void countsEachVideoApart() {
		List<VideoAnalysis> videos = LabelAnalysis.perVideo(labels());

		assertEquals(List.of("a.mp4", "b.mp4"), videos.stream().map(VideoAnalysis::video).toList());
		LabelAnalysis a = videos.get(0).analysis();
		assertEquals(3, a.frames());
		assertEquals(1, a.labelledFrames());
		assertEquals(2, a.userInstances());
		assertEquals(2, a.predictedInstances());
		assertEquals(2, a.unverifiedPoints());
		assertEquals(List.of(new NodeCount("ant", "Head", 1, 2), new NodeCount("ant", "Thorax", 0, 2),
				new NodeCount("ant", "Tail", 1, 2), new NodeCount("fly", "wing", 0, 0)), a.invisibleByNode());
		LabelAnalysis b = videos.get(1).analysis();
		assertEquals(1, b.frames());
		assertEquals(2, b.userInstances());
		assertEquals(0, b.predictedInstances());
		assertEquals(List.of(0, 0, 1), b.instancesPerFrame());
	}

	@Test
	void writesCsvWithTheFileThenEachVideo() {
		Labels labels = labels();
		String csv = LabelAnalysisCsv.of("two, videos.slp", LabelAnalysis.of(labels), LabelAnalysis.perVideo(labels));

		assertEquals("""
				scope,frames,labelled_frames,user_instances,predicted_instances,unverified_points,\
				invisible ant/Head,invisible % ant/Head,invisible ant/Thorax,invisible % ant/Thorax,\
				invisible ant/Tail,invisible % ant/Tail,invisible fly/wing,invisible % fly/wing
				"two, videos.slp",4,2,4,2,2,1,33.33,0,0.00,2,66.67,1,100.00
				a.mp4,3,1,2,2,2,1,50.00,0,0.00,1,50.00,0,0.00
				b.mp4,1,1,2,0,0,0,0.00,0,0.00,1,100.00,1,100.00
				""", csv);
	}

	@Test
	void printsLikeTheNotebook() {
		assertEquals("""
				Frames: 4
				Labelled frames: 2
				User instances: 4
				Predicted instances: 2
				Unverified points: 2 (in 1 of 2 labelled frames)
				  a.mp4 frame 5: 2
				Invisible points per node (% of user instances):
				  ant  Head  1  33.33%
				  ant  Thorax  0  0.00%
				  ant  Tail  2  66.67%
				  fly  wing  1  100.00%
				""", LabelAnalysis.of(labels()).toText());
	}

	@Test
	void countsNothingInLabelsWithOnlyPredictions() {
		Labels labels = FACTORY.createLabels();
		Video video = video(labels, "p.mp4");
		Skeleton ant = skeleton(labels, "ant", "Head");
		frame(labels, video, 0).getInstances().add(predicted(ant, PointArray.of(Point.missing())));

		LabelAnalysis analysis = LabelAnalysis.of(labels);

		assertEquals(1, analysis.frames());
		assertEquals(0, analysis.labelledFrames());
		assertEquals(0, analysis.userInstances());
		assertEquals(1, analysis.predictedInstances());
		assertEquals(0, analysis.unverifiedPoints());
		assertEquals(List.of(), analysis.unverifiedByFrame());
		assertEquals(List.of(new NodeCount("ant", "Head", 0, 0)), analysis.invisibleByNode());
		assertEquals(0.0, analysis.invisibleByNode().get(0).percent());
	}

	/**
	 * Video a.mp4: frame 5 stored twice (user instances A and C, a prediction), frame 2 with only a prediction,
	 * frame 9 empty. Video b.mp4: frame 0 with user instance B (ant) and D (fly).
	 */
	private static Labels labels() {
		Labels labels = FACTORY.createLabels();
		Video a = video(labels, "a.mp4");
		Video b = video(labels, "b.mp4");
		Skeleton ant = skeleton(labels, "ant", "Head", "Thorax", "Tail");
		Skeleton fly = skeleton(labels, "fly", "wing");
		LabeledFrame a5 = frame(labels, a, 5);
		// A: confirmed, unverified (placed, not complete), invisible and not complete (not unverified)
		a5.getInstances().add(user(ant, PointArray.of(CONFIRMED, Point.placed(2, 2), new Point(5, 5, false, false, Double.NaN))));
		a5.getInstances().add(predicted(ant, PointArray.of(Point.predicted(1, 1, 0.5), Point.predicted(2, 2, 0.5), Point.missing())));
		frame(labels, a, 2).getInstances().add(predicted(ant, PointArray.of(Point.missing(), Point.missing(), Point.missing())));
		frame(labels, a, 9);
		LabeledFrame b0 = frame(labels, b, 0);
		// B: invisible but complete tail
		b0.getInstances().add(user(ant, PointArray.of(CONFIRMED, CONFIRMED, new Point(3, 3, false, true, Double.NaN))));
		b0.getInstances().add(user(fly, PointArray.of(Point.missing())));
		// C, on a second copy of frame 5: visible flag without coordinates (invisible), unverified thorax
		frame(labels, a, 5).getInstances().add(user(ant,
				PointArray.of(new Point(Double.NaN, Double.NaN, true, false, Double.NaN), Point.placed(4, 4), CONFIRMED)));
		return labels;
	}

	private static Video video(Labels labels, String filename) {
		Video video = FACTORY.createVideo();
		video.setFilename(filename);
		labels.getVideos().add(video);
		return video;
	}

	private static Skeleton skeleton(Labels labels, String name, String... nodes) {
		Skeleton skeleton = FACTORY.createSkeleton();
		skeleton.setName(name);
		for (String nodeName : nodes) {
			Node node = FACTORY.createNode();
			node.setName(nodeName);
			skeleton.getNodes().add(node);
		}
		labels.getSkeletons().add(skeleton);
		return skeleton;
	}

	private static LabeledFrame frame(Labels labels, Video video, int index) {
		LabeledFrame frame = FACTORY.createLabeledFrame();
		frame.setVideo(video);
		frame.setFrameIndex(index);
		labels.getLabeledFrames().add(frame);
		return frame;
	}

	private static Instance user(Skeleton skeleton, PointArray points) {
		Instance instance = FACTORY.createUserInstance();
		instance.setSkeleton(skeleton);
		instance.setPoints(points);
		return instance;
	}

	private static Instance predicted(Skeleton skeleton, PointArray points) {
		Instance instance = FACTORY.createPredictedInstance();
		instance.setSkeleton(skeleton);
		instance.setPoints(points);
		return instance;
	}
}
