// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.io.SlpReader;
import org.myrmex.model.LabeledFrame;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.config.TrainingConfigJson;
import org.myrmex.nn.train.BatchProgress;
import org.myrmex.nn.train.EpochSummary;
import org.myrmex.nn.train.SamplePrediction;
import org.myrmex.nn.train.Trainer;
import org.myrmex.nn.train.TrainingListener;
import org.myrmex.nn.train.TrainingPlan;
import org.myrmex.nn.train.TrainingResult;
import org.tensorflow.SavedModelBundle;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A real (small) training run writes SLEAP's run folder, the loss falls and the listener hears every step. */
class TrainerTest {

	/** Records what a listener is told. */
	static class Recorder implements TrainingListener {
		final List<TrainingPlan> plans = new ArrayList<>();
		final List<BatchProgress> batches = new ArrayList<>();
		final List<EpochSummary> epochs = new ArrayList<>();
		final List<SamplePrediction> previews = new ArrayList<>();

		@Override
		public void started(TrainingPlan plan) {
			plans.add(plan);
		}

		@Override
		public void batchEnded(BatchProgress progress) {
			batches.add(progress);
		}

		@Override
		public void epochEnded(EpochSummary summary) {
			epochs.add(summary);
		}

		@Override
		public void samplePredicted(SamplePrediction prediction) {
			previews.add(prediction);
		}
	}

	@Test
	void testIndicesAreHeldOutAndWrittenAsTheTestSplit(@TempDir Path folder) throws Exception {
		Trainer.train(TrainingRuns.robot(folder, 1, 2, c -> {
			ObjectNode labels = (ObjectNode) c.get("data").get("labels");
			labels.put("split_by_inds", true);
			labels.putArray("training_inds").add(0);
			labels.putArray("validation_inds");
			labels.putArray("test_inds").add(1);
		}), new Recorder(), new NullProgressMonitor());
		Path run = folder.resolve("run");
		List<LabeledFrame> train = SlpReader.read(run.resolve("labels_gt.train.slp"), null).getLabeledFrames();
		List<LabeledFrame> test = SlpReader.read(run.resolve("labels_gt.test.slp"), null).getLabeledFrames();
		assertEquals(1, train.size());
		assertEquals(1, test.size());
		assertNotEquals(train.get(0).getFrameIndex(), test.get(0).getFrameIndex(), "the held-out frame is not trained on");
		assertFalse(Files.exists(run.resolve("labels_gt.val.slp")));
	}

	@Test
	void singleInstanceRunWritesSleapRunFolderAndLossFalls(@TempDir Path folder) throws Exception {
		Recorder recorder = new Recorder();
		TrainingResult result = Trainer.train(TrainingRuns.robot(folder, 3, 6, c -> {
		}), recorder, new NullProgressMonitor());
		Path run = folder.resolve("run");
		assertEquals(run, result.runFolder());
		assertEquals(3, result.lastEpoch());
		assertFalse(result.stoppedEarly());
		for (String file : List.of("initial_config.json", "training_config.json", "training_log.csv",
				"labels_gt.train.slp", "best_model/saved_model.pb", "checkpoint/state.json")) {
			assertTrue(Files.exists(run.resolve(file)), file);
		}
		assertArrayEquals(Files.readAllBytes(folder.resolve("training_config.json")),
				Files.readAllBytes(run.resolve("initial_config.json")));
		TrainingConfig trained = TrainingConfigJson.read(run.resolve("training_config.json"));
		assertEquals("run", trained.outputs().runName());
		assertEquals(1, trained.data().labels().skeletons().size());
		int train = SlpReader.read(run.resolve("labels_gt.train.slp"), null).getLabeledFrames().size();
		int val = Files.exists(run.resolve("labels_gt.val.slp"))
				? SlpReader.read(run.resolve("labels_gt.val.slp"), null).getLabeledFrames().size()
				: 0;
		assertEquals(2, train + val, "the robot's 2 labelled frames are split between training and validation");

		List<String[]> log = TrainingRuns.log(run);
		assertEquals(List.of("epoch", "loss", "lr", "val_loss"), List.of(log.get(0)));
		assertEquals(4, log.size());
		double[] loss = TrainingRuns.column(log, "loss");
		assertTrue(loss[2] < loss[0], "training loss falls: " + java.util.Arrays.toString(loss));
		assertArrayEquals(new double[] { 1e-3, 1e-3, 1e-3 }, TrainingRuns.column(log, "lr"), 1e-12);

		assertEquals(1, recorder.plans.size());
		assertEquals(18, recorder.batches.size());
		assertEquals(3, recorder.epochs.size());
		assertEquals(result.bestLoss(), recorder.epochs.stream().mapToDouble(EpochSummary::validationLoss).min()
				.orElseThrow(), 1e-12);
		SamplePrediction preview = recorder.previews.get(2);
		assertEquals(2, preview.confidenceMaps().channels(), "one map per robot node");
		assertEquals(preview.expected().width(), preview.confidenceMaps().width());
		try (SavedModelBundle model = SavedModelBundle.load(run.resolve("best_model").toString())) {
			assertTrue(model.function("serving_default").signature().outputNames()
					.contains("SingleInstanceConfmapsHead"));
		}
	}
}
