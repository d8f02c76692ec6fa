// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.training.ui.internal.predict.PredictHandler;
import org.myrmex.training.ui.internal.predict.PredictJob;
import org.myrmex.training.ui.internal.predict.PredictOn;
import org.myrmex.training.ui.internal.predict.PredictWizard;
import org.myrmex.tracking.ui.internal.run.TrackJob;
import org.myrmex.tracking.ui.internal.run.TrackerForm;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.tests.EditorTestSetup;
import org.myrmex.ui.tests.Gui;

/**
 * Run › Predict… on SLEAP's minimal_instance labels with SLEAP's own top-down pair: the predictions reproduce SLEAP's
 * {@code labels_pr.train.slp}, enter the editor as one command that Ctrl+Z takes back; bad models block Finish.
 */
@ExtendWith(EditorTestSetup.class)
class PredictWizardTest {
	private static final String COMMAND = "org.myrmex.training.ui.commands.predict";
	private static final String MODELS = "sleap/models/";

	@TempDir
	Path temp;

	/** The fixture labels copied beside a link to their video, so that nothing is written among the fixtures. */
	private LabelsEditor openLabels() throws Exception {
		return Gui.open(copyLabels());
	}

	private Path copyLabels() throws Exception {
		Path labels = temp.resolve("minimal_instance.slp");
		Files.copy(Fixtures.require(MODELS + "minimal_instance.UNet.centroid/labels_gt.train.slp"), labels,
				StandardCopyOption.REPLACE_EXISTING);
		Path video = temp.resolve("centered_pair_low_quality.mp4");
		if (!Files.exists(video)) {
			Files.createSymbolicLink(video,
					Fixtures.require("sleap/json_format_v1/centered_pair_low_quality.mp4").toAbsolutePath());
		}
		return labels;
	}

	/** Opens Run › Predict… and runs {@code action} on its wizard; returns once the dialog has closed. */
	private static void inWizard(Consumer<PredictWizard> action) throws Exception {
		inWizard(action, () -> {
			try {
				Gui.window().getService(IHandlerService.class).executeCommand(COMMAND, null);
			} catch (Exception e) {
				throw new AssertionError(e);
			}
		});
	}

	/** Runs {@code open}, which opens the wizard, and {@code action} on the wizard; returns once it has closed. */
	private static void inWizard(Consumer<PredictWizard> action, Runnable open) {
		Throwable[] failure = new Throwable[1];
		Gui.whenShellOpens(PredictWizard.TITLE, shell -> {
			try {
				action.accept((PredictWizard) ((WizardDialog) shell.getData()).getCurrentPage().getWizard());
			} catch (RuntimeException | AssertionError e) {
				failure[0] = e;
			} finally {
				if (!shell.isDisposed()) {
					shell.close();
				}
			}
		});
		open.run();
		Gui.settle();
		if (failure[0] instanceof AssertionError e) {
			throw e;
		}
		if (failure[0] instanceof RuntimeException e) {
			throw e;
		}
	}

	private static Shell shell(PredictWizard wizard) {
		return wizard.getContainer().getShell();
	}

	private static void screenshot(PredictWizard wizard, String name) {
		try {
			Gui.screenshot(shell(wizard), name);
		} catch (java.io.IOException e) {
			throw new AssertionError(e);
		}
	}

	private static IStatus waitFor(PredictJob job) {
		Gui.spinUntil(() -> job.getResult() != null, "the prediction job");
		Gui.settle();
		return job.getResult();
	}

