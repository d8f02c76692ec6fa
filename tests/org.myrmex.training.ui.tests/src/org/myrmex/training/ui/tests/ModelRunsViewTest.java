// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.nn.train.Trainer;
import org.myrmex.nn.train.TrainingListener;
import org.myrmex.training.ui.internal.runs.ModelRunsView;
import org.myrmex.training.ui.internal.runs.RunHandler;
import org.myrmex.training.ui.internal.session.TrainingSession;
import org.myrmex.training.ui.internal.session.TrainingSessions;
import org.myrmex.ui.tests.EditorTestSetup;
import org.myrmex.ui.tests.Gui;

/**
 * The Model Runs view on a project with SLEAP's two top-down model folders and Myrmex runs trained for real (a few
 * steps of SLEAP's centroid configuration on {@code minimal_instance.slp}): rows read through SWT, a run stopped by
 * its session, Delete asking first, Resume finishing the stopped run, Add Folder… and Open Configuration.
 */
@ExtendWith(EditorTestSetup.class)
class ModelRunsViewTest {
	private static final int PIPELINE = ModelRunsView.PIPELINE;
	private static final int HEAD = ModelRunsView.HEAD;
	private static final int EPOCHS = ModelRunsView.EPOCHS;
	private static final int STATE = ModelRunsView.STATE;
	@TempDir
	Path folder;
	private IProject project;

	@AfterEach
	void closeProject() throws Exception {
		if (project != null) {
			project.delete(false, true, null);
		}
	}

	@Test
	void listsStopsDeletesAndResumesRuns() throws Exception {
		project = RunsProject.create("model-runs", folder);
		Path labels = folder.resolve("minimal_instance.slp");
		Path models = folder.resolve("models");
		Path complete = RunsProject.runFolder(models);
		Trainer.train(RunsProject.centroid(folder, 1).withRunFolder(complete), new TrainingListener() {
		}, new NullProgressMonitor());

		Gui.open(labels);
		ModelRunsView view = (ModelRunsView) Gui.page().showView(ModelRunsView.ID);
		Table table = view.table();
		waitForRows(table, 3);
		assertEquals(List.of(complete.getFileName().toString(), "minimal_instance.UNet.centered_instance",
				"minimal_instance.UNet.centroid"), column(table, 0));
		assertEquals(List.of("top-down", "top-down", "top-down"), column(table, PIPELINE));
		assertEquals(List.of("centroid", "centred instance", "centroid"), column(table, HEAD));
		assertEquals(List.of("1 / 1", "10 / 10", "24 / 30"), column(table, EPOCHS));
		assertEquals(List.of("complete", "complete", "complete"), column(table, STATE));

		// a run of this workbench: running while it trains (held after its first epoch), stopped by its session
		Path stopped = RunsProject.runFolder(models);
		TrainingSession session = new TrainingSession("centroid",
				RunsProject.centroid(folder, 3).withRunFolder(stopped));
		CountDownLatch seen = new CountDownLatch(1);
		TrainingSessions.get().start(List.of(session)); // the view hears the session before the test's listener
		session.addListener(s -> {
			if (s.epochs().size() == 1 && s.state() == TrainingSession.State.RUNNING) {
				await(seen);
				s.stop(); // on the training thread, before the next step: the run stops after epoch 1
			}
		});
		Gui.spinUntil(() -> table.getItemCount() == 4 && "running".equals(table.getItem(1).getText(STATE)),
				"the new run listed as running, second by name");
		assertEquals(stopped.getFileName().toString(), table.getItem(1).getText(0));
		screenshot(view, "model-runs-running");
		seen.countDown();
		Gui.spinUntil(() -> session.state() == TrainingSession.State.STOPPED, "the session to stop");
		Gui.spinUntil(() -> "stopped".equals(table.getItem(1).getText(STATE)), "the run listed as stopped");
		assertEquals("1 / 3", table.getItem(1).getText(EPOCHS));

		// Delete asks, naming the folder: No keeps it, Yes deletes it
		Path centred = models.resolve("minimal_instance.UNet.centered_instance");
		assertEquals(centred.getFileName().toString(), table.getItem(2).getText(0));
		clickRow(table, 2);
		AtomicReference<String> question = new AtomicReference<>();
		Gui.whenShellOpens(RunHandler.DELETE_TITLE, dialog -> {
			question.set(message(dialog));
			Gui.press(Gui.button(dialog, "No"));
		});
		execute(RunHandler.DELETE, Map.of());
		Gui.settle();
		assertEquals("Delete the run folder " + centred + " and everything in it? This cannot be undone.",
				question.get());
		assertTrue(Files.isDirectory(centred));
		Gui.whenShellOpens(RunHandler.DELETE_TITLE, dialog -> Gui.press(Gui.button(dialog, "Yes")));
		execute(RunHandler.DELETE, Map.of());
		Gui.spinUntil(() -> !Files.exists(centred) && table.getItemCount() == 3, "the run folder deleted");

		// Resume the stopped run: a new session trains epochs 2 and 3, the run is complete
		clickRow(table, 1);
		assertEquals(stopped, view.selection().get(0).folder());
		execute(RunHandler.RESUME, Map.of());
		TrainingSession resumed = TrainingSessions.get().all().get(TrainingSessions.get().all().size() - 1);
		assertEquals(stopped, resumed.runFolder());
		Gui.spinUntil(() -> resumed.state() == TrainingSession.State.COMPLETE, "the resumed run to complete");
		Gui.spinUntil(() -> "complete".equals(table.getItem(1).getText(STATE)), "the run listed as complete");
		assertEquals("3 / 3", table.getItem(1).getText(EPOCHS));

		// Add Folder… lists a SLEAP model folder and remembers it in the project; Remove from List forgets it
		Path robot = Fixtures.require("sleap/models/minimal_robot.UNet.single_instance");
		execute(RunHandler.ADD, Map.of(RunHandler.FOLDER, robot.toString()));
		Gui.spinUntil(() -> table.getItemCount() == 4, "the added folder listed");
		assertEquals(List.of("single animal", "single instance", "12 / 100", "complete"),
				List.of(PIPELINE, HEAD, EPOCHS, STATE).stream().map(c -> table.getItem(3).getText(c)).toList());
		String prefs = Files.readString(folder.resolve(".settings/org.myrmex.training.ui.prefs"));
		assertTrue(prefs.contains("minimal_robot.UNet.single_instance"), prefs);
		screenshot(view, "model-runs");
		clickRow(table, 3);
		execute(RunHandler.REMOVE, Map.of());
		Gui.spinUntil(() -> table.getItemCount() == 3, "the added folder no longer listed");

		// Open Configuration: training_config.json in the text editor
		clickRow(table, 0);
		execute(RunHandler.OPEN, Map.of());
		Gui.settle();
		IEditorPart editor = Gui.page().getActiveEditor();
		assertEquals("training_config.json", editor.getEditorInput().getName());
		assertEquals("org.eclipse.ui.DefaultTextEditor", editor.getSite().getId());
		assertFalse(editor.isDirty());
		Gui.page().closeEditor(editor, false);
		Gui.page().hideView(view);
	}

