// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.analysis.eval.Evaluation;
import org.myrmex.analysis.eval.MetricsJson;
import org.myrmex.analysis.eval.RunEvaluation;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.UserInstance;
import org.myrmex.nn.ComputeDevice;
import org.myrmex.nn.predict.PredictionOptions;
import org.myrmex.nn.train.Trainer;
import org.myrmex.nn.train.TrainingListener;
import org.myrmex.nn.train.TrainingOptions;
import org.myrmex.nn.train.TrainingResult;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link RunEvaluation} of a run Myrmex has just trained (a SavedModel, run folder away from the labels): SLEAP's
 * {@code minimal_instance.UNet.centered_instance} configuration trained for 2 epochs of 2 steps on
 * {@code slp_hdf5/minimal_instance.slp}, evaluated on ground-truth centroids.
 */
class RunEvaluationOfTrainedRunTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final PredictionOptions CPU = PredictionOptions.defaults().withDevice(ComputeDevice.CPU);

	@TempDir
	Path folder;

	@Test
	void aTrainedRunIsEvaluatedOnEachSplit() throws Exception {
		Path run = train().runFolder();
		List<RunEvaluation.Split> splits = RunEvaluation.evaluate(run, CPU, new NullProgressMonitor());
		assertEquals(RunEvaluation.splits(run), splits.stream().map(RunEvaluation.Split::split).toList());
		assertTrue(splits.stream().anyMatch(s -> s.split().equals("train")), splits.toString());
		for (RunEvaluation.Split split : splits) {
			Path truthFile = run.resolve("labels_gt." + split.split() + ".slp");
			assertEquals(run.resolve("labels_pr." + split.split() + ".slp"), split.predictions());
			Labels truth = SlpReader.read(truthFile);
			Labels predictions = SlpReader.read(split.predictions());
			assertEquals(truth.getLabeledFrames().size(), predictions.getLabeledFrames().size(), "frames predicted");
			for (LabeledFrame frame : predictions.getLabeledFrames()) {
				assertTrue(frame.getInstances().stream().noneMatch(UserInstance.class::isInstance), "predictions only");
			}
			int gt = truth.getLabeledFrames().stream().mapToInt(f -> (int) f.getInstances().stream()
					.filter(UserInstance.class::isInstance).count()).sum();
			JsonNode json = JSON.readTree(split.metrics().toFile());
			assertEquals(gt, json.get("instances.gt").asInt(), split.split() + ": ground-truth instances");
			assertEquals(truth.getLabeledFrames().size(), json.get("frame_pairs").asInt(), split.split());
			// the JSON is the evaluation of the two files written
			Evaluation again = Evaluation.of(truth, truthFile.toString(), predictions, split.predictions().toString());
			assertEquals(MetricsJson.toJson(again), Files.readString(split.metrics()));
		}
	}

	@Test
	void aCancelledEvaluationWritesNothing() throws Exception {
		Path run = train().runFolder();
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> RunEvaluation.evaluate(run, CPU, cancelled));
		try (var files = Files.list(run)) {
			assertTrue(files.noneMatch(f -> f.getFileName().toString().matches("(labels_pr|metrics)\\..*")),
					"nothing written");
		}
	}

	private TrainingResult train() throws Exception {
		ObjectNode json = (ObjectNode) JSON.readTree(Fixtures.get(
				"sleap/models/minimal_instance.UNet.centered_instance/training_config.json").toFile());
		ObjectNode optimization = (ObjectNode) json.get("optimization");
		optimization.put("epochs", 2);
		optimization.put("batches_per_epoch", 2);
		optimization.put("min_batches_per_epoch", 2);
		optimization.put("val_batches_per_epoch", 1);
		optimization.put("min_val_batches_per_epoch", 1);
		Path config = folder.resolve("training_config.json");
		JSON.writeValue(config.toFile(), json);
		TrainingOptions options = TrainingOptions.of(config, Fixtures.get("sleap/slp_hdf5/minimal_instance.slp"))
				.withRunFolder(folder.resolve("run")).withDevice(ComputeDevice.CPU);
		return Trainer.train(options, new TrainingListener() {
		}, new NullProgressMonitor());
	}
}
