// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.merge;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IWorkbenchWindow;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * File › Merge Labels…: merges labels files into a copy of the active editor's labels (the base) with
 * {@code myrmex merge}'s {@code LabelsMerger}, each conflict between user instances of one frame resolved as the
 * person chooses. Finish writes the result atomically where the page says (by default beside the base) in a
 * {@link MergeJob}, which then opens it in an editor; nothing is written before.
 */
public final class MergeWizard extends Wizard {
	/** The title of the question asked before a file is replaced. */
	public static final String OVERWRITE = "Replace File?";
	private final LabelsEditor editor;
	private final IWorkbenchWindow window;
	private final MergeInputs inputs;
	private final MergePage page;
	private MergeJob job;

	public MergeWizard(LabelsEditor editor, IWorkbenchWindow window) {
		this.editor = editor;
		this.window = window;
		this.inputs = new MergeInputs(editor.labels(), editor.file());
		this.page = new MergePage(inputs);
		setWindowTitle("Merge Labels");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	public MergePage page() {
		return page;
	}

	/** @return the job Finish started, or {@code null} */
	public MergeJob job() {
		return job;
	}

	@Override
	public boolean performFinish() {
		Path target = page.target();
		if (target == null) {
			return false;
		}
		if (Files.exists(target) && !MessageDialog.openQuestion(getShell(), OVERWRITE,
				target + " exists already.\n\nReplace it with the merged labels?")) {
			return false;
		}
		job = new MergeJob(inputs, EcoreUtil.copy(editor.labels()), target, window);
		job.schedule();
		return true;
	}
}
