// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.model.Edge;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.ProvenanceEntry;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Suggestion;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.merge.LabelsCounts;
import org.myrmex.model.merge.LabelsMerger;
import org.myrmex.model.merge.MergeConflict;
import org.myrmex.model.merge.MergeConflict.Kind;
import org.myrmex.model.merge.MergeConflictException;
import org.myrmex.model.merge.MergeResult;
import org.myrmex.model.merge.VideoMatcher;

class LabelsMergerTest {
	private static final LabelsFactory FACTORY = LabelsFactory.eINSTANCE;

	@Test
	void keepsDisjointFramesAndPairsVideosByBaseNameAndSize() throws MergeConflictException {
		Labels a = labels();
		Video aVideo = video(a, "D:\\ants\\col218.mp4", 3840, 2160);
		Skeleton aSkeleton = skeleton(a, "ant", "head", "tail");
		user(frame(a, aVideo, 0), aSkeleton, null, points(1, 1, 2, 2));
		user(frame(a, aVideo, 1), aSkeleton, null, points(3, 3, 4, 4));
		Labels b = labels();
		Video bMoved = video(b, "/data/col218.mp4", 3840, 2160);
		Video bOther = video(b, "/data/col224.mp4", 3840, 2160);
		Skeleton bSkeleton = skeleton(b, "ant", "head", "tail");
		user(frame(b, bMoved, 2), bSkeleton, null, points(5, 5, 6, 6));
		predicted(frame(b, bOther, 0), bSkeleton, null, points(7, 7, 8, 8));

		MergeResult result = new LabelsMerger().merge(List.of(a, b), List.of("a.slp", "b.slp"));

		Labels merged = result.labels();
		assertEquals(List.of("D:\\ants\\col218.mp4", "/data/col224.mp4"),
				merged.getVideos().stream().map(Video::getFilename).toList());
		assertEquals(1, merged.getSkeletons().size());
		assertEquals(4, merged.getLabeledFrames().size());
		assertSame(merged.getVideos().get(0), merged.getLabeledFrames().get(2).getVideo());
		assertSame(merged.getSkeletons().get(0), merged.getLabeledFrames().get(3).getInstances().get(0).getSkeleton());
		assertEquals(new LabelsCounts("merged", 2, 4, 3, 3, 1), result.report().total());
		assertEquals(0, result.report().combinedFrames());
		assertEquals(2, a.getLabeledFrames().size(), "inputs are left unchanged");
		assertEquals(2, b.getVideos().size());
	}

	@Test
	void combinesInstancesOfTheSameFrameAndLeavesOutDuplicates() throws MergeConflictException {
		Labels a = labels();
		Video aVideo = video(a, "ants.mp4", 0, 0);
		Skeleton aSkeleton = skeleton(a, "ant", "head", "tail");
		LabeledFrame aFrame = frame(a, aVideo, 5);
		user(aFrame, aSkeleton, null, points(1, 1, 2, 2));
		predicted(aFrame, aSkeleton, null, points(10, 10, 20, 20));
		Labels b = labels();
		Video bVideo = video(b, "ants.mp4", 0, 0);
		Skeleton bSkeleton = skeleton(b, "ant", "head", "tail");
		LabeledFrame bFrame = frame(b, bVideo, 5);
		user(bFrame, bSkeleton, null, points(1 + 5e-7, 1, 2, 2 - 5e-7)); // the same within 1e-6
		user(bFrame, bSkeleton, null, points(30, 30, 40, 40)); // another ant
		predicted(bFrame, bSkeleton, null, points(10, 10, 20, 20)); // the same prediction
		user(bFrame, bSkeleton, null, points(1, 1, 2, 2.01)); // a different labelling: kept

		MergeResult result = new LabelsMerger().merge(List.of(a, b));

		assertEquals(1, result.labels().getLabeledFrames().size());
		List<Instance> instances = result.labels().getLabeledFrames().get(0).getInstances();
		assertEquals(4, instances.size());
		assertEquals(points(30, 30, 40, 40), instances.get(2).getPoints());
		assertEquals(points(1, 1, 2, 2.01), instances.get(3).getPoints());
		assertEquals(1, result.report().duplicateUserInstances());
		assertEquals(1, result.report().duplicatePredictedInstances());
		assertEquals(1, result.report().combinedFrames());
		assertEquals(List.of("labels 1", "labels 2"), result.report().inputs().stream().map(LabelsCounts::name).toList());
	}

