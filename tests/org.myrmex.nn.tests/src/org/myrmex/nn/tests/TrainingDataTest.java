// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.nn.config.DataConfig;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.ModelConfig;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.config.TrainingConfigJson;
import org.myrmex.nn.data.Batch;
import org.myrmex.nn.data.BatchStream;
import org.myrmex.nn.data.DataException;
import org.myrmex.nn.data.FloatImage;
import org.myrmex.nn.data.Sample;
import org.myrmex.nn.data.TrainingData;
import org.myrmex.nn.data.TrainingExample;

/** SLEAP's fixture configs on SLEAP's fixture labels (two frames of centered_pair_low_quality, 2 nodes). */
class TrainingDataTest {
	private static final String MODELS = "sleap/models/minimal_instance.UNet.";

	private static TrainingConfig fixture(String model) throws Exception {
		return TrainingConfigJson.read(Fixtures.get(MODELS + model + "/training_config.json"));
	}

	private static Path labels(String model) {
		return Fixtures.get(MODELS + model + "/labels_gt.train.slp");
	}

	@Test
	void centredInstanceFixtureGivesCropBatchesAndSleapsBatchesPerEpoch() throws Exception {
		TrainingConfig config = fixture("centered_instance");
		try (TrainingData data = TrainingData.open(noSplit(config), labels("centered_instance"), 0,
				new NullProgressMonitor())) {
			assertEquals(96, data.trainingPipeline().cropSize());
			assertEquals(config.optimization().minBatchesPerEpoch(), data.trainingBatchesPerEpoch());
			assertEquals(0, data.validationBatchesPerEpoch());
			try (BatchStream stream = data.training(2, new NullProgressMonitor())) {
				Batch batch = stream.take();
				int n = config.optimization().batchSize();
				assertArrayEquals(new long[] { n, 96, 96, 1 }, batch.inputShape());
				assertArrayEquals(new long[] { n, 48, 48, 2 }, batch.targetShapes().get(0));
				assertArrayEquals(new long[] { n, 48, 48, 4 }, batch.targetShapes().get(1));
			}
		}
	}

	@Test
	void centroidFixtureGivesPaddedWholeFramesWithOneMap() throws Exception {
		try (TrainingData data = TrainingData.open(noSplit(fixture("centroid")), labels("centroid"), 0,
				new NullProgressMonitor()); BatchStream stream = data.training(1, new NullProgressMonitor())) {
			Batch batch = stream.take();
			assertEquals(0, batch.inputShape()[1] % 8);
			assertEquals(0, batch.inputShape()[2] % 8);
			assertEquals(1, batch.targetShapes().get(0)[3]);
			assertEquals(batch.inputShape()[1] / 4, batch.targetShapes().get(0)[1]);
		}
	}

	@Test
	void bottomUpFixtureGivesMapsAndFields() throws Exception {
		try (TrainingData data = TrainingData.open(noSplit(fixture("bottomup")), labels("bottomup"), 0,
				new NullProgressMonitor()); BatchStream stream = data.training(1, new NullProgressMonitor())) {
			Batch batch = stream.take();
			assertEquals(2, batch.targetShapes().get(0)[3]);
			assertTrue(batch.targetShapes().size() >= 2);
			assertEquals(2, batch.targetShapes().get(1)[3]);
		}
	}

	@Test
	void singleInstanceFixtureGivesOneMapPerNodeWithPeaksAtTheRobot() throws Exception {
		Path robot = Fixtures.get("sleap/models/minimal_robot.UNet.single_instance");
		TrainingConfig config = noSplit(TrainingConfigJson.read(robot.resolve("training_config.json")));
		try (TrainingData data = TrainingData.open(config, robot.resolve("labels_gt.train.slp"), 0,
				new NullProgressMonitor())) {
			Sample sample = data.splits().training().get(0);
			TrainingExample example = data.trainingPipeline().examples(sample, null).get(0);
			HeadConfig.SingleInstance head = (HeadConfig.SingleInstance) config.model().head();
			double scale = config.data().preprocessing().inputScaling();
			FloatImage maps = example.targets().get(0);
			double[] points = sample.instances().get(0);
			for (int n = 0; n < maps.channels(); n++) {
				if (Double.isNaN(points[2 * n])) {
					assertEquals(0f, maps.max(n));
					continue;
				}
				int[] peak = maps.argmax(n);
				assertTrue(Math.abs(peak[0] * head.outputStride() - points[2 * n] * scale) <= head.outputStride()
						&& Math.abs(peak[1] * head.outputStride() - points[2 * n + 1] * scale) <= head.outputStride(),
						"node " + n);
			}
		}
	}

	@Test
	void clipSplitsOffAValidationFractionAndCountsCropsPerEpoch() throws Exception {
		TrainingConfig config = DataFixtures.centred("thorax", 128, DataFixtures.everything());
		try (TrainingData data = TrainingData.open(config, DataFixtures.clipLabels(), 3, new NullProgressMonitor())) {
			assertEquals(150, data.splits().validation().size());
			int crops = data.splits().training().stream().mapToInt(s -> s.instances().size()).sum();
			assertEquals(Math.max(200, (crops + 7) / 8), data.trainingBatchesPerEpoch());
			assertEquals(Math.max(10, 300 / 8 + 1), data.validationBatchesPerEpoch());
		}
	}

	@Test
	void cancellingWhilePreloadingStopsBeforeTraining() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		monitor.setCanceled(true);
		assertThrows(OperationCanceledException.class, () -> TrainingData.open(DataFixtures.centred("thorax", 128,
				DataFixtures.everything()), DataFixtures.clipLabels(), 0, monitor));
	}

	@Test
	void aMissingLabelsFileIsNamed() {
		DataException e = assertThrows(DataException.class, () -> TrainingData.open(DataFixtures.centred(null, null,
				DataFixtures.everything()), Path.of("/nowhere/ants.slp"), 0, new NullProgressMonitor()));
		assertTrue(e.getMessage().contains("/nowhere/ants.slp"), e.getMessage());
	}

	/** The fixture configs name labels files; train on every frame of the one given. */
	private static TrainingConfig noSplit(TrainingConfig config) {
		DataConfig.Labels l = config.data().labels();
		DataConfig.Labels labels = new DataConfig.Labels(null, null, 0, null, false, null, null, null, List.of(),
				List.of());
		ModelConfig model = config.model();
		HeadConfig head = model.head();
		return config.withData(new DataConfig(labels, config.data().preprocessing(), config.data().instanceCropping()))
				.withModel(new ModelConfig(model.backbone(), head, model.baseCheckpoint()));
	}
}
