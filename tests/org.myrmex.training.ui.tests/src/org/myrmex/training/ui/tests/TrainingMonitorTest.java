// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.jfree.data.xy.XYSeries;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.nn.train.EpochSummary;
import org.myrmex.nn.train.TrainingOptions;
import org.myrmex.training.ui.internal.monitor.ResumeOptions;
import org.myrmex.training.ui.internal.monitor.TrainingMonitorView;
import org.myrmex.training.ui.internal.session.TrainingSession;
import org.myrmex.training.ui.internal.session.TrainingSessions;
import org.myrmex.ui.tests.EditorTestSetup;
import org.myrmex.ui.tests.Gui;

/**
 * The Training Monitor on a real training ({@link ShortTraining}: 3 epochs of 2 steps on the CPU) started through
 * {@link TrainingSessions}: one point per finished epoch on every loss curve, the learning rate, the best epoch, the
 * sample prediction; Stop clicked on the view's toolbar leaves a stopped session with a checkpoint, Resume clicked
 * continues it in the same run folder to the last epoch.
 */
@ExtendWith(EditorTestSetup.class)
class TrainingMonitorTest {
	@TempDir
	Path folder;

	@Test
	void followsATrainingStopsItAndResumesIt() throws Exception {
		Gui.waitForSampleProject();
		TrainingMonitorView view = (TrainingMonitorView) Gui.page().showView(TrainingMonitorView.ID);
		TrainingOptions options = ShortTraining.options(folder, 3, 2);
		TrainingSession session = new TrainingSession("centroid", options);
		TrainingSessions.get().start(List.of(session));
		// holds the training thread after epoch 1's sample (the view has been told of it) until Stop is clicked, so
		// that the click lands in epoch 2 however fast the machine is
		Consumer<TrainingSession> hold = s -> {
			if (s.sample() != null && s.sample().epoch() == 1) {
				long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Gui.PATIENCE_MS);
				while (s.state() == TrainingSession.State.RUNNING && System.nanoTime() < deadline) {
					Thread.onSpinWait();
					sleep();
				}
			}
		};
		session.addListener(hold);

		Gui.spinUntil(() -> view.session() == session && view.sample() != null && points(view) == 1,
				"epoch 1 and its sample in the monitor (state " + session.state() + ", " + session.message() + ")");
		assertEquals(TrainingSession.State.RUNNING, session.state());
		assertEquals(List.of("loss", "val_loss", "CentroidConfmapsHead", "CentroidConfmapsHead (validation)",
				"OffsetRefinementHead", "OffsetRefinementHead (validation)"),
				view.lossSeries().stream().map(s -> (String) s.getKey()).toList());
		assertSeriesMatch(view, session.epochs());
		assertEquals(1, view.bestEpoch());
		assertEquals(384, view.sample().data().width);
		assertEquals(1, view.sample().epoch());
		Gui.spinUntil(() -> view.sessionList().getText().startsWith("centroid — " + options.runFolder().getFileName()
				+ " — running epoch"), "the session listed as running");
		List<String> status = view.status().texts();
		assertTrue(status.get(0).startsWith("running epoch"), status.toString());
		assertTrue(status.get(3).contains("CPU"), status.toString());
		Gui.screenshot(Gui.window().getShell(), "training-monitor-epoch1");

		ToolItem stop = toolItem("Stop");
		Gui.spinUntil(stop::isEnabled, "Stop enabled");
		assertFalse(toolItem("Resume").isEnabled());
		click(stop);
		Gui.spinUntil(() -> session.state() == TrainingSession.State.STOPPED,
				"the session to stop (state " + session.state() + ")");
		assertEquals(1, session.epochs().size());
		assertTrue(Files.isRegularFile(options.runFolder().resolve("checkpoint/state.json")));
		Gui.spinUntil(() -> view.sessionList().getText().endsWith("stopped after epoch 1/3"), "the list to say stopped");

