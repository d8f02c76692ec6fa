// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.config.TrainingConfigJson;
import org.eclipse.swt.widgets.TableItem;
import org.myrmex.model.PredictedInstance;
import org.myrmex.training.ui.internal.monitor.TrainingMonitorView;
import org.myrmex.training.ui.internal.predict.PredictJob;
import org.myrmex.training.ui.internal.predict.PredictWizard;
import org.myrmex.training.ui.internal.runs.ModelRunsView;
import org.myrmex.training.ui.internal.session.TrainingJob;
import org.myrmex.training.ui.internal.session.TrainingSession;
import org.myrmex.training.ui.internal.session.TrainingSessions;
import org.myrmex.training.ui.internal.wizard.TrainingWizard;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.tests.EditorTestSetup;
import org.myrmex.ui.tests.Gui;

/**
 * Run › Train Model… driven as a person does: every page of a top-down run on the ant clip, bad values that block
 * Finish, then two short trainings that complete into run folders.
 */
@ExtendWith(EditorTestSetup.class)
class TrainingWizardTest {
	static final String TITLE = "Train Model";

	@TempDir
	Path folder;

	private static TrainingWizard wizard(Shell shell) {
		return (TrainingWizard) ((WizardDialog) shell.getData()).getCurrentPage().getWizard();
	}

	private static IWizardPage page(Shell shell) {
		return ((WizardDialog) shell.getData()).getCurrentPage();
	}