	@Test
	void refusesConflictingSkeletonsListingEveryConflict() {
		Labels a = labels();
		Video video = video(a, "ants.mp4", 0, 0);
		user(frame(a, video, 0), skeleton(a, "ant", "head", "thorax", "tail"), null, points(1, 1, 2, 2, 3, 3));
		Labels reordered = labels();
		skeleton(reordered, "ant-2", "tail", "thorax", "head");
		Labels renamed = labels();
		Skeleton renamedSkeleton = skeleton(renamed, "ant", "head", "tail");
		user(frame(renamed, video(renamed, "ants.mp4", 0, 0), 0), renamedSkeleton, null, points(1, 1, 2, 2));

		MergeConflictException e = assertThrows(MergeConflictException.class,
				() -> new LabelsMerger().merge(List.of(a, reordered, renamed)));

		assertEquals(List.of(
				new MergeConflict(Kind.NODE_ORDER, 2, "skeleton 'ant-2' has the nodes [tail, thorax, head] of skeleton"
						+ " 'ant' in another order [head, thorax, tail]"),
				new MergeConflict(Kind.SKELETON_NAME, 3, "skeleton 'ant' has the nodes [head, tail], the merged skeleton"
						+ " of that name [head, thorax, tail]")), e.getConflicts());
		assertEquals("cannot merge: 2 conflicts\n"
				+ "  input 2: skeleton 'ant-2' has the nodes [tail, thorax, head] of skeleton 'ant' in another order"
				+ " [head, thorax, tail]\n"
				+ "  input 3: skeleton 'ant' has the nodes [head, tail], the merged skeleton of that name [head, thorax,"
				+ " tail]", e.getMessage());
	}

	@Test
	void refusesTracksAndPredictionsThatConflict() {
		Labels a = labels();
		Video aVideo = video(a, "ants.mp4", 0, 0);
		Skeleton aSkeleton = skeleton(a, "ant", "head");
		Track queen = track(a, "queen");
		LabeledFrame aFrame = frame(a, aVideo, 0);
		user(aFrame, aSkeleton, queen, points(1, 1));
		user(aFrame, aSkeleton, null, points(5, 5));
		predicted(frame(a, aVideo, 1), aSkeleton, null, points(1, 1));
		Labels b = labels();
		Video bVideo = video(b, "ants.mp4", 0, 0);
		Skeleton bSkeleton = skeleton(b, "ant", "head");
		Track bQueen = track(b, "queen");
		track(b, "worker");
		track(b, "worker");
		LabeledFrame bFrame = frame(b, bVideo, 0);
		user(bFrame, bSkeleton, bQueen, points(2, 2)); // queen labelled elsewhere
		user(bFrame, bSkeleton, bQueen, points(5, 5)); // the untracked ant, now the queen
		predicted(frame(b, bVideo, 1), bSkeleton, null, points(1.5, 1)); // another model's prediction
		predicted(frame(b, bVideo, 1), bSkeleton, null, points(9, 9)); // the same frame again: one conflict

		MergeConflictException e = assertThrows(MergeConflictException.class,
				() -> new LabelsMerger().merge(List.of(a, b), List.of("a", "b")));

		assertEquals(List.of(Kind.TRACK_NAME, Kind.USER_TRACK, Kind.USER_IDENTITY, Kind.PREDICTIONS),
				e.getConflicts().stream().map(MergeConflict::kind).toList());
		assertEquals(List.of("2 tracks are named 'worker'",
				"a user instance of track 'queen' on frame 0 of ants.mp4 differs from the one of input 1",
				"a user instance on frame 0 of ants.mp4 has the points of one from input 1 but track 'queen' instead of none",
				"frame 1 of ants.mp4 already holds other predictions from input 1"),
				e.getConflicts().stream().map(MergeConflict::description).toList());
		assertTrue(e.getConflicts().stream().allMatch(conflict -> conflict.input() == 2));
	}

