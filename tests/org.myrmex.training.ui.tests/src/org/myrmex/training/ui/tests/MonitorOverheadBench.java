// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.training.ui.internal.monitor.TrainingMonitorView;
import org.myrmex.training.ui.internal.session.TrainingSession;
import org.myrmex.training.ui.internal.session.TrainingSessions;
import org.myrmex.ui.tests.EditorTestSetup;
import org.myrmex.ui.tests.Gui;

/**
 * A benchmark, not a test (its name keeps it out of the build's test run): what the Training Monitor costs a
 * training. The same short real training ({@link ShortTraining}, {@value #EPOCHS} epochs of {@value #BATCHES} steps
 * on the CPU) runs with the monitor closed and open, alternately, {@value #ROUNDS} times each; it prints the images
 * per second of the training steps ({@link TrainingSession#imagesPerSecond()}), the wall time from start to end, the
 * process's CPU time and the UI thread's: what the monitor adds to the UI thread is what it costs, a figure that holds
 * on a busy machine where images/s do not.
 * Then one longer run with the monitor open, screenshotted after its 8th epoch. Run it alone:
 * {@code xvfb-run -a -s "-screen 0 1280x1024x24" ./mvnw -B -o verify -pl …,tests/org.myrmex.training.ui.tests
 * -Dtest=MonitorOverheadBench -DfailIfNoTests=false}.
 */
@ExtendWith(EditorTestSetup.class)
class MonitorOverheadBench {
	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
	static final int EPOCHS = 4;
	static final int BATCHES = 10;
	static final int ROUNDS = 3;
	@TempDir
	Path folder;

	@Test
	void monitorOpenAgainstClosed() throws Exception {
		Gui.waitForSampleProject();
		run(false, 0); // warm up TensorFlow and the data pipeline
		List<double[]> closed = new ArrayList<>();
		List<double[]> open = new ArrayList<>();
		for (int round = 1; round <= ROUNDS; round++) {
			closed.add(run(false, round));
			open.add(run(true, round));
		}
		for (int round = 0; round < ROUNDS; round++) {
			System.out.printf(Locale.ROOT, "BENCH round %d: monitor closed %s; open %s%n", round + 1,
					text(closed.get(round)), text(open.get(round)));
		}
		double c = mean(closed, 0);
		double o = mean(open, 0);
		double ui = mean(open, 3) - mean(closed, 3);
		System.out.printf(Locale.ROOT, "BENCH mean: closed %.2f images/s, open %.2f images/s (%+.1f %%); wall %.2f s "
				+ "against %.2f s; the monitor's UI-thread CPU %.3f s a run = %.2f %% of the run's process CPU %.2f s%n",
				c, o, 100 * (o / c - 1), mean(closed, 1), mean(open, 1), ui, 100 * ui / mean(closed, 2),
				mean(closed, 2));
		screenshot();
	}

	private static String text(double[] run) {
		return String.format(Locale.ROOT, "%.2f images/s, wall %.2f s, process CPU %.2f s, UI thread CPU %.3f s", run[0],
				run[1], run[2], run[3]);
	}

	/** @return {images/s, wall seconds, process CPU seconds, UI thread CPU seconds} of one run */
	private double[] run(boolean monitor, int round) throws Exception {
		if (monitor) {
			Gui.page().showView(TrainingMonitorView.ID);
		} else if (Gui.page().findView(TrainingMonitorView.ID) != null) {
			Gui.page().hideView(Gui.page().findView(TrainingMonitorView.ID));
		}
		Gui.settle();
		Path runs = Files.createDirectories(folder.resolve((monitor ? "open" : "closed") + round));
		TrainingSession session = new TrainingSession("bench", ShortTraining.options(runs, EPOCHS, BATCHES));
		long start = System.nanoTime();
		long cpu = processCpu();
		long ui = THREADS.getCurrentThreadCpuTime(); // the test runs on the UI thread
		TrainingSessions.get().start(List.of(session));
		Gui.spinUntil(() -> session.state() == TrainingSession.State.COMPLETE
				|| session.state() == TrainingSession.State.FAILED, "the run to end");
		double wall = (System.nanoTime() - start) / 1e9;
		double uiSeconds = (THREADS.getCurrentThreadCpuTime() - ui) / 1e9;
		double cpuSeconds = (processCpu() - cpu) / 1e9;
		assertEquals(TrainingSession.State.COMPLETE, session.state(), session.message());
		return new double[] { session.imagesPerSecond(), wall, cpuSeconds, uiSeconds };
	}

	private static long processCpu() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
				.getProcessCpuTime();
	}

	/** A longer run, shown on a 1280 × 1024 screen. */
	private void screenshot() throws Exception {
		Shell shell = Gui.window().getShell();
		Rectangle bounds = shell.getBounds();
		shell.setBounds(Gui.display().getBounds());
		Gui.page().showView(TrainingMonitorView.ID);
		Path runs = Files.createDirectories(folder.resolve("shot"));
		TrainingSession session = new TrainingSession("centroid", ShortTraining.options(runs, 12, BATCHES));
		TrainingSessions.get().start(List.of(session));
		Gui.spinUntil(() -> session.epochs().size() >= 8 && session.sample() != null && session.sample().epoch() >= 8,
				"epoch 8");
		Gui.settle();
		Gui.spinUntil(() -> ((TrainingMonitorView) Gui.page().findView(TrainingMonitorView.ID)).lossSeries().get(0)
				.getItemCount() >= 8, "epoch 8 on the chart");
		Gui.screenshot(shell, "training-monitor-bench");
		session.stop();
		Gui.spinUntil(() -> session.state() == TrainingSession.State.STOPPED
				|| session.state() == TrainingSession.State.COMPLETE, "the run to stop");
		shell.setBounds(bounds);
	}

	private static double mean(List<double[]> values, int column) {
		return values.stream().mapToDouble(v -> v[column]).average().orElse(Double.NaN);
	}
}
