// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import java.nio.file.Path;

import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Labels;
import org.myrmex.nn.config.BackboneConfig;
import org.myrmex.nn.config.DataConfig;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.ModelConfig;
import org.myrmex.nn.config.OptimizationConfig;
import org.myrmex.nn.config.OptimizationConfig.Augmentation;
import org.myrmex.nn.config.OutputsConfig;
import org.myrmex.nn.config.TrainingConfig;

/** The ant clip ({@code tracks/clip.slp} + {@code clip.mp4}: 13 nodes, 1500 frames of 2 ants) and configs for it. */
final class DataFixtures {
	private DataFixtures() {
	}

	static Path clipLabels() {
		return Fixtures.get("sleap/tracks/clip.slp");
	}

	static Labels readClip() throws Exception {
		return SlpReader.read(clipLabels());
	}

	/** @return a top-down centred-instance config: U-Net max stride 16, output stride 2, σ 2.5 */
	static TrainingConfig centred(String anchor, Integer cropSize, Augmentation augmentation) {
		return config(new HeadConfig.CenteredInstance(anchor, null, 2.5, 2, 1.0, false), anchor, cropSize,
				augmentation);
	}

	/** @return a config for the clip: U-Net max stride 16, no preloading (tests read a few of the 1500 frames) */
	static TrainingConfig config(HeadConfig head, String anchor, Integer cropSize, Augmentation augmentation) {
		BackboneConfig.UNet u = BackboneConfig.UNet.defaults();
		BackboneConfig.UNet unet = new BackboneConfig.UNet(u.stemStride(), 16, 2, 16, u.filtersRate(),
				u.middleBlock(), u.upInterpolate(), u.stacks());
		DataConfig data = new DataConfig(DataConfig.Labels.defaults(), DataConfig.Preprocessing.defaults(),
				new DataConfig.InstanceCropping(anchor, cropSize, 16));
		OptimizationConfig d = OptimizationConfig.defaults();
		OptimizationConfig optimization = new OptimizationConfig(false, augmentation, d.onlineShuffling(),
				d.shuffleBufferSize(), d.prefetch(), d.batchSize(), d.batchesPerEpoch(), d.minBatchesPerEpoch(),
				d.valBatchesPerEpoch(), d.minValBatchesPerEpoch(), d.epochs(), d.optimizer(), d.initialLearningRate(),
				d.learningRateSchedule(), d.hardKeypointMining(), d.earlyStopping());
		return new TrainingConfig(data, new ModelConfig(unet, head, null), optimization, OutputsConfig.defaults(),
				"", "", null, "");
	}

	/** @return every augmentation switched on, with SLEAP's default ranges */
	static Augmentation everything() {
		return new Augmentation(true, -180, 180, true, -5, 5, true, 0.9, 1.1, true, 0, 10, true, 5, 1, true, 0.5,
				2.0, true, 0, 10, false, 256, 256, true, true);
	}
}
