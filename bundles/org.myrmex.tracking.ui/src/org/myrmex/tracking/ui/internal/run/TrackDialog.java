// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.ui.internal.run;

import java.util.Arrays;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.myrmex.tracking.Matching;
import org.myrmex.tracking.Similarity;
import org.myrmex.tracking.TrackerKind;
import org.myrmex.tracking.TrackerOptions;

/** The tracker settings of Run › Track…, with SLEAP's defaults; {@link #options()} after OK. */
public final class TrackDialog extends TitleAreaDialog {
	public static final String TITLE = "Track";

	private final String file;
	private Combo tracker;
	private Combo similarity;
	private Combo match;
	private Spinner window;
	private Spinner maxTracks;
	private Spinner target;
	private Spinner cullIou;
	private Button connect;
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
		Composite form = new Composite(area, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TrackerOptions d = TrackerOptions.defaults();
		tracker = combo(form, "Tracker:", new String[] { TrackerKind.SIMPLE.id(), TrackerKind.FLOW.id() }, d.tracker().id());
		similarity = combo(form, "Similarity:", Arrays.stream(Similarity.values()).map(Similarity::id).toArray(String[]::new),
				d.similarity().id());
		match = combo(form, "Matching:", Arrays.stream(Matching.values()).map(Matching::id).toArray(String[]::new),
				d.match().id());
		window = spinner(form, "Track window (frames):", 1, 1000, d.trackWindow(), 0);
		maxTracks = spinner(form, "Max tracks (0: no limit):", 0, 1000, d.maxTracks(), 0);
		target = spinner(form, "Target instances per frame (0: any):", 0, 1000, d.targetInstances(), 0);
		cullIou = spinner(form, "Cull IoU threshold:", 0, 100, (int) Math.round(d.cullIouThreshold() * 100), 2);
		new Label(form, SWT.NONE);
		connect = new Button(form, SWT.CHECK);
		connect.setText("Connect single track breaks (with a target count)");
		connect.setSelection(d.connectBreaks());
		return area;
	}

	private static Combo combo(Composite form, String label, String[] items, String selected) {
		new Label(form, SWT.NONE).setText(label);
		Combo combo = new Combo(form, SWT.READ_ONLY);
		combo.setItems(items);
		combo.select(Math.max(0, Arrays.asList(items).indexOf(selected)));
		return combo;
	}

	private static Spinner spinner(Composite form, String label, int min, int max, int value, int digits) {
		new Label(form, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(form, SWT.BORDER);
		spinner.setValues(value, min, max, digits, 1, 10);
		spinner.setLayoutData(new GridData(80, SWT.DEFAULT));
		return spinner;
	}

	/** @return the target-instances field (for tests) */
	public Spinner targetField() {
		return target;
	}

	@Override
	protected void buttonPressed(int id) {
		if (id == IDialogConstants.OK_ID) {
			int targetCount = target.getSelection();
			options = TrackerOptions.defaults().withTracker(TrackerKind.of(tracker.getText()))
					.withSimilarity(Similarity.of(similarity.getText()))
					.withMatch(Matching.of(match.getText())).withTrackWindow(window.getSelection())
					.withMaxTracks(maxTracks.getSelection())
					.withTargetInstances(targetCount, targetCount > 0, cullIou.getSelection() / 100.0)
					.withConnectBreaks(connect.getSelection());
		}
		super.buttonPressed(id);
	}

	/** @return the settings chosen, or null when cancelled */
	public TrackerOptions options() {
		return options;
	}
}