		ToolItem resume = toolItem("Resume");
		Gui.spinUntil(resume::isEnabled, "Resume enabled");
		assertFalse(stop.isEnabled());
		int before = TrainingSessions.get().all().size();
		click(resume);
		Gui.spinUntil(() -> TrainingSessions.get().all().size() == before + 1, "a resumed session");
		TrainingSession resumed = TrainingSessions.get().all().get(before);
		assertTrue(resumed.options().resume());
		assertEquals(options.runFolder(), resumed.runFolder());
		Gui.spinUntil(() -> view.session() == resumed && resumed.state() != TrainingSession.State.WAITING
				&& points(view) >= 2, "epoch 2 of the resumed run in the monitor");
		Gui.screenshot(Gui.window().getShell(), "training-monitor-resumed");
		Gui.spinUntil(() -> resumed.state() == TrainingSession.State.COMPLETE
				|| resumed.state() == TrainingSession.State.FAILED, "the resumed run to end");
		assertEquals(TrainingSession.State.COMPLETE, resumed.state(), resumed.message());
		assertEquals(List.of(2, 3), resumed.epochs().stream().map(EpochSummary::epoch).toList());
		assertEquals(2, resumed.plan().firstEpoch());
		Gui.spinUntil(() -> points(view) == 3 && view.sample().epoch() == 3, "3 epochs and the last sample shown");
		assertSeriesMatch(view, List.of(session.epochs().get(0), resumed.epochs().get(0), resumed.epochs().get(1)));
		assertEquals(3, view.rateSeries().getItemCount());
		int best = 0;
		for (EpochSummary e : List.of(session.epochs().get(0), resumed.epochs().get(0), resumed.epochs().get(1))) {
			best = e.best() ? e.epoch() : best;
		}
		assertEquals(best, view.bestEpoch());
		Gui.spinUntil(() -> view.sessionList().getText().endsWith("complete"), "the list to say complete");
		assertFalse(resume.isEnabled() && stop.isEnabled());
		Gui.screenshot(Gui.window().getShell(), "training-monitor-complete");

		// without its configuration file, a run resumes from the run folder's own copy and the labels it names
		Files.delete(options.config());
		TrainingOptions fallback = ResumeOptions.of(session);
		assertEquals(options.runFolder().resolve("training_config.json"), fallback.config());
		assertEquals(options.labels(), fallback.labels());
		assertTrue(fallback.resume());
	}

	@Test
	void showsWhyARunFailed() throws Exception {
		Gui.waitForSampleProject();
		TrainingMonitorView view = (TrainingMonitorView) Gui.page().showView(TrainingMonitorView.ID);
		TrainingOptions good = ShortTraining.options(folder, 1, 1);
		Path missing = folder.resolve("gone.slp");
		TrainingSession session = new TrainingSession("centroid",
				new TrainingOptions(good.config(), missing, good.runFolder(), null, good.device(), 0, false));
		TrainingSessions.get().start(List.of(session));
		Gui.spinUntil(() -> session.state() == TrainingSession.State.FAILED, "the run to fail");
		Gui.spinUntil(() -> view.session() == session && view.sessionList().getText().endsWith("failed"),
				"the failed run in the monitor");
		String error = view.status().texts().get(6);
		assertEquals(session.message(), error);
		assertTrue(error.contains(missing.toString()), error);
		assertTrue(view.lossSeries().stream().allMatch(s -> s.getItemCount() == 0));
		// a failed run may be resumed (this one would fail again); the tool bar follows the state a little later
		Gui.spinUntil(() -> toolItem("Resume").isEnabled(), "Resume enabled");
		assertFalse(toolItem("Stop").isEnabled());
		Gui.screenshot(Gui.window().getShell(), "training-monitor-failed");
	}

	/** @return the points of the view's loss curves, all the same count */
	private static int points(TrainingMonitorView view) {
		List<XYSeries> series = view.lossSeries();
		if (series.isEmpty()) {
			return 0;
		}
		int count = series.get(0).getItemCount();
		return series.stream().allMatch(s -> s.getItemCount() == count) ? count : -1;
	}

	/** The curves hold the epochs' head losses, one point per epoch. */
	private static void assertSeriesMatch(TrainingMonitorView view, List<EpochSummary> epochs) {
		for (XYSeries series : view.lossSeries()) {
			String key = (String) series.getKey();
			boolean validation = key.endsWith(" (validation)");
			String head = key.replace(" (validation)", "");
			assertEquals(epochs.size(), series.getItemCount(), key);
			for (int i = 0; i < epochs.size(); i++) {
				EpochSummary e = epochs.get(i);
				assertEquals(e.epoch(), series.getX(i).intValue(), key);
				double expected = switch (key) {
				case "loss" -> e.loss();
				case "val_loss" -> e.validationLoss();
				default -> validation ? e.validationHeadLosses().get(head) : e.headLosses().get(head);
				};
				assertEquals(expected, series.getY(i).doubleValue(), 1e-12, key);
			}
		}
	}

	/** @return the monitor's toolbar item labelled {@code text} */
	private static ToolItem toolItem(String text) {
		for (Control control : Gui.descendants(Gui.window().getShell())) {
			if (control instanceof ToolBar bar && bar.isVisible()) {
				for (ToolItem item : bar.getItems()) {
					if (text.equals(item.getText())) {
						return item;
					}
				}
			}
		}
		throw new AssertionError("no tool item " + text);
	}

	/** Clicks the tool item with the first mouse button (real X input). */
	private static void click(ToolItem item) {
		assertNotNull(item.getParent());
		var bounds = item.getBounds();
		Gui.click(item.getParent(), 1, bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
	}

	private static void sleep() {
		try {
			Thread.sleep(20);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
