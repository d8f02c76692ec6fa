// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.UserInstance;
import org.myrmex.nn.predict.FrameSelection;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PredictionException;
import org.myrmex.nn.predict.PredictionListener;
import org.myrmex.nn.predict.PredictionOptions;
import org.myrmex.nn.predict.PredictionProgress;
import org.myrmex.nn.predict.PredictionRun;
import org.myrmex.nn.predict.PredictionSummary;

/**
 * Prediction runs with SLEAP's fixture top-down pair: labelled frames of a labels file get predicted instances
 * beside their user instances, a frame range of a bare video gets exactly those frames, and bad input is refused
 * with the file and the problem named.
 */
class PredictionRunTest {
	static final String SMALL_PAIR = "sleap/videos/centered_pair_small.mp4";
	private static PredictionRun run;

	@BeforeAll
	static void load() throws Exception {
		run = PredictionRun.create(List.of(PoseModel.load(PredictionFixtures.model("minimal_instance.UNet.centered_instance")),
				PoseModel.load(PredictionFixtures.model("minimal_instance.UNet.centroid"))),
				PredictionOptions.defaults().withBatchSize(3).withMaxInstances(2));
	}

	@AfterAll
	static void close() {
		run.close();
	}

	@Test
	void labelledFramesGetPredictionsAndKeepTheirUserInstances() throws Exception {
		Path file = PredictionFixtures.model("minimal_instance.UNet.centroid").resolve("labels_gt.train.slp");
		Labels labels = SlpReader.read(file);
		List<Instance> users = new ArrayList<>();
		List<PointArray> userPoints = new ArrayList<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				users.add(instance);
				userPoints.add(instance.getPoints());
			}
		}
		int frames = labels.getLabeledFrames().size();
		for (int pass = 0; pass < 2; pass++) { // a second run replaces the first run's predictions
			PredictionSummary summary = run.run(labels, file, FrameSelection.labeled(), PredictionListener.NONE, null);
			assertEquals(frames, summary.frames());
		}
		assertEquals(frames, labels.getLabeledFrames().size());
		List<Instance> usersAfter = new ArrayList<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			long predicted = frame.getInstances().stream().filter(PredictedInstance.class::isInstance).count();
			long user = frame.getInstances().stream().filter(UserInstance.class::isInstance).count();
			assertEquals(user, predicted, "frame " + frame.getFrameIndex() + ": one prediction per fly");
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof PredictedInstance p) {
					assertSame(labels.getSkeletons().get(0), p.getSkeleton());
					assertTrue(p.getScore() > 0.2, "centroid confidence " + p.getScore());
					assertTrue(p.getPoints().visible(0) && Double.isFinite(p.getPoints().score(0)));
				} else {
					usersAfter.add(instance);
				}
			}
		}
		assertEquals(users, usersAfter);
		for (int i = 0; i < users.size(); i++) {
			assertSame(userPoints.get(i), usersAfter.get(i).getPoints());
		}
	}

	@Test
	void aFrameRangeOfABareVideoPredictsExactlyThoseFrames() throws Exception {
		Labels labels = run.labelsFor(Fixtures.get(SMALL_PAIR));
		assertEquals(List.of("A", "B"), labels.getSkeletons().get(0).getNodes().stream().map(n -> n.getName()).toList());
		List<PredictionProgress> heard = new ArrayList<>();
		PredictionSummary summary = run.run(labels, null, FrameSelection.range(20, 27), heard::add,
				new NullProgressMonitor());
		assertEquals(8, summary.frames());
		assertEquals(IntStream.rangeClosed(20, 27).boxed().toList(),
				labels.getLabeledFrames().stream().map(LabeledFrame::getFrameIndex).toList());
		assertEquals(List.of(3, 6, 8), heard.stream().map(PredictionProgress::frames).toList());
		assertEquals(-1, heard.get(0).etaNanos());
		assertEquals(0, heard.get(2).etaNanos());
		assertEquals(summary.instances(), heard.get(2).instances());
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			assertTrue(frame.getInstances().size() <= 2, "at most -n instances");
			assertTrue(frame.getInstances().stream().allMatch(PredictedInstance.class::isInstance));
		}
	}

	@Test
	void anRgbVideoIsConvertedToTheGreyModel() throws Exception {
		Labels labels = run.labelsFor(Fixtures.get("sleap/videos/small_robot.mp4"));
		assertEquals(3, labels.getVideos().get(0).getChannels());
		assertEquals(2, run.run(labels, null, FrameSelection.range(0, 1), PredictionListener.NONE, null).frames());
		assertEquals(2, labels.getLabeledFrames().size());
	}

	@Test
	void cancellingStopsAtABatch() throws Exception {
		Labels labels = run.labelsFor(Fixtures.get(SMALL_PAIR));
		NullProgressMonitor monitor = new NullProgressMonitor();
		assertThrows(OperationCanceledException.class, () -> run.run(labels, null, FrameSelection.range(0, 29),
				p -> monitor.setCanceled(true), monitor));
		assertEquals(3, labels.getLabeledFrames().size());
	}

	@Test
	void badSelectionsAreRefused() throws Exception {
		assertThrows(IllegalArgumentException.class, () -> FrameSelection.range(5, 4));
		assertThrows(IllegalArgumentException.class, () -> FrameSelection.range(-1, 4));
		Labels labels = run.labelsFor(Fixtures.get(SMALL_PAIR));
		PredictionException outside = assertThrows(PredictionException.class,
				() -> run.run(labels, null, FrameSelection.range(1090, 1100), PredictionListener.NONE, null));
		assertTrue(outside.getMessage().contains("out of range (the video has 1100 frames"), outside.getMessage());
		PredictionException none = assertThrows(PredictionException.class,
				() -> run.run(labels, null, FrameSelection.suggested(), PredictionListener.NONE, null));
		assertTrue(none.getMessage().contains("no frames to predict among the suggested frames"), none.getMessage());
		assertTrue(labels.getLabeledFrames().isEmpty());
	}

	@Test
	void aMissingVideoIsNamed() throws Exception {
		PredictionException e = assertThrows(PredictionException.class,
				() -> run.labelsFor(Path.of("/nonexistent/fly.mp4")));
		assertTrue(e.getMessage().contains("fly.mp4"), e.getMessage());
		Path file = PredictionFixtures.model("minimal_instance.UNet.centroid").resolve("labels_gt.val.slp");
		Labels labels = SlpReader.read(file);
		labels.getVideos().get(0).setFilename("/nonexistent/elsewhere/gone.mp4");
		PredictionException missing = assertThrows(PredictionException.class,
				() -> run.run(labels, file, FrameSelection.labeled(), PredictionListener.NONE, null));
		assertTrue(missing.getMessage().contains("gone.mp4"), missing.getMessage());
		assertFalse(labels.getLabeledFrames().stream().flatMap(f -> f.getInstances().stream())
				.anyMatch(PredictedInstance.class::isInstance));
	}

	@Test
	void labelsWithAnotherSkeletonAreRefused() throws Exception {
		Labels labels = SlpReader.read(Fixtures.get("sleap/slp_hdf5/small_robot_minimal.slp"));
		labels.getSkeletons().get(0).getNodes().get(0).setName("head");
		labels.getSkeletons().get(0).getNodes().get(1).setName("tail");
		PredictionException e = assertThrows(PredictionException.class, () -> run.run(labels,
				Fixtures.get("sleap/slp_hdf5/small_robot_minimal.slp"), FrameSelection.labeled(), PredictionListener.NONE, null));
		assertTrue(e.getMessage().contains("[A, B]"), e.getMessage());
	}
}