	@Test
	void labelledFramesReproduceSleapsPredictionsAndOneUndoTakesThemBack() throws Exception {
		LabelsEditor editor = openLabels();
		Labels labels = editor.labels();
		Labels original = EcoreUtil.copy(labels);
		PredictJob[] job = new PredictJob[1];
		inWizard(wizard -> {
			Shell shell = shell(wizard);
			Gui.press(Gui.button(shell, PredictOn.LABELLED.label().replace("&", "")));
			assertTrue(wizard.framesPage().isPageComplete(), wizard.framesPage().getErrorMessage());
			screenshot(wizard, "predict-wizard-1-frames");
			Gui.press(Gui.button(shell, "Next >"));
			assertEquals(wizard.modelsPage(), wizard.getContainer().getCurrentPage());
			assertFalse(Gui.button(shell, "Finish").isEnabled(), "no model yet");
			wizard.modelsPage().addFolder(Fixtures.require(MODELS + "minimal_instance.UNet.centroid"));
			wizard.modelsPage().addFolder(Fixtures.require(MODELS + "minimal_instance.UNet.centered_instance"));
			Gui.settle();
			assertNull(wizard.modelsPage().getErrorMessage());
			assertTrue(Gui.button(shell, "Finish").isEnabled());
			screenshot(wizard, "predict-wizard-2-models");
			Gui.press(Gui.button(shell, "Finish"));
			job[0] = wizard.job();
		});
		assertNotNull(job[0], "Finish started a job");
		IStatus status = waitFor(job[0]);
		assertTrue(status.isOK(), status.getMessage());
		assertEquals(1, job[0].appliedFrames(), "the one labelled frame");

		LabeledFrame frame = labels.getLabeledFrames().get(0);
		List<Instance> predicted = frame.getInstances().stream().filter(PredictedInstance.class::isInstance).toList();
		Labels sleap = SlpReader.read(Fixtures.require(MODELS + "minimal_instance.UNet.centered_instance/labels_pr.train.slp"));
		List<Instance> expected = sleap.getLabeledFrames().get(0).getInstances();
		assertEquals(sleap.getLabeledFrames().get(0).getFrameIndex(), frame.getFrameIndex());
		assertEquals(expected.size(), predicted.size());
		double difference = meanPointDifference(expected, predicted);
		System.out.printf("PredictWizardTest: mean point difference to SLEAP's labels_pr.train.slp %.5f px%n", difference);
		assertTrue(difference <= 0.05, "mean point difference " + difference + " px");
		assertEquals(2, frame.getInstances().stream().filter(UserInstance.class::isInstance).count(), "user instances stay");
		assertTrue(editor.isDirty());
		editor.showFrame(frame.getFrameIndex());
		Gui.waitForFrame(editor, frame.getFrameIndex());
		Gui.spinUntil(() -> editor.shownInstances().size() == 4, "the predictions on the canvas");
		Gui.screenshot(Gui.window().getShell(), "predict-wizard-3-predicted");

		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL, 'z');
		Gui.spinUntil(() -> EcoreUtil.equals(original, labels), "Ctrl+Z to restore the labels");
		assertFalse(editor.isDirty());

