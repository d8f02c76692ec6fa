// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.ui.internal.preprocess.EncodingPage.Seeking;
import org.myrmex.ui.internal.preprocess.PreprocessJob;
import org.myrmex.ui.internal.preprocess.PreprocessWizard;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;
import org.myrmex.video.preprocess.PreprocessOptions;
import org.myrmex.video.preprocess.PreprocessResult;

/** File › Pre-process Videos…: the wizard's fields become the pre-processing options, and Finish runs the job. */
class PreprocessWizardTest {
	private final List<PreprocessResult> written = new ArrayList<>();

	@TempDir
	Path out;

	private static Path fixture(String relative) {
		return Fixtures.require(relative);
	}

	private PreprocessWizard wizard() {
		PreprocessWizard wizard = new PreprocessWizard(results -> {
			synchronized (written) {
				written.addAll(results);
			}
		});
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		return wizard;
	}

	/** Closes the wizard and any dialog the workbench opened to report a failed job. */
	@AfterEach
	void closeDialogs() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// let queued reports open first
		}
		for (Shell shell : display.getShells()) {
			if (!shell.isDisposed() && shell.getParent() != null) { // dialogs, not workbench windows
				shell.close();
			}
		}
		while (display.readAndDispatch()) {
			// let them close
		}
	}

	private static IStatus finish(PreprocessJob job) throws InterruptedException {
		Display display = Display.getCurrent();
		while (job.getResult() == null) {
			if (!display.readAndDispatch()) {
				job.join(50, null);
			}
		}
		return job.getResult();
	}

	@Test
	void cropsGreysAndMakesEveryFrameAKeyFrame() throws Exception {
		Path video = fixture("sleap/videos/centered_pair_small.mp4");
		PreprocessWizard wizard = wizard();
		assertFalse(wizard.canFinish(), "no video chosen yet");
		wizard.inputsPage().addInputs(List.of(video));
		wizard.inputsPage().setOutputFolder(out);
		wizard.encodingPage().setCrop("100,60,128,96");
		wizard.encodingPage().setGrey(true);
		wizard.encodingPage().setSeeking(Seeking.ALL_INTRA, 1);
		assertTrue(wizard.canFinish());

		assertTrue(wizard.performFinish());
		IStatus status = finish(wizard.job());
		assertTrue(status.isOK(), status.getMessage());
		assertEquals(1, written.size());
		Path output = out.resolve("centered_pair_small_preprocessed.mp4");
		assertEquals(output, written.get(0).output());
		try (VideoSource result = Videos.open(output)) {
			assertEquals(1100, result.frameCount(), "every frame kept");
			assertEquals(128, result.width());
			assertEquals(96, result.height());
			assertEquals(1, result.channels());
		}
		assertTrue(Files.exists(video), "the input is untouched");
	}

	@Test
	void theNextRunStartsFromTheLastRunsEncoderSettings() throws Exception {
		PreprocessWizard first = wizard();
		first.inputsPage().addInputs(List.of(fixture("sleap/videos/centered_pair_small.mp4")));
		first.inputsPage().setOutputFolder(out);
		first.inputsPage().setSuffix("_gop");
		first.encodingPage().setCrop("0,0,64,64");
		first.encodingPage().setCrf(18);
		first.encodingPage().setGrey(true);
		first.encodingPage().setSeeking(Seeking.SHORT_GOP, 1);
		assertTrue(first.performFinish());
		assertTrue(finish(first.job()).isOK());
		closeDialogs();

		PreprocessOptions next = wizard().options();
		assertEquals(18, next.crf());
		assertTrue(next.grayscale());
		assertEquals(PreprocessOptions.SHORT_GOP, next.keyframeInterval());
		assertEquals("_gop", next.suffix());
		assertNull(next.crop(), "a crop box suits one video only and is not carried over");
	}

	@Test
	void badFieldsSayWhatIsWrongAndBlockFinish() throws Exception {
		PreprocessWizard wizard = wizard();
		wizard.inputsPage().addInputs(List.of(fixture("sleap/videos/centered_pair_small.mp4")));
		wizard.inputsPage().setOutputFolder(out);
		assertTrue(wizard.canFinish());

		wizard.encodingPage().setCrop("10,20,30");
		assertFalse(wizard.canFinish());
		assertTrue(wizard.encodingPage().getErrorMessage().contains("x,y,width,height"),
				wizard.encodingPage().getErrorMessage());
		wizard.encodingPage().setCrop("");
		wizard.encodingPage().setScale("big");
		assertTrue(wizard.encodingPage().getErrorMessage().contains("'big'"), wizard.encodingPage().getErrorMessage());
		wizard.encodingPage().setScale("0.5");
		assertNull(wizard.encodingPage().getErrorMessage());
		assertTrue(wizard.canFinish());

		wizard.inputsPage().setOutputFolder(Path.of("relative", "out"));
		assertFalse(wizard.canFinish());
		assertTrue(wizard.inputsPage().getErrorMessage().contains("full path"), wizard.inputsPage().getErrorMessage());

		Path folder = fixture("sleap/videos");
		wizard.inputsPage().setOutputFolder(folder);
		wizard.inputsPage().setSuffix("");
		assertFalse(wizard.canFinish(), "no suffix beside the input would replace it");
		assertTrue(wizard.inputsPage().getErrorMessage().contains("replace their inputs"),
				wizard.inputsPage().getErrorMessage());

		wizard.inputsPage().setSuffix("_small");
		wizard.inputsPage().addInputs(List.of(out.resolve("missing.mp4")));
		assertFalse(wizard.canFinish());
		assertTrue(wizard.inputsPage().getErrorMessage().contains("missing.mp4 does not exist"),
				wizard.inputsPage().getErrorMessage());
	}

	@Test
	void aVideoThatIsNotOneEndsTheJobWithAnErrorNamingIt() throws Exception {
		Path text = Files.writeString(out.resolve("notes.mp4"), "not a video");
		PreprocessWizard wizard = wizard();
		wizard.inputsPage().addInputs(List.of(text));
		wizard.inputsPage().setOutputFolder(out.resolve("outputs"));
		assertTrue(wizard.performFinish());
		IStatus status = finish(wizard.job());
		assertEquals(IStatus.ERROR, status.getSeverity());
		assertTrue(status.getMessage().contains("notes.mp4"), status.getMessage());
		assertTrue(written.isEmpty());
		assertFalse(Files.exists(out.resolve("outputs/notes_preprocessed.mp4")), "no half-written output");
	}

	@Test
	void theFileMenuOffersTheWizard() {
		Menu bar = PlatformUI.getWorkbench().getWorkbenchWindows()[0].getShell().getMenuBar();
		Menu file = null;
		for (MenuItem item : bar.getItems()) {
			if (item.getText().replace("&", "").equals("File")) {
				file = item.getMenu();
			}
		}
		assertNotNull(file, "a File menu");
		file.notifyListeners(SWT.Show, new Event()); // JFace fills menus when they are shown
		List<String> labels = new ArrayList<>();
		for (MenuItem item : file.getItems()) {
			labels.add(item.getText().replace("&", ""));
		}
		file.notifyListeners(SWT.Hide, new Event());
		assertTrue(labels.stream().anyMatch(label -> label.startsWith("Pre-process Videos...")), labels.toString());
	}
}