	private static void shot(Shell shell, String name) {
		try {
			Gui.screenshot(shell, name);
		} catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/**
	 * Runs Run › Train Model… (the Run menu's item's command); {@code drive} runs once the wizard is open.
	 */
	static void openWizard(java.util.function.Consumer<Shell> drive) throws Exception {
		Gui.whenShellOpens(TITLE, drive);
		Gui.focus(((LabelsEditor) Gui.page().getActiveEditor()).canvas().control());
		execute("org.myrmex.training.ui.commands.train");
	}

	static void execute(String commandId) throws Exception {
		ICommandService commands = Gui.window().getService(ICommandService.class);
		Gui.window().getService(IHandlerService.class)
				.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(commandId), null), null);
	}

	/** @return the labels of the main window's menu {@code name}, as shown */
	static List<String> menu(String name) {
		Menu bar = Gui.window().getShell().getMenuBar();
		for (MenuItem item : bar.getItems()) {
			if (item.getText().replace("&", "").equals(name)) {
				Menu menu = item.getMenu();
				menu.notifyListeners(SWT.Show, new Event()); // JFace fills menus when they are shown
				List<String> labels = new ArrayList<>();
				for (MenuItem entry : menu.getItems()) {
					labels.add(entry.getText().replace("&", ""));
				}
				menu.notifyListeners(SWT.Hide, new Event());
				return labels;
			}
		}
		throw new AssertionError("no menu " + name);
	}

	@Test
	void theRunMenuOffersTrainingAndPrediction() {
		List<String> run = menu("Run");
		assertTrue(run.stream().anyMatch(l -> l.startsWith("Train Model...")), run.toString());
		assertTrue(run.stream().anyMatch(l -> l.startsWith("Predict...")), run.toString());
	}

	@Test
	void aTopDownRunIsSetUpPageByPageAndTrains() throws Exception {
		Path labels = TrainingFixtures.clip(folder);
		LabelsEditor editor = Gui.open(labels);
		List<String> pages = new ArrayList<>();
		TrainingWizard[] opened = new TrainingWizard[1];
		openWizard(shell -> {
			opened[0] = wizard(shell);
			assertTrue(Gui.button(shell, "Top-down: a centroid model finds each animal, a centred-instance model "
					+ "its parts (many animals)").getSelection());
			Combo profile = Gui.descendants(shell).stream().filter(Combo.class::isInstance).map(Combo.class::cast)
					.findFirst().orElseThrow();
			assertTrue(profile.getText().startsWith("Ant colony"), profile.getText());
			assertTrue(opened[0].canFinish(), "the ant profile trains on the clip as it is");
			shot(shell, "train-00-start");
			for (int i = 1; i <= 10; i++) {
				Gui.press(Gui.button(shell, "Next >"));
				IWizardPage page = page(shell);
				pages.add(page.getName());
				switch (page.getName()) {
				case "centroid.optimisation", "centered_instance.optimisation" -> {
					TrainingFixtures.type(shell, "optimization.batch_size", "four");
					assertEquals("Batch size: 'four' is not a whole number", page.getErrorMessage());
					assertFalse(Gui.button(shell, "Finish").isEnabled(), "a bad value blocks Finish");
					TrainingFixtures.type(shell, "optimization.batch_size", "4");
					TrainingFixtures.type(shell, "optimization.epochs", "2");
					TrainingFixtures.type(shell, "optimization.batches_per_epoch", "4");
				}
				case "centroid.backbone", "centered_instance.backbone" ->
					TrainingFixtures.type(shell, "model.backbone.unet.filters", "8");
				case "centered_instance.data" -> {
					TrainingFixtures.type(shell, "data.instance_cropping.crop_size", "100");
					assertEquals("data.instance_cropping.crop_size 100 is not a positive multiple of "
							+ "model.backbone.unet.max_stride 32", page.getErrorMessage());
					assertFalse(Gui.button(shell, "Finish").isEnabled());
					TrainingFixtures.type(shell, "data.instance_cropping.crop_size", "auto");
				}
				default -> {
				}
				}
				assertEquals(null, page.getErrorMessage(), page.getName());
				shot(shell, String.format("train-%02d-%s", i, page.getName()));
			}
			assertFalse(Gui.button(shell, "Next >").isEnabled(), "the centred-instance heads page is the last");
			Gui.press(Gui.button(shell, "Finish"));
		});
		Gui.spinUntil(() -> opened[0] != null && !opened[0].started().isEmpty(), "Finish to start the runs");
		assertEquals(List.of("centroid.data", "centroid.optimisation", "centroid.augmentation", "centroid.backbone",
				"centroid.heads", "centered_instance.data", "centered_instance.optimisation",
				"centered_instance.augmentation", "centered_instance.backbone", "centered_instance.heads"), pages);

		List<TrainingSession> sessions = opened[0].started();
		assertEquals(2, sessions.size());
		TrainingFixtures.waitLong(() -> sessions.stream().allMatch(s -> s.state().ordinal()
				>= TrainingSession.State.STOPPED.ordinal()), Duration.ofMinutes(20), "both trainings to end");
		for (TrainingSession session : sessions) {
			assertEquals(TrainingSession.State.COMPLETE, session.state(), session.name() + ": " + session.message());
			assertEquals(2, session.epochs().size());
			Path run = session.runFolder();
			assertEquals(folder.resolve("models"), run.getParent());
			assertTrue(Files.isDirectory(run.resolve("best_model")), run + " holds the best model");
			TrainingConfig trained = TrainingConfigJson.read(run.resolve("training_config.json"));
			assertEquals(8, ((org.myrmex.nn.config.BackboneConfig.UNet) trained.model().backbone()).filters());
			assertEquals(2, trained.optimization().epochs());
			assertEquals(Integer.valueOf(4), trained.optimization().batchesPerEpoch());
			assertNotNull(trained.data().labels().trainingLabels());
		}
		assertTrue(sessions.get(0).runFolder().getFileName().toString().endsWith(".centroid"));
		assertTrue(sessions.get(1).runFolder().getFileName().toString().endsWith(".centered_instance"));
		// the jobs then evaluate a complete run: the centred-instance model on each split, the centroid model not
		TrainingFixtures.waitLong(() -> Job.getJobManager().find(TrainingJob.FAMILY).length == 0, Duration.ofMinutes(5),
				"the evaluations to end");
		Path centred = sessions.get(1).runFolder();
		for (String file : List.of("labels_pr.train.slp", "metrics.train.json", "metrics.train.npz")) {
			assertTrue(Files.isRegularFile(centred.resolve(file)), centred + " holds " + file);
		}
		assertFalse(Files.exists(sessions.get(0).runFolder().resolve("metrics.train.json")), "a centroid model alone");
		assertEquals(TrainingSession.State.COMPLETE, sessions.get(1).state());
		System.out.printf("TIMING Finish to the first curve point: %.1f s%n", sessions.get(0).nanosToFirstEpoch() / 1e9);

		TrainingMonitorView monitor = (TrainingMonitorView) Gui.page().findView(TrainingMonitorView.ID);
		assertNotNull(monitor, "Finish opened the Training Monitor");
		for (TrainingSession session : sessions) {
			monitor.sessionList().select(TrainingSessions.get().all().indexOf(session));
			monitor.sessionList().notifyListeners(SWT.Selection, new Event());
			Gui.spinUntil(() -> monitor.session() == session && monitor.lossSeries().stream()
					.allMatch(series -> series.getItemCount() == 2), session.name() + "'s curves in the monitor");
			assertNotNull(monitor.sample(), "a sample prediction of " + session.name());
		}
		Gui.screenshot(Gui.window().getShell(), "train-monitor-clip");

		ModelRunsView runs = (ModelRunsView) Gui.page().showView(ModelRunsView.ID);
		Gui.spinUntil(() -> runs.table().getItemCount() == 2, "both runs in the Model Runs view");
		for (TrainingSession session : sessions) {
			String name = session.runFolder().getFileName().toString();
			TableItem row = java.util.Arrays.stream(runs.table().getItems())
					.filter(item -> item.getText(ModelRunsView.RUN).equals(name)).findFirst()
					.orElseThrow(() -> new AssertionError(name + " in the Model Runs view"));
			assertEquals("top-down", row.getText(ModelRunsView.PIPELINE));
			assertEquals("2 / 2", row.getText(ModelRunsView.EPOCHS));
			assertEquals("complete", row.getText(ModelRunsView.STATE));
		}
		Gui.screenshot(Gui.window().getShell(), "train-runs-clip");
		predictFramesZeroToFortyNine(editor, sessions);
	}

	/** Run › Predict… with the two new models on the timeline's frames 0–49; one Undo takes the predictions back. */
	private static void predictFramesZeroToFortyNine(LabelsEditor editor, List<TrainingSession> sessions)
			throws Exception {
		Gui.page().activate(editor);
		Canvas line = editor.timeline().control();
		int y = line.getSize().y / 2;
		Gui.modifier(SWT.SHIFT, true);
		Gui.drag(line, 1, xOf(editor, 0), y, xOf(editor, 49), y);
		Gui.modifier(SWT.SHIFT, false);
		assertArrayEquals(new int[] { 0, 49 }, editor.timeline().selection());
		long users = instances(editor, false, 0, 1499);
		PredictJob[] job = new PredictJob[1];
		Gui.whenShellOpens(PredictWizard.TITLE, shell -> {
			PredictWizard wizard = (PredictWizard) ((WizardDialog) shell.getData()).getCurrentPage().getWizard();
			assertTrue(wizard.framesPage().isPageComplete(), "the selected range is offered first");
			shot(shell, "train-predict-1-frames");
			Gui.press(Gui.button(shell, "Next >"));
			for (TrainingSession session : sessions) {
				wizard.modelsPage().addFolder(session.runFolder());
			}
			// two short epochs teach little: take every peak, at most the clip's two flies
			wizard.modelsPage().setSettings("0.0", "2", null);
			assertEquals(null, wizard.modelsPage().getErrorMessage());
			shot(shell, "train-predict-2-models");
			Gui.press(Gui.button(shell, "Finish"));
			job[0] = wizard.job();
		});
		execute("org.myrmex.training.ui.commands.predict");
		Gui.spinUntil(() -> job[0] != null && job[0].getResult() != null, "the prediction");
		assertTrue(job[0].getResult().isOK(), job[0].getResult().getMessage());
		assertEquals(50, job[0].appliedFrames());
		Gui.settle();
		for (int frame = 0; frame < 50; frame++) {
			assertTrue(instances(editor, true, frame, frame) > 0, "predictions on frame " + frame);
		}
		assertEquals(0, instances(editor, true, 50, 1499), "nothing predicted outside the range");
		// every frame of the clip holds user instances, so its timeline stays blue (yellow marks frames holding
		// predictions only; PredictWizardTest checks those): the predictions show on the canvas
		editor.showFrame(10);
		Gui.waitForFrame(editor, 10);
		assertTrue(editor.shownInstances().stream().anyMatch(PredictedInstance.class::isInstance),
				"frame 10's predictions on the canvas");
		Gui.screenshot(Gui.window().getShell(), "train-predict-3-predicted");

		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL, 'z');
		Gui.spinUntil(() -> instances(editor, true, 0, 1499) == 0, "Undo to take the predictions back");
		assertEquals(users, instances(editor, false, 0, 1499), "user instances untouched");
	}

	/** @return the x of the timeline's pixel column that shows {@code frame} */
	private static int xOf(LabelsEditor editor, int frame) {
		int x = editor.timeline().xOf(frame);
		for (int dx = 0; dx < 4; dx++) {
			if (editor.timeline().frameAt(x + dx) == frame) {
				return x + dx;
			}
			if (editor.timeline().frameAt(x - dx) == frame) {
				return x - dx;
			}
		}
		return x;
	}

	/** @return the predicted (or user) instances of frames {@code first…last} */
	private static long instances(LabelsEditor editor, boolean predicted, int first, int last) {
		return editor.labels().getLabeledFrames().stream()
				.filter(f -> f.getFrameIndex() >= first && f.getFrameIndex() <= last)
				.flatMap(f -> f.getInstances().stream())
				.filter(i -> (i instanceof PredictedInstance) == predicted).count();
	}

	static Button radio(Shell shell, String pipelineKey) {
		return Gui.descendants(shell).stream().filter(Button.class::isInstance).map(Button.class::cast)
				.filter(b -> pipelineKey.equals(b.getData("pipeline"))).findFirst().orElseThrow();
	}
}
