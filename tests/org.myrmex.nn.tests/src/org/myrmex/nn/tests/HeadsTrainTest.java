// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.nn.train.EpochSummary;
import org.myrmex.nn.train.Trainer;
import org.myrmex.nn.train.TrainingResult;

/**
 * Every head SLEAP trains takes steps from SLEAP's own configurations ({@code minimal_instance.UNet.*}, offset
 * refinement on) on their labels ({@code slp_hdf5/minimal_instance.slp}: 1 frame, 2 instances), and logs one loss
 * per output as Keras does.
 */
class HeadsTrainTest {

	@Test
	void centroid(@TempDir Path folder) throws Exception {
		trains("centroid", "CentroidConfmapsHead;OffsetRefinementHead", folder);
	}

	@Test
	void centeredInstance(@TempDir Path folder) throws Exception {
		trains("centered_instance", "CenteredInstanceConfmapsHead;OffsetRefinementHead", folder);
	}

	@Test
	void bottomUp(@TempDir Path folder) throws Exception {
		trains("bottomup", "MultiInstanceConfmapsHead;PartAffinityFieldsHead;OffsetRefinementHead", folder);
	}

	private static void trains(String model, String outputs, Path folder) throws Exception {
		TrainerTest.Recorder recorder = new TrainerTest.Recorder();
		TrainingResult result = Trainer.train(TrainingRuns.options(folder,
				"sleap/models/minimal_instance.UNet." + model + "/training_config.json",
				Fixtures.get("sleap/slp_hdf5/minimal_instance.slp"), 2, 2, c -> {
				}), recorder, new NullProgressMonitor());
		assertEquals(2, result.lastEpoch());
		List<String> names = List.of(outputs.split(";"));
		EpochSummary last = recorder.epochs.get(1);
		assertEquals(names.stream().sorted().toList(), last.headLosses().keySet().stream().sorted().toList());
		last.headLosses().values().forEach(loss -> assertTrue(Double.isFinite(loss) && loss >= 0, outputs));
		List<String> header = List.of(TrainingRuns.log(folder.resolve("run")).get(0));
		for (String name : names) {
			assertTrue(header.contains(name + "_loss"), header.toString());
		}
	}
}
