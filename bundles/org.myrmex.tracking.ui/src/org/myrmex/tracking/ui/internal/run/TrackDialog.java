// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.ui.internal.run;


import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.myrmex.tracking.TrackerOptions;

/** The tracker settings of Run › Track…, with SLEAP's defaults; {@link #options()} after OK. */
public final class TrackDialog extends TitleAreaDialog {
	public static final String TITLE = "Track";

	private final String file;
	private TrackerForm form;
	private TrackerOptions options;

	public TrackDialog(Shell parent, String file) {
		super(parent);
		this.file = file;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Track the predicted instances of " + file);
		setMessage("Their tracks are replaced in one edit (Ctrl+Z undoes it); user instances keep theirs.");
		form = new TrackerForm(area, false);
		return area;
	}

	/** @return the target-instances field (for tests) */
	public Spinner targetField() {
		return form.targetField();
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == IDialogConstants.OK_ID) {
			options = form.options();
		}
		super.buttonPressed(id);
	}

	/** @return the settings chosen, or null when cancelled */
	public TrackerOptions options() {
		return options;
	}
}