	@Test
	void mergesThreeInputsWithTracksSuggestionsProvenanceAndLinksToPredictions() throws MergeConflictException {
		Labels first = labels();
		Video v1 = video(first, "colony.mp4", 100, 100);
		Skeleton s1 = skeleton(first, "ant", "head", "tail");
		Track t1 = track(first, "track_0");
		suggest(first, v1, 3, 0);
		provenance(first, "source", "first.slp");
		user(frame(first, v1, 0), s1, t1, points(1, 1, 2, 2));

		Labels second = labels();
		Video v2 = video(second, "colony.mp4", 100, 100);
		Skeleton s2 = skeleton(second, "ant", "head", "tail");
		s2.getEdges().clear();
		Track t2 = track(second, "track_0");
		Track t2b = track(second, "track_1");
		suggest(second, v2, 3, 1);
		suggest(second, v2, 4, 1);
		provenance(second, "source", "second.slp");
		provenance(second, "model", "topdown");
		LabeledFrame f2 = frame(second, v2, 1);
		PredictedInstance prediction = predicted(f2, s2, t2b, points(7, 7, 8, 8));
		UserInstance corrected = user(f2, s2, t2b, points(7, 7, 8.5, 8.5));
		corrected.setFromPredicted(prediction);

		Labels third = labels();
		Video v3 = video(third, "other.mp4", 50, 50);
		Skeleton s3 = skeleton(third, "ant", "head", "tail");
		Track t3 = track(third, "track_1");
		user(frame(third, v3, 0), s3, t3, points(3, 3, 4, 4));
		LabeledFrame f3 = frame(third, video(third, "colony.mp4", 100, 100), 0);
		user(f3, s3, null, points(6, 6, 7, 7));

		MergeResult result = new LabelsMerger().merge(List.of(first, second, third), List.of("first.slp", "second.slp",
				"third.slp"));

		Labels merged = result.labels();
		assertEquals(List.of("track_0", "track_1"), merged.getTracks().stream().map(Track::getName).toList());
		assertEquals(List.of("colony.mp4", "other.mp4"), merged.getVideos().stream().map(Video::getFilename).toList());
		assertEquals(List.of("3:0", "4:1"),
				merged.getSuggestions().stream().map(s -> s.getFrameIndex() + ":" + s.getGroup()).toList());
		assertEquals(List.of("source=first.slp", "model=topdown"),
				merged.getProvenance().stream().map(p -> p.getKey() + "=" + p.getValue()).toList());
		LabeledFrame mergedF2 = merged.getLabeledFrames().get(1);
		UserInstance mergedCorrected = (UserInstance) mergedF2.getInstances().get(1);
		assertSame(mergedF2.getInstances().get(0), mergedCorrected.getFromPredicted());
		assertSame(merged.getTracks().get(1), mergedCorrected.getTrack());
		assertEquals(2, merged.getLabeledFrames().get(0).getInstances().size());
		assertEquals("""
				input 1 first.slp: 1 video, 1 frame (1 labelled), 1 instance (1 user, 0 predicted)
				input 2 second.slp: 1 video, 1 frame (1 labelled), 2 instances (1 user, 1 predicted)
				input 3 third.slp: 2 videos, 2 frames (2 labelled), 2 instances (2 user, 0 predicted)
				merged: 2 videos, 3 frames (3 labelled), 5 instances (4 user, 1 predicted)
				duplicates left out: 0 user, 0 predicted instances; frames combined from several inputs: 1
				note: input 2: skeleton 'ant' matches 'ant' by its nodes but has other edges []; kept [head-tail]
				""", result.report().toText());
		assertNull(((UserInstance) first.getLabeledFrames().get(0).getInstances().get(0)).getFromPredicted());
	}

	@Test
	void usesTheVideoMatcherItIsGiven() throws MergeConflictException {
		Labels a = labels();
		Skeleton skeleton = skeleton(a, "ant", "head");
		user(frame(a, video(a, "one.mp4", 0, 0), 0), skeleton, null, points(1, 1));
		Labels b = labels();
		user(frame(b, video(b, "two.mp4", 0, 0), 0), skeleton(b, "ant", "head"), null, points(2, 2));
		VideoMatcher everything = (existing, incoming) -> VideoMatcher.Match.SIMILAR;

		MergeResult result = new LabelsMerger(everything).merge(List.of(a, b));

		assertEquals(1, result.labels().getVideos().size());
		assertEquals(2, result.labels().getLabeledFrames().get(0).getInstances().size());
	}

