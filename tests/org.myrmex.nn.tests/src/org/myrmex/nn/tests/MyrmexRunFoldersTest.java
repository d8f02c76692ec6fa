// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.nn.internal.train.RunMarker;
import org.myrmex.nn.runs.RunFolders;
import org.myrmex.nn.runs.RunInfo;
import org.myrmex.nn.runs.RunStatus;
import org.myrmex.nn.train.BatchProgress;
import org.myrmex.nn.train.Trainer;
import org.myrmex.nn.train.TrainingException;
import org.myrmex.nn.train.TrainingOptions;

/**
 * Myrmex's run folders after real short trainings (SLEAP's robot configuration, a few steps): how the trainer marks
 * a complete, a cancelled, a failed, a killed and a running run, and what {@link RunFolders} reads back.
 */
class MyrmexRunFoldersTest {

	@Test
	void completeRunIsComplete(@TempDir Path folder) throws Exception {
		TrainingOptions options = TrainingRuns.robot(folder, 2, 2, c -> {
		});
		Trainer.train(options, new TrainerTest.Recorder(), new NullProgressMonitor());
		Path run = folder.resolve("run");
		RunInfo info = RunFolders.read(run);
		assertEquals(RunStatus.COMPLETE, info.status());
		assertTrue(info.myrmex());
		assertEquals("single animal", info.pipeline());
		assertEquals("single_instance", info.head());
		assertEquals(2, info.epochsDone());
		assertEquals(2, info.epochs());
		double[] validation = TrainingRuns.column(TrainingRuns.log(run), "val_loss");
		assertEquals(Math.min(validation[0], validation[1]), info.bestLoss());
		assertEquals(TrainingRuns.robotLabels().toAbsolutePath().toString(), info.trainingLabels());
		assertFalse(info.canResume());
		RunMarker marker = RunMarker.read(run);
		assertEquals(RunMarker.COMPLETE, marker.state);
		assertEquals(2, marker.epochsDone);
		assertEquals(ProcessHandle.current().pid(), marker.pid);
		assertEquals(List.of(info.folder()), RunFolders.scan(folder).stream().map(RunInfo::folder).toList());
	}

	@Test
	void cancelledRunIsStoppedThenResumedComplete(@TempDir Path folder) throws Exception {
		TrainingOptions options = TrainingRuns.robot(folder, 2, 2, c -> {
		});
		NullProgressMonitor monitor = new NullProgressMonitor();
		TrainerTest.Recorder cancelling = TrainingRuns.cancellingIn(2, monitor);
		assertThrows(OperationCanceledException.class, () -> Trainer.train(options, cancelling, monitor));
		Path run = folder.resolve("run");
		RunInfo stopped = RunFolders.read(run);
		assertEquals(RunStatus.STOPPED, stopped.status());
		assertEquals(1, stopped.epochsDone());
		assertTrue(stopped.canResume());
		Trainer.train(options.withResume(true), new TrainerTest.Recorder(), new NullProgressMonitor());
		RunInfo resumed = RunFolders.read(run);
		assertEquals(RunStatus.COMPLETE, resumed.status());
		assertEquals(2, resumed.epochsDone());
	}

	/** An error in the first epoch: the run failed, has no best model, and resumes from its epoch-0 checkpoint. */
	@Test
	void failedFirstEpochIsNeverComplete(@TempDir Path folder) throws Exception {
		TrainingOptions options = TrainingRuns.robot(folder, 1, 2, c -> {
		});
		TrainerTest.Recorder failing = new TrainerTest.Recorder() {
			@Override
			public void batchEnded(BatchProgress progress) {
				throw new IllegalStateException("simulated failure");
			}
		};
		assertThrows(IllegalStateException.class, () -> Trainer.train(options, failing, new NullProgressMonitor()));
		Path run = folder.resolve("run");
		RunInfo failed = RunFolders.read(run);
		assertEquals(RunStatus.FAILED, failed.status());
		assertEquals("simulated failure", failed.message());
		assertFalse(Files.exists(run.resolve("best_model")));
		assertEquals(0, failed.epochsDone());
		assertTrue(failed.canResume());
	}

	/**
	 * While a run trains, its folder reads as running; a copy of it taken then is what a killed process leaves (the
	 * marker says running, nobody holds the lock): crashed, resumable from its last epoch, and it resumes.
	 */
	@Test
	void runningRunAndKilledCopy(@TempDir Path folder) throws Exception {
		TrainingOptions options = TrainingRuns.robot(folder, 2, 2, c -> {
		});
		Path run = folder.resolve("run");
		Path killed = folder.resolve("killed");
		List<RunInfo> seen = new ArrayList<>();
		TrainerTest.Recorder watching = new TrainerTest.Recorder() {
			@Override
			public void batchEnded(BatchProgress progress) {
				if (progress.epoch() == 2 && progress.batch() == 1) {
					seen.add(RunFolders.read(run));
					copy(run, killed);
				}
			}
		};
		Trainer.train(options, watching, new NullProgressMonitor());
		assertEquals(RunStatus.RUNNING, seen.get(0).status());
		assertEquals(RunStatus.COMPLETE, RunFolders.read(run).status());
		RunInfo crashed = RunFolders.read(killed);
		assertEquals(RunStatus.CRASHED, crashed.status());
		assertEquals(1, crashed.epochsDone());
		assertTrue(crashed.canResume());
		Trainer.train(options.withRunFolder(killed).withResume(true), new TrainerTest.Recorder(),
				new NullProgressMonitor());
		assertEquals(RunStatus.COMPLETE, RunFolders.read(killed).status());
		assertEquals(2, RunFolders.read(killed).epochsDone());
	}

	/** Another process holding the run's lock: running, and a second training there is refused. */
	@Test
	void lockHeldByAnotherProcessIsRunning(@TempDir Path folder) throws Exception {
		TrainingOptions options = TrainingRuns.robot(folder, 1, 1, c -> {
		});
		Trainer.train(options, new TrainerTest.Recorder(), new NullProgressMonitor());
		Path run = folder.resolve("run");
		RunMarker.write(run, RunMarker.RUNNING, 0, null);
		try (OtherProcessLock other = new OtherProcessLock(run.resolve("run.lock"), folder)) {
			assertEquals(RunStatus.RUNNING, RunFolders.read(run).status());
			TrainingException refused = assertThrows(TrainingException.class,
					() -> Trainer.train(options.withResume(true), new TrainerTest.Recorder(), new NullProgressMonitor()));
			assertTrue(refused.getMessage().contains("is being trained"), refused.getMessage());
		}
		assertEquals(RunStatus.CRASHED, RunFolders.read(run).status(), "the other process is gone");
		assertNotNull(RunMarker.read(run));
	}

	private static void copy(Path from, Path to) {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(from.relativize(file).toString()));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
