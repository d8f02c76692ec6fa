// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.cli.CommandLine;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.config.TrainingConfigJson;
import org.myrmex.training.ui.internal.predict.AfterTraining;
import org.myrmex.training.ui.internal.session.TrainingSession;
import org.myrmex.training.ui.internal.wizard.TrainingWizard;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.editor.OpenLabelsJob;
import org.myrmex.ui.tests.EditorTestSetup;
import org.myrmex.ui.tests.Gui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The training wizard's configurations outside the wizard: a saved configuration trains the same run from the
 * command line; and what cannot train (no user instances, a missing video, an anchor part not in the skeleton, a
 * broken configuration file) is said on the page, blocks Finish and writes nothing.
 */
@ExtendWith(EditorTestSetup.class)
class TrainingConfigurationTest {
	private static final ObjectMapper JSON = new ObjectMapper();
	private WizardDialog dialog;

	@TempDir
	Path folder;

	@AfterEach
	void close() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
	}

	private TrainingWizard wizard(LabelsEditor editor) {
		TrainingWizard wizard = new TrainingWizard(editor, null);
		dialog = new WizardDialog(Gui.window().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		Gui.settle();
		return wizard;
	}

	/** The robot labels (2 frames, 2 nodes) beside a link to their video. */
	private Path robot() throws Exception {
		Path labels = folder.resolve("small_robot_minimal.slp");
		Files.copy(Fixtures.require("sleap/slp_hdf5/small_robot_minimal.slp"), labels);
		Files.createSymbolicLink(folder.resolve("small_robot.mp4"), Fixtures.require("sleap/videos/small_robot.mp4"));
		return labels;
	}

	/** SLEAP's robot configuration cut to one short epoch. */
	private Path shortRobotConfig() throws Exception {
		ObjectNode config = (ObjectNode) JSON.readTree(
				Fixtures.require("sleap/models/minimal_robot.UNet.single_instance/training_config.json").toFile());
		ObjectNode optimization = (ObjectNode) config.get("optimization");
		optimization.put("epochs", 1);
		optimization.put("batches_per_epoch", 2);
		optimization.put("min_batches_per_epoch", 1);
		optimization.put("val_batches_per_epoch", 1);
		optimization.put("min_val_batches_per_epoch", 1);
		Path file = folder.resolve("robot-config.json");
		JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), config);
		return file;
	}

	@Test
	void aSavedConfigurationTrainsTheSameRunFromTheCommandLine() throws Exception {
		Path labels = robot();
		TrainingWizard wizard = wizard(Gui.open(labels));
		wizard.loadConfiguration(shortRobotConfig());
		assertNull(wizard.firstProblem());
		Path saved = Files.createDirectories(folder.resolve("saved"));
		assertNull(wizard.saveConfiguration(saved));
		assertEquals(List.of("single_instance.json"), Files.list(saved).map(p -> p.getFileName().toString()).toList());
		Combo then = Gui.descendants(dialog.getShell()).stream().filter(Combo.class::isInstance)
				.map(Combo.class::cast).filter(c -> c.getItemCount() == AfterTraining.values().length).findFirst()
				.orElseThrow();
		then.select(AfterTraining.RANDOM.ordinal());
		then.notifyListeners(SWT.Selection, new Event());
		Gui.press(Gui.button(dialog.getShell(), "Finish"));
		List<TrainingSession> sessions = wizard.started();
		assertEquals(1, sessions.size());
		TrainingFixtures.waitLong(() -> sessions.get(0).state().ordinal() >= TrainingSession.State.STOPPED.ordinal(),
				Duration.ofMinutes(5), "the wizard's run");
		assertEquals(TrainingSession.State.COMPLETE, sessions.get(0).state(), sessions.get(0).message());
		TrainingFixtures.waitLong(() -> wizard.afterJob() != null && wizard.afterJob().getResult() != null,
				Duration.ofMinutes(2), "the prediction after training");
		assertTrue(wizard.afterJob().getResult().isOK(), wizard.afterJob().getResult().getMessage());
		assertEquals(AfterTraining.RANDOM_FRAMES, wizard.afterJob().appliedFrames(),
				"20 random frames of the robot video without user instances");

		Path cliRun = folder.resolve("cli-run");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = CommandLine.standard().run(List.of("train", saved.resolve("single_instance.json").toString(),
				labels.toString(), "--run-dir", cliRun.toString(), "--cpu"), new PrintStream(out, true),
				new PrintStream(out, true), new NullProgressMonitor());
		assertEquals(0, code, out.toString(StandardCharsets.UTF_8));
		TrainingConfig fromWizard = TrainingConfigJson.read(sessions.get(0).runFolder().resolve("training_config.json"));
		TrainingConfig fromCli = TrainingConfigJson.read(cliRun.resolve("training_config.json"));
		assertEquals(fromWizard.withOutputs(fromCli.outputs()), fromCli,
				"the same run: data, model and optimisation as trained, apart from the run's name");
		assertTrue(Files.isDirectory(cliRun.resolve("best_model")));
	}

	@Test
	void labelsWithoutUserInstancesCannotTrain() throws Exception {
		Path labels = folder.resolve("clip.predictions.slp");
		Files.copy(Fixtures.require("sleap/tracks/clip.predictions.slp"), labels);
		Files.createSymbolicLink(folder.resolve("clip.mp4"), Fixtures.require("sleap/tracks/clip.mp4"));
		TrainingWizard wizard = wizard(Gui.open(labels));
		Shell shell = dialog.getShell();
		Gui.spinUntil(() -> wizard.firstProblem() != null, "the labels to be checked");
		assertEquals("clip.predictions.slp has no user instances: label some frames first", wizard.firstProblem());
		assertEquals(wizard.firstProblem(), dialog.getCurrentPage().getErrorMessage());
		assertFalse(Gui.button(shell, "Finish").isEnabled());
		assertFalse(Gui.button(shell, "Next >").isEnabled());
		assertNotNull(wizard.saveConfiguration(Files.createDirectories(folder.resolve("saved"))));
		assertEquals(0, Files.list(folder.resolve("saved")).count(), "nothing saved");
		assertFalse(Files.exists(folder.resolve("models")));
	}

	@Test
	void aMissingVideoCannotTrain() throws Exception {
		Path labels = folder.resolve("clip.slp");
		Files.copy(Fixtures.require("sleap/tracks/clip.slp"), labels);
		Gui.whenShellOpens("Replace Missing Videos", shell -> Gui.press(Gui.button(shell, "Keep Missing")));
		Gui.waitForSampleProject();
		new OpenLabelsJob(Gui.window(), labels).schedule();
		Gui.spinUntil(() -> Gui.page().getActiveEditor() instanceof LabelsEditor editor
				&& editor.file().equals(labels.toAbsolutePath().normalize()), "the editor of " + labels);
		Gui.settle();
		TrainingWizard wizard = wizard((LabelsEditor) Gui.page().getActiveEditor());
		assertEquals("clip.slp: video clip.mp4 cannot be found; replace it in the Videos view", wizard.firstProblem());
		assertFalse(Gui.button(dialog.getShell(), "Finish").isEnabled());
		assertFalse(Files.exists(folder.resolve("models")));
	}

	@Test
	void anAnchorPartOutsideTheSkeletonOrABrokenFileBlocksFinish() throws Exception {
		Path labels = TrainingFixtures.clip(folder);
		TrainingWizard wizard = wizard(Gui.open(labels));
		assertNull(wizard.firstProblem());
		ObjectNode config = (ObjectNode) JSON.readTree(
				Fixtures.require("sleap/models/minimal_instance.UNet.centroid/training_config.json").toFile());
		((ObjectNode) config.at("/model/heads/centroid")).put("anchor_part", "Tail");
		Path tail = folder.resolve("tail.json");
		JSON.writeValue(tail.toFile(), config);
		wizard.loadConfiguration(tail);
		assertEquals("centroid model: model.heads.centroid.anchor_part 'Tail' is not a node of the skeleton",
				wizard.firstProblem());
		assertFalse(Gui.button(dialog.getShell(), "Finish").isEnabled());

		Path broken = folder.resolve("broken.json");
		Files.writeString(broken, "{\"model\": ");
		wizard.loadConfiguration(broken);
		String message = dialog.getCurrentPage().getErrorMessage();
		assertNotNull(message);
		assertTrue(message.startsWith(broken.toString()), message);
		Gui.screenshot(dialog.getShell(), "train-bad-configuration");
		assertFalse(Files.exists(folder.resolve("models")));
	}
}