	@Test
	void defaultVideoMatcherTellsSameSimilarAndDifferentVideos() {
		VideoMatcher matcher = VideoMatcher.byFileName();
		Video a = FACTORY.createVideo();
		a.setFilename("D:\\ants\\col218.mp4");
		Video b = FACTORY.createVideo();
		b.setFilename("/mnt/ants/col218.mp4");
		Video c = FACTORY.createVideo();
		c.setFilename("/mnt/ants/col218.mp4");
		c.setFrameCount(100);

		assertEquals(VideoMatcher.Match.SAME, matcher.match(a, a));
		assertEquals(VideoMatcher.Match.SIMILAR, matcher.match(a, b));
		assertEquals(VideoMatcher.Match.NONE, matcher.match(a, c));
	}

	@Test
	void rejectsNoInputsAndMismatchedNames() {
		LabelsMerger merger = new LabelsMerger();
		assertThrows(IllegalArgumentException.class, () -> merger.merge(List.of()));
		assertThrows(IllegalArgumentException.class, () -> merger.merge(List.of(labels()), List.of("a", "b")));
		Labels same = labels();
		assertThrows(IllegalArgumentException.class, () -> merger.merge(List.of(same, same)));
	}

	private static Labels labels() {
		return FACTORY.createLabels();
	}

	private static Video video(Labels labels, String filename, int width, int height) {
		Video video = FACTORY.createVideo();
		video.setFilename(filename);
		video.setWidth(width);
		video.setHeight(height);
		labels.getVideos().add(video);
		return video;
	}

	/** A skeleton whose nodes form a chain of edges. */
	private static Skeleton skeleton(Labels labels, String name, String... nodes) {
		Skeleton skeleton = FACTORY.createSkeleton();
		skeleton.setName(name);
		for (String nodeName : nodes) {
			Node node = FACTORY.createNode();
			node.setName(nodeName);
			skeleton.getNodes().add(node);
		}
		for (int i = 1; i < nodes.length; i++) {
			Edge edge = FACTORY.createEdge();
			edge.setSource(skeleton.getNodes().get(i - 1));
			edge.setDestination(skeleton.getNodes().get(i));
			skeleton.getEdges().add(edge);
		}
		labels.getSkeletons().add(skeleton);
		return skeleton;
	}

	private static Track track(Labels labels, String name) {
		Track track = FACTORY.createTrack();
		track.setName(name);
		labels.getTracks().add(track);
		return track;
	}

	private static void suggest(Labels labels, Video video, int frameIndex, int group) {
		Suggestion suggestion = FACTORY.createSuggestion();
		suggestion.setVideo(video);
		suggestion.setFrameIndex(frameIndex);
		suggestion.setGroup(group);
		labels.getSuggestions().add(suggestion);
	}

	private static void provenance(Labels labels, String key, String value) {
		ProvenanceEntry entry = FACTORY.createProvenanceEntry();
		entry.setKey(key);
		entry.setValue(value);
		labels.getProvenance().add(entry);
	}

	private static LabeledFrame frame(Labels labels, Video video, int index) {
		LabeledFrame frame = FACTORY.createLabeledFrame();
		frame.setVideo(video);
		frame.setFrameIndex(index);
		labels.getLabeledFrames().add(frame);
		return frame;
	}

	/** Visible points from x, y pairs. */
	private static PointArray points(double... xy) {
		Point[] points = new Point[xy.length / 2];
		for (int i = 0; i < points.length; i++) {
			points[i] = new Point(xy[2 * i], xy[2 * i + 1], true, true, Double.NaN);
		}
		return PointArray.of(points);
	}

	private static UserInstance user(LabeledFrame frame, Skeleton skeleton, Track track, PointArray points) {
		UserInstance instance = FACTORY.createUserInstance();
		instance.setSkeleton(skeleton);
		instance.setTrack(track);
		instance.setPoints(points);
		frame.getInstances().add(instance);
		return instance;
	}

	private static PredictedInstance predicted(LabeledFrame frame, Skeleton skeleton, Track track, PointArray points) {
		PredictedInstance instance = FACTORY.createPredictedInstance();
		instance.setSkeleton(skeleton);
		instance.setTrack(track);
		instance.setScore(0.5);
		instance.setPoints(points);
		frame.getInstances().add(instance);
		return instance;
	}
}
