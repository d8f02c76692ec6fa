// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Video;
import org.myrmex.model.edit.PredictedFrame;
import org.myrmex.nn.internal.predict.FramePlan;
import org.myrmex.nn.predict.FrameSelection;
import org.myrmex.nn.predict.ModelException;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PredictionException;
import org.myrmex.nn.predict.PredictionListener;
import org.myrmex.nn.predict.PredictionOptions;
import org.myrmex.nn.predict.PredictionRun;

/**
 * The Predict wizard's choices of frames, resolved against SLEAP's fixture labels and video, and a prediction into
 * a result that leaves the labels as they were; models trained on another skeleton are refused naming their folder.
 */
class PredictOnTest {
	private static final String LABELS = "minimal_instance.UNet.centroid/labels_gt.train.slp";
	private static PredictionRun run;

	@TempDir
	Path temp;

	@BeforeAll
	static void load() throws Exception {
		run = PredictionRun.create(List.of(PoseModel.load(PredictionFixtures.model("minimal_instance.UNet.centroid")),
				PoseModel.load(PredictionFixtures.model("minimal_instance.UNet.centered_instance"))),
				PredictionOptions.defaults());
	}

	@AfterAll
	static void close() {
		run.close();
	}

	private static Path labelsFile() {
		return PredictionFixtures.model(LABELS);
	}

	private static int[] plan(Labels labels, FrameSelection selection) throws PredictionException {
		try (FramePlan plan = FramePlan.of(labels, labelsFile(), selection)) {
			return plan.videos().stream().flatMapToInt(v -> IntStream.of(v.frames())).toArray();
		}
	}

	@Test
	void eachChoiceResolvesToItsFrames() throws Exception {
		Labels labels = SlpReader.read(labelsFile());
		Video video = labels.getVideos().get(0);
		assertEquals(1, labels.getLabeledFrames().get(0).getFrameIndex(), "the fixture's one labelled frame");
		int count = plan(labels, FrameSelection.all()).length;
		assertEquals(1100, count, "centered_pair_low_quality.mp4's frames");
		assertArrayEquals(new int[] { 7 }, plan(labels, FrameSelection.range(7, 7).in(video)), "current frame");
		assertArrayEquals(new int[] { 3, 4, 5 }, plan(labels, FrameSelection.range(3, 5).in(video)), "timeline range");
		assertEquals(count, plan(labels, FrameSelection.all().in(video)).length, "the current video");
		assertArrayEquals(new int[] { 1 }, plan(labels, FrameSelection.labeled()));
		int[] unlabelled = plan(labels, FrameSelection.unlabeled());
		assertEquals(count - 1, unlabelled.length);
		assertEquals(0, unlabelled[0]);
		assertEquals(2, unlabelled[1], "frame 1 holds user instances");
		assertArrayEquals(new int[] { 3, 900 },
				plan(labels, FrameSelection.listed(Map.of(video, List.of(900, 3, 3)))), "a list, each frame once");
		PredictionException none = assertThrows(PredictionException.class,
				() -> plan(labels, FrameSelection.suggested()));
		assertTrue(none.getMessage().contains("no frames to predict among the suggested frames"), none.getMessage());
		Video other = LabelsFactory.eINSTANCE.createVideo();
		other.setFilename("/elsewhere/other.mp4");
		PredictionException foreign = assertThrows(PredictionException.class,
				() -> plan(labels, FrameSelection.all().in(other)));
		assertTrue(foreign.getMessage().contains("other.mp4: not a video of"), foreign.getMessage());
		PredictionException outside = assertThrows(PredictionException.class,
				() -> plan(labels, FrameSelection.listed(Map.of(video, List.of(1100)))));
		assertTrue(outside.getMessage().contains("out of range"), outside.getMessage());
	}

	@Test
	void predictingIntoAResultLeavesTheLabelsUnchanged() throws Exception {
		Labels labels = SlpReader.read(labelsFile());
		Labels before = EcoreUtil.copy(labels);
		Video video = labels.getVideos().get(0);
		List<PredictedFrame> frames = new ArrayList<>();
		run.predict(labels, labelsFile(), FrameSelection.range(0, 2).in(video), frames::add, PredictionListener.NONE,
				null);
		assertTrue(EcoreUtil.equals(before, labels), "the labels are untouched");
		assertEquals(List.of(0, 1, 2), frames.stream().map(PredictedFrame::frameIndex).toList());
		for (PredictedFrame frame : frames) {
			assertEquals(video, frame.video());
			assertEquals(2, frame.instances().size(), "two flies in frame " + frame.frameIndex());
			for (PredictedInstance instance : frame.instances()) {
				assertEquals(labels.getSkeletons().get(0), instance.getSkeleton());
				assertEquals(null, instance.eContainer());
			}
		}
	}

	@Test
	void aModelOfAnotherSkeletonIsRefusedNamingItsFolder() throws Exception {
		Path robot = PredictionFixtures.model("minimal_robot.UNet.single_instance");
		Path renamed = Files.createDirectories(temp.resolve("robot-head-tail"));
		Files.writeString(renamed.resolve("training_config.json"), Files.readString(robot.resolve("training_config.json"))
				.replace("\"A\"", "\"head\"").replace("\"B\"", "\"tail\""));
		Files.copy(robot.resolve("best_model.h5"), renamed.resolve("best_model.h5"));
		Labels labels = SlpReader.read(labelsFile());
		try (PredictionRun other = PredictionRun.create(List.of(PoseModel.load(renamed)), PredictionOptions.defaults())) {
			PredictionException e = assertThrows(PredictionException.class, () -> other.check(labels));
			assertTrue(e.getMessage().startsWith(renamed.toString()), e.getMessage());
			assertTrue(e.getMessage().contains("[head, tail]") && e.getMessage().contains("[A, B]"), e.getMessage());
		}
		run.check(labels);
		ModelException notAModel = assertThrows(ModelException.class, () -> PoseModel.load(temp));
		assertTrue(notAModel.getMessage().startsWith(temp.toString()), notAModel.getMessage());
		assertTrue(notAModel.getMessage().contains("not a model folder"), notAModel.getMessage());
	}
}
