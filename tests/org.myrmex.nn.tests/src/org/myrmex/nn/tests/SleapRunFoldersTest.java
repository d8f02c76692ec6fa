// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.nn.runs.RunFolders;
import org.myrmex.nn.runs.RunInfo;
import org.myrmex.nn.runs.RunStatus;

/** SLEAP's model folders as {@link RunFolders} reads them: pipeline, head, epochs, best validation loss, state. */
class SleapRunFoldersTest {

	@Test
	void readsSleapTopDownCentroidFolder() {
		RunInfo info = RunFolders.read(Fixtures.get("sleap/models/minimal_instance.UNet.centroid"));
		assertEquals(RunStatus.COMPLETE, info.status());
		assertEquals("top-down", info.pipeline());
		assertEquals("centroid", info.head());
		assertEquals(24, info.epochsDone(), "rows of training_log.csv (early stopping)");
		assertEquals(30, info.epochs());
		assertEquals(0.00038366124499589205, info.bestLoss(), 1e-15);
		assertFalse(info.myrmex());
		assertFalse(info.canResume());
		assertNull(info.trainingLabels(), "SLEAP wrote null");
	}

	@Test
	void readsEveryPipelineOfTheSleapModels() {
		List<RunInfo> runs = RunFolders.scan(Fixtures.get("sleap/models"));
		assertEquals(List.of("minimal_instance.UNet.bottomup", "minimal_instance.UNet.centered_instance",
				"minimal_instance.UNet.centered_instance_with_scaling", "minimal_instance.UNet.centroid",
				"minimal_robot.UNet.single_instance"),
				runs.stream().map(r -> r.folder().getFileName().toString()).toList());
		assertEquals(List.of("bottom-up", "top-down", "top-down", "top-down", "single animal"),
				runs.stream().map(RunInfo::pipeline).toList());
		assertEquals(List.of("multi instance", "centred instance", "centred instance", "centroid", "single instance"),
				runs.stream().map(RunInfo::headTitle).toList());
		assertEquals(List.of(10, 10, 0, 24, 12), runs.stream().map(RunInfo::epochsDone).toList());
		runs.forEach(r -> assertEquals(RunStatus.COMPLETE, r.status(), r.folder().toString()));
		assertEquals(0.001222908729687333, runs.get(1).bestLoss(), 1e-15);
		assertEquals(Double.NaN, runs.get(2).bestLoss(), "no log");
	}

	/** The ant group's published run folders hold no weights: not complete, and their date is the run name's. */
	@Test
	void antFoldersWithoutWeightsHaveNoModel() {
		RunInfo info = RunFolders
				.read(Fixtures.get("ants/models/general_models/filter_32-stride_32.240425_031454.centered_instance"));
		assertEquals(RunStatus.NO_MODEL, info.status());
		assertEquals("centered_instance", info.head());
		assertEquals(LocalDateTime.of(2024, 4, 25, 3, 14, 54), info.date());
		assertEquals(62, info.epochsDone());
		assertEquals(200, info.epochs());
		assertEquals(0.0005055171786807477, info.bestLoss(), 1e-15);
	}

	@Test
	void otherFoldersAreNoRuns(@TempDir Path empty) throws Exception {
		assertEquals(RunStatus.NOT_A_RUN, RunFolders.read(Fixtures.get("sleap/slp_hdf5")).status());
		assertEquals(RunStatus.NOT_A_RUN, RunFolders.read(empty).status());
		assertEquals(RunStatus.NOT_A_RUN,
				RunFolders.read(Fixtures.get("sleap/models/minimal_robot.UNet.single_instance/best_model.h5")).status());
		assertEquals(RunStatus.NOT_A_RUN, RunFolders.read(empty.resolve("absent")).status());
		Files.createDirectory(empty.resolve("models"));
		assertEquals(List.of(), RunFolders.scan(empty));
	}
}