		timePredictingTheCurrentFrame(editor);
		predictTheTimelinesRange(editor);
	}

	/** Shift+drag on the timeline selects frames; the wizard then offers them first and predicts exactly those. */
	private static void predictTheTimelinesRange(LabelsEditor editor) throws Exception {
		org.eclipse.swt.widgets.Canvas line = editor.timeline().control();
		int y = line.getSize().y / 2;
		Gui.modifier(SWT.SHIFT, true);
		Gui.drag(line, 1, editor.timeline().xOf(100), y, editor.timeline().xOf(110), y);
		Gui.modifier(SWT.SHIFT, false);
		int[] range = editor.timeline().selection();
		assertNotNull(range, "Shift+drag selected frames");
		assertTrue(range[0] > 1 && range[1] > range[0], range[0] + "-" + range[1]);
		PredictJob[] job = new PredictJob[1];
		inWizard(wizard -> {
			assertTrue(wizard.framesPage().isPageComplete(), wizard.framesPage().getErrorMessage());
			screenshot(wizard, "predict-wizard-7-range");
			Gui.press(Gui.button(shell(wizard), "Next >"));
			wizard.modelsPage().addFolder(Fixtures.require(MODELS + "minimal_instance.UNet.centroid"));
			wizard.modelsPage().addFolder(Fixtures.require(MODELS + "minimal_instance.UNet.centered_instance"));
			Gui.press(Gui.button(shell(wizard), "Next >"));
			TrackerForm form = wizard.trackingPage().form();
			assertEquals("none", form.trackerField().getText(), "no tracking unless asked");
			assertFalse(form.targetField().isEnabled(), "settings greyed out without a tracker");
			form.trackerField().select(form.trackerField().indexOf("simple"));
			form.trackerField().notifyListeners(SWT.Selection, new Event());
			assertTrue(form.targetField().isEnabled());
			form.targetField().setSelection(2);
			screenshot(wizard, "predict-wizard-8-tracking");
			Gui.press(Gui.button(shell(wizard), "Finish"));
			job[0] = wizard.job();
		});
		assertTrue(waitFor(job[0]).isOK());
		int frames = range[1] - range[0] + 1;
		assertEquals(frames, job[0].appliedFrames(), "the selected range, offered first");
		Gui.spinUntil(() -> editor.timeline().marks().predicted().length == frames + 1,
				"the range's predictions on the timeline beside frame 0's");
		TrackJob track = job[0].trackJob();
		assertNotNull(track, "the predictions are tracked afterwards");
		Gui.spinUntil(() -> track.getResult() != null, "the tracking job");
		Gui.settle();
		Set<Track> tracks = new HashSet<>();
		for (LabeledFrame frame : editor.labels().getLabeledFrames()) {
			if (frame.getFrameIndex() >= range[0] && frame.getFrameIndex() <= range[1]) {
				for (Instance instance : frame.getInstances()) {
					if (instance instanceof PredictedInstance) {
						assertNotNull(instance.getTrack(), "frame " + frame.getFrameIndex() + " has an untracked instance");
						tracks.add(instance.getTrack());
					}
				}
			}
		}
		assertEquals(2, tracks.size(), "two animals, two tracks over the range");
		assertEquals("Track", editor.getEditingDomain().getCommandStack().getUndoCommand().getLabel(),
				"tracking is the last edit, after the predictions");
	}

	/** Logs how long predicting the current frame takes once the models are loaded (not asserted: no timing tests). */
	private static void timePredictingTheCurrentFrame(LabelsEditor editor) throws Exception {
		editor.showFrame(0);
		Gui.waitForFrame(editor, 0);
		assertEquals(0, editor.timeline().marks().predicted().length);
		PredictJob[] job = new PredictJob[1];
		long[] finish = new long[1];
		inWizard(wizard -> {
			wizard.framesPage().choose(PredictOn.CURRENT_FRAME);
			Gui.press(Gui.button(shell(wizard), "Next >"));
			wizard.modelsPage().addFolder(Fixtures.require(MODELS + "minimal_instance.UNet.centroid"));
			wizard.modelsPage().addFolder(Fixtures.require(MODELS + "minimal_instance.UNet.centered_instance"));
			finish[0] = System.nanoTime();
			Gui.press(Gui.button(shell(wizard), "Finish"));
			job[0] = wizard.job();
		});
		assertNotNull(job[0]);
		Gui.spinUntil(() -> job[0].appliedFrames() >= 0 || job[0].getResult() != null && !job[0].getResult().isOK(),
				"the current frame's predictions");
		long applied = System.nanoTime();
		assertTrue(waitFor(job[0]).isOK());
		assertEquals(1, job[0].appliedFrames());
		Gui.spinUntil(() -> java.util.Arrays.equals(new int[] { 0 }, editor.timeline().marks().predicted()),
				"frame 0's predictions on the timeline");
		Gui.screenshot(Gui.window().getShell(), "predict-wizard-6-current-frame");
		System.out.printf("PredictWizardTest: predict current frame on loaded models: job %.0f ms, Finish to "
				+ "predictions in the editor %.0f ms%n", job[0].predictNanos() / 1e6, (applied - finish[0]) / 1e6);
	}

	/** Mean distance of each expected instance's points to those of the predicted instance of nearest centroid. */
	private static double meanPointDifference(List<Instance> expected, List<Instance> predicted) {
		double sum = 0;
		int count = 0;
		for (Instance e : expected) {
			Instance nearest = null;
			double best = Double.POSITIVE_INFINITY;
			for (Instance p : predicted) {
				double[] a = centroid(e);
				double[] b = centroid(p);
				double d = Math.hypot(a[0] - b[0], a[1] - b[1]);
				if (d < best) {
					best = d;
					nearest = p;
				}
			}
			for (int i = 0; i < e.getPoints().size(); i++) {
				if (e.getPoints().visible(i)) {
					assertTrue(nearest.getPoints().visible(i), "node " + i + " predicted");
					sum += Math.hypot(e.getPoints().x(i) - nearest.getPoints().x(i),
							e.getPoints().y(i) - nearest.getPoints().y(i));
					count++;
				}
			}
		}
		return sum / count;
	}

	private static double[] centroid(Instance instance) {
		double x = 0;
		double y = 0;
		int n = 0;
		for (int i = 0; i < instance.getPoints().size(); i++) {
			if (instance.getPoints().visible(i)) {
				x += instance.getPoints().x(i);
				y += instance.getPoints().y(i);
				n++;
			}
		}
		return new double[] { x / n, y / n };
	}

	@Test
	void badModelsAndValuesBlockFinishWithTheirMessage() throws Exception {
		LabelsEditor editor = openLabels();
		Labels original = EcoreUtil.copy(editor.labels());
		Path empty = Files.createDirectories(temp.resolve("not-a-model"));
		inWizard(wizard -> {
			Gui.press(Gui.button(shell(wizard), "Next >"));
			wizard.modelsPage().addFolder(empty);
			Gui.settle();
			String message = wizard.modelsPage().getErrorMessage();
			assertTrue(message != null && message.contains(empty.toString()) && message.contains("not a model folder"),
					message);
			assertFalse(Gui.button(shell(wizard), "Finish").isEnabled());
			screenshot(wizard, "predict-wizard-4-not-a-model");
		});
		Path robot = robotWithOtherNodes();
		PredictJob[] cancelled = new PredictJob[1];
		inWizard(wizard -> {
			Gui.press(Gui.button(shell(wizard), "Next >"));
			wizard.modelsPage().addFolder(robot);
			Gui.settle();
			String message = wizard.modelsPage().getErrorMessage();
			assertTrue(message != null && message.startsWith(robot.toString()) && message.contains("another skeleton"),
					message);
			assertFalse(Gui.button(shell(wizard), "Finish").isEnabled());
			screenshot(wizard, "predict-wizard-5-other-skeleton");
		});
		inWizard(wizard -> {
			Gui.press(Gui.button(shell(wizard), "Next >"));
			wizard.modelsPage().addFolder(Fixtures.require(MODELS + "minimal_instance.UNet.centroid"));
			Gui.settle();
			String message = wizard.modelsPage().getErrorMessage();
			assertTrue(message != null && message.contains("top-down prediction needs exactly one centroid and one "
					+ "centered_instance model"), message);
			wizard.modelsPage().addFolder(Fixtures.require(MODELS + "minimal_instance.UNet.centered_instance"));
			assertTrue(Gui.button(shell(wizard), "Finish").isEnabled());
			wizard.modelsPage().setSettings("high", null, null);
			assertEquals("Peak threshold 'high' is not a number from 0 to 1", wizard.modelsPage().getErrorMessage());
			assertFalse(Gui.button(shell(wizard), "Finish").isEnabled());
			wizard.modelsPage().setSettings("0.2", null, "0");
			assertTrue(wizard.modelsPage().getErrorMessage().startsWith("Batch size '0'"));
			assertFalse(Gui.button(shell(wizard), "Finish").isEnabled());
			wizard.modelsPage().setSettings(null, "2", "4");
			assertNull(wizard.modelsPage().getErrorMessage());
			wizard.framesPage().choose(PredictOn.CURRENT_VIDEO);
			Gui.press(Gui.button(shell(wizard), "Finish"));
			cancelled[0] = wizard.job();
		});
		assertNotNull(cancelled[0]);
		Gui.spinUntil(() -> cancelled[0].getState() == org.eclipse.core.runtime.jobs.Job.RUNNING, "the job to run");
		long shown = System.currentTimeMillis() + 4000;
		Gui.spinUntil(() -> System.currentTimeMillis() > shown || cancelled[0].getResult() != null, "a few batches");
		Gui.screenshotScreen("predict-wizard-8-progress");
		cancelled[0].cancel();
		assertEquals(IStatus.CANCEL, waitFor(cancelled[0]).getSeverity(), "all 1100 frames: cancelled before the end");
		assertEquals(-1, cancelled[0].appliedFrames());
		assertTrue(EcoreUtil.equals(original, editor.labels()), "the labels unchanged");
		assertFalse(editor.getEditingDomain().getCommandStack().canUndo());
	}

	/** @return SLEAP's robot single-instance model with its nodes renamed: weights fit, node names do not */
	private Path robotWithOtherNodes() throws Exception {
		Path robot = Fixtures.require(MODELS + "minimal_robot.UNet.single_instance");
		Path renamed = Files.createDirectories(temp.resolve("robot-head-tail"));
		Files.writeString(renamed.resolve("training_config.json"), Files.readString(robot.resolve("training_config.json"))
				.replace("\"A\"", "\"head\"").replace("\"B\"", "\"tail\""));
		Files.copy(robot.resolve("best_model.h5"), renamed.resolve("best_model.h5"));
		return renamed;
	}

	/** @return a run folder under the project's models/ folder holding a fixture model's files */
	private Path projectRun(String name, String fixture) throws Exception {
		Path run = Files.createDirectories(temp.resolve("models/" + name));
		for (String file : List.of("training_config.json", "best_model.h5")) {
			Files.createSymbolicLink(run.resolve(file), Fixtures.require(MODELS + fixture + "/" + file).toAbsolutePath());
		}
		return run;
	}

	@Test
	void aLabelsFileOpenInNoEditorIsPredictedIntoAndSavedWithTheProjectsModels() throws Exception {
		Path file = copyLabels();
		Path centroid = projectRun("flies/centroid", "minimal_instance.UNet.centroid");
		Path centred = projectRun("flies/centered_instance", "minimal_instance.UNet.centered_instance");
		Files.createDirectories(temp.resolve("models/empty-run"));
		PredictHandler handler = new PredictHandler();
		PredictJob[] job = new PredictJob[1];
		try {
			inWizard(wizard -> {
				assertTrue(wizard.framesPage().isPageComplete(), "all videos: " + wizard.framesPage().getErrorMessage());
				wizard.framesPage().choose(PredictOn.CURRENT_FRAME);
				assertTrue(wizard.framesPage().getErrorMessage().contains("open minimal_instance.slp"),
						wizard.framesPage().getErrorMessage());
				Gui.press(Gui.button(shell(wizard), PredictOn.LABELLED.label().replace("&", "")));
				Gui.press(Gui.button(shell(wizard), "Next >"));
				assertEquals(List.of(centred, centroid), wizard.modelsPage().listedFolders(), "the project's runs");
				assertEquals(List.of(), wizard.modelsPage().checkedFolders());
				assertFalse(Gui.button(shell(wizard), "Finish").isEnabled());
				wizard.modelsPage().addFolder(centroid);
				wizard.modelsPage().addFolder(centred);
				assertEquals(2, wizard.modelsPage().listedFolders().size(), "checked, not listed twice");
				Gui.press(Gui.button(shell(wizard), "Finish"));
				job[0] = wizard.job();
			}, () -> handler.openOnFile(Gui.window().getShell(), file));
			assertNotNull(job[0], "Finish started a job");
			IStatus status = waitFor(job[0]);
			assertTrue(status.isOK(), status.getMessage());
		} finally {
			handler.dispose();
		}
		LabeledFrame frame = SlpReader.read(file).getLabeledFrames().get(0);
		Labels sleap = SlpReader.read(Fixtures.require(MODELS + "minimal_instance.UNet.centered_instance/labels_pr.train.slp"));
		List<Instance> predicted = frame.getInstances().stream().filter(PredictedInstance.class::isInstance).toList();
		assertEquals(2, predicted.size(), "the saved file holds the predictions");
		assertEquals(2, frame.getInstances().size() - predicted.size(), "and its user instances");
		double difference = meanPointDifference(sleap.getLabeledFrames().get(0).getInstances(), predicted);
		assertTrue(difference <= 0.05, "mean point difference " + difference + " px");
	}

	@Test
	void aMissingVideoBlocksFinishWithItsName() throws Exception {
		Labels labels = SlpReader.read(Fixtures.require(MODELS + "minimal_instance.UNet.centroid/labels_gt.train.slp"));
		labels.getVideos().get(0).setFilename("/nonexistent/elsewhere/gone.mp4");
		Path file = temp.resolve("gone.slp");
		org.myrmex.io.LabelsFiles.save(labels, file, null);
		PredictHandler handler = new PredictHandler();
		try {
			inWizard(wizard -> {
				for (PredictOn on : List.of(PredictOn.ALL_VIDEOS, PredictOn.LABELLED, PredictOn.UNLABELLED)) {
					wizard.framesPage().choose(on);
					String message = wizard.framesPage().getErrorMessage();
					assertTrue(message != null && message.contains("gone.mp4 is missing"), on + ": " + message);
					assertFalse(Gui.button(shell(wizard), "Next >").isEnabled());
					assertFalse(Gui.button(shell(wizard), "Finish").isEnabled());
				}
			}, () -> handler.openOnFile(Gui.window().getShell(), file));
		} finally {
			handler.dispose();
		}
	}

	@Test
	void theRunMenuOffersPredict() {
		org.eclipse.swt.widgets.Menu bar = Gui.window().getShell().getMenuBar();
		List<String> labels = new ArrayList<>();
		for (org.eclipse.swt.widgets.MenuItem item : bar.getItems()) {
			if (item.getText().replace("&", "").equals("Run")) {
				item.getMenu().notifyListeners(SWT.Show, new org.eclipse.swt.widgets.Event());
				for (org.eclipse.swt.widgets.MenuItem entry : item.getMenu().getItems()) {
					labels.add(entry.getText().replace("&", ""));
				}
				item.getMenu().notifyListeners(SWT.Hide, new org.eclipse.swt.widgets.Event());
			}
		}
		assertTrue(labels.stream().anyMatch(label -> label.startsWith("Predict...")), labels.toString());
	}
}
