// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.nn.internal.train.RunState;
import org.myrmex.nn.train.BatchProgress;
import org.myrmex.nn.train.Trainer;
import org.myrmex.nn.train.TrainingException;
import org.myrmex.nn.train.TrainingOptions;
import org.myrmex.nn.train.TrainingResult;

/** A run that crashed or was cancelled continues from its latest checkpoint, weights and optimiser included. */
class ResumeTest {

	@Test
	void crashedRunResumesAfterItsLastCompleteEpoch(@TempDir Path folder) throws Exception {
		TrainingOptions options = TrainingRuns.robot(folder, 3, 3, c -> {
		});
		TrainerTest.Recorder first = new TrainerTest.Recorder() {
			@Override
			public void batchEnded(BatchProgress progress) {
				super.batchEnded(progress);
				if (progress.epoch() == 2 && progress.batch() == 2) {
					throw new IllegalStateException("simulated crash");
				}
			}
		};
		assertThrows(IllegalStateException.class, () -> Trainer.train(options, first, new NullProgressMonitor()));
		Path run = folder.resolve("run");
		RunState crashed = RunState.read(run.resolve("checkpoint/state.json"));
		assertEquals(1, crashed.epochsDone());
		assertEquals(3, crashed.steps());
		assertEquals(2, TrainingRuns.log(run).size(), "header and epoch 0");

		TrainerTest.Recorder second = new TrainerTest.Recorder();
		TrainingResult result = Trainer.train(options.withResume(true), second, new NullProgressMonitor());
		assertEquals(2, second.plans.get(0).firstEpoch());
		assertEquals(3, result.lastEpoch());
		assertEquals(6, second.batches.size());
		assertArrayEquals(new double[] { 0, 1, 2 }, TrainingRuns.column(TrainingRuns.log(run), "epoch"));
		double initial = first.batches.get(0).loss();
		double resumed = second.batches.get(0).loss();
		double lastBeforeCrash = first.batches.get(2).loss();
		assertTrue(resumed < initial && Math.abs(resumed - lastBeforeCrash) < Math.abs(initial - lastBeforeCrash),
				"restored weights continue from epoch 1 (" + lastBeforeCrash + "), not from scratch (" + initial
						+ "): " + resumed);
		assertEquals(9, RunState.read(run.resolve("checkpoint/state.json")).steps());
	}

	/** Cancelled in its first epoch: the epoch-0 checkpoint (initial weights) is there to resume from. */
	@Test
	void runCancelledInItsFirstEpochResumes(@TempDir Path folder) throws Exception {
		TrainingOptions options = TrainingRuns.robot(folder, 2, 2, c -> {
		});
		NullProgressMonitor monitor = new NullProgressMonitor();
		TrainerTest.Recorder cancelling = TrainingRuns.cancellingIn(1, monitor);
		assertThrows(OperationCanceledException.class, () -> Trainer.train(options, cancelling, monitor));
		assertEquals(0, RunState.read(folder.resolve("run/checkpoint/state.json")).epochsDone());
		TrainingResult result = Trainer.train(options.withResume(true), new TrainerTest.Recorder(),
				new NullProgressMonitor());
		assertEquals(2, result.lastEpoch());
		assertEquals(3, TrainingRuns.log(folder.resolve("run")).size());
	}

	@Test
	void refusesToResumeWithoutCheckpointOrToOverwriteARun(@TempDir Path folder) throws Exception {
		TrainingOptions options = TrainingRuns.robot(folder, 1, 1, c -> {
		});
		TrainingException none = assertThrows(TrainingException.class,
				() -> Trainer.train(options.withResume(true), new TrainerTest.Recorder(), new NullProgressMonitor()));
		assertTrue(none.getMessage().contains("no checkpoint to resume from"), none.getMessage());
		Trainer.train(options, new TrainerTest.Recorder(), new NullProgressMonitor());
		TrainingException again = assertThrows(TrainingException.class,
				() -> Trainer.train(options, new TrainerTest.Recorder(), new NullProgressMonitor()));
		assertTrue(again.getMessage().contains("already holds a run"), again.getMessage());
	}
}
