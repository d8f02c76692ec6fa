// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.preprocess;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.DialogSettings;
import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.FrameworkUtil;
import org.myrmex.video.preprocess.PreprocessOptions;
import org.myrmex.video.preprocess.PreprocessResult;

/**
 * Pre-process Videos: the seed's FFmpeg notebook as a wizard. Finish starts a {@link PreprocessJob}; the wizard
 * closes at once and the job shows its progress (and can be cancelled) in the workbench.
 */
public class PreprocessWizard extends Wizard {
	private static final String SETTINGS = "PreprocessWizard";
	private final InputsPage inputs = new InputsPage();
	private final EncodingPage encoding = new EncodingPage();
	private final Consumer<List<PreprocessResult>> done;
	private PreprocessJob job;

	/** A wizard that reports the written videos in a dialog. */
	public PreprocessWizard() {
		this(PreprocessWizard::report);
	}

	/** @param done told the results when every video is written (on the job's thread) */
	public PreprocessWizard(Consumer<List<PreprocessResult>> done) {
		this.done = done;
		setWindowTitle("Pre-process Videos");
		if (PlatformUI.isWorkbenchRunning()) {
			IDialogSettings all = PlatformUI.getDialogSettingsProvider(FrameworkUtil.getBundle(PreprocessWizard.class))
					.getDialogSettings();
			setDialogSettings(DialogSettings.getOrCreateSection(all, SETTINGS));
		}
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		addPage(inputs);
		addPage(encoding);
	}

	public InputsPage inputsPage() {
		return inputs;
	}

	public EncodingPage encodingPage() {
		return encoding;
	}

	/** @return the job Finish started, or {@code null} */
	public PreprocessJob job() {
		return job;
	}

	/**
	 * @return the options the fields give now
	 * @throws IllegalArgumentException naming the field and value that are not right
	 */
	public PreprocessOptions options() {
		return encoding.options(inputs.suffix());
	}

	@Override
	public boolean canFinish() {
		return inputs.isPageComplete() && encoding.isPageComplete();
	}

	@Override
	public boolean performFinish() {
		PreprocessOptions options;
		try {
			options = options();
		} catch (IllegalArgumentException e) {
			encoding.setErrorMessage(e.getMessage());
			return false;
		}
		inputs.save();
		encoding.save();
		job = new PreprocessJob(inputs.inputs(), inputs.outputFolder(), options, done);
		job.schedule();
		return true;
	}

	private static void report(List<PreprocessResult> results) {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			Shell shell = display.getActiveShell();
			Path folder = results.get(0).output().getParent();
			String names = results.stream().map(r -> r.output().getFileName() + " (" + r.frames() + " frames, "
					+ r.width() + "x" + r.height() + ")").collect(Collectors.joining("\n"));
			MessageDialog.openInformation(shell, "Videos pre-processed", results.size()
					+ (results.size() == 1 ? " video" : " videos") + " written to " + folder + ":\n\n" + names);
		});
	}
}
