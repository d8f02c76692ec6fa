// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.nn.internal.train.RunMarker;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.train.Trainer;
import org.myrmex.nn.train.TrainingOptions;
import org.myrmex.nn.train.TrainingPlan;

/**
 * What writes killed at the rarest moments leave — the best model between its two renames, a checkpoint whose data
 * was renamed but not its index — laid out by hand in a trained run folder: a reader still loads the previous best
 * model, and the next start puts it back and removes the rest before it trains.
 */
class RunLeftoversTest {

	@Test
	void nextStartRemovesLeftoversAndPutsTheBestModelBack(@TempDir Path folder) throws Exception {
		TrainingOptions options = TrainingRuns.robot(folder, 2, 1, c -> {
		});
		Trainer.train(options, new TrainerTest.Recorder(), new NullProgressMonitor());
		Path run = folder.resolve("run");
		Path checkpoint = run.resolve("checkpoint");
		Files.move(run.resolve("best_model"), run.resolve(".best_model.old"));
		Files.createDirectories(run.resolve(".best_model.tmp/variables"));
		Files.writeString(run.resolve(".best_model.tmp/saved_model.pb"), "half");
		Files.writeString(run.resolve(".training_log.csv.123.tmp"), "0,0.1");
		Files.writeString(checkpoint.resolve(".epoch-3.data-00000-of-00001.tempstate42"), "half");
		Files.copy(checkpoint.resolve("epoch-2.data-00000-of-00001"), checkpoint.resolve("epoch-3.data-00000-of-00001"));
		Files.copy(checkpoint.resolve("epoch-2.index"), checkpoint.resolve(".epoch-3.index"));
		Files.writeString(checkpoint.resolve(".state.json.7.tmp"), "{");

		assertEquals(run.resolve(".best_model.old"), PoseModel.load(run).weightsFile(),
				"a reader loads the previous best model while best_model is missing");

		List<List<String>> atStart = new ArrayList<>();
		TrainerTest.Recorder resumed = new TrainerTest.Recorder() {
			@Override
			public void started(TrainingPlan plan) {
				super.started(plan);
				atStart.add(TrainingChild.leftovers(run));
				atStart.add(names(checkpoint));
			}
		};
		Trainer.train(options.withResume(true).withEpochs(3), resumed, new NullProgressMonitor());
		assertEquals(3, resumed.plans.get(0).firstEpoch());
		assertEquals(List.of(), atStart.get(0), "leftovers when the resumed run started");
		assertEquals(List.of("epoch-2.data-00000-of-00001", "epoch-2.index", "state.json"), atStart.get(1));
		assertEquals(List.of("epoch-3.data-00000-of-00001", "epoch-3.index", "state.json"), names(checkpoint));
		assertFalse(Files.exists(run.resolve(".best_model.old")));
		assertTrue(Files.isRegularFile(run.resolve("best_model/saved_model.pb")));
		assertEquals(run.resolve("best_model"), PoseModel.load(run).weightsFile());
		assertEquals(RunMarker.COMPLETE, RunMarker.read(run).state);
		assertEquals(4, TrainingRuns.log(run).size(), "header and epochs 0 to 2");
	}

	private static List<String> names(Path directory) {
		try (Stream<Path> entries = Files.list(directory)) {
			return entries.map(p -> p.getFileName().toString()).sorted().toList();
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