	/** A screenshot of the window with the view maximized (its seven columns shown), the pointer off the rows. */
	private static void screenshot(ModelRunsView view, String name) throws Exception {
		IWorkbenchPartReference reference = Gui.page().getReference(view);
		Gui.page().setPartState(reference, IWorkbenchPage.STATE_MAXIMIZED);
		Gui.settle();
		Table table = view.table();
		Gui.mouseMove(table, table.getSize().x / 2, table.getSize().y - 10);
		Gui.settle();
		Gui.screenshot(Gui.window().getShell(), name);
		Gui.page().setPartState(reference, IWorkbenchPage.STATE_RESTORED);
		Gui.settle();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(Gui.PATIENCE_MS, TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static void waitForRows(Table table, int rows) {
		Gui.spinUntil(() -> table.getItemCount() == rows, rows + " runs listed");
	}

	private static List<String> column(Table table, int column) {
		return java.util.Arrays.stream(table.getItems()).map(item -> item.getText(column)).toList();
	}

	/** A real click on a row's first cell. */
	private static void clickRow(Table table, int row) {
		table.showItem(table.getItem(row));
		Gui.settle();
		TableItem item = table.getItem(row);
		Rectangle cell = item.getBounds(0);
		Gui.click(table, 1, cell.x + cell.width / 2, cell.y + cell.height / 2);
		Gui.spinUntil(() -> table.getSelectionIndex() == row, "row " + row + " selected");
	}

	private static String message(org.eclipse.swt.widgets.Shell dialog) {
		return Gui.descendants(dialog).stream().filter(Label.class::isInstance).map(c -> ((Label) c).getText())
				.max((a, b) -> Integer.compare(a.length(), b.length())).orElse("");
	}

	private static void execute(String command, Map<String, String> parameters) throws Exception {
		org.eclipse.ui.commands.ICommandService commands = Gui.window()
				.getService(org.eclipse.ui.commands.ICommandService.class);
		org.eclipse.ui.handlers.IHandlerService handlers = Gui.window()
				.getService(org.eclipse.ui.handlers.IHandlerService.class);
		handlers.executeCommand(org.eclipse.core.commands.ParameterizedCommand
				.generateCommand(commands.getCommand(command), parameters), null);
	}
}
