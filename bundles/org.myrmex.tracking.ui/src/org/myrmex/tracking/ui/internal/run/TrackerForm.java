// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.ui.internal.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.myrmex.tracking.Matching;
import org.myrmex.tracking.Similarity;
import org.myrmex.tracking.TrackerKind;
import org.myrmex.tracking.TrackerOptions;

/**
 * SLEAP's tracker settings with its defaults, as a form: for Run › Track… and the Predict wizard's Tracking page
 * (which also offers no tracking, its default).
 */
public final class TrackerForm {
	private final Composite form;
	private final Combo tracker;
	private final Combo similarity;
	private final Combo match;
	private final Spinner window;
	private final Spinner maxTracks;
	private final Spinner target;
	private final Spinner cullIou;
	private final Button connect;

	/**
	 * @param parent    where the form goes (a new composite filling it)
	 * @param offerNone whether "none" (no tracking) is a choice, and the first one
	 */
	public TrackerForm(Composite parent, boolean offerNone) {
		form = new Composite(parent, SWT.NONE);
		form.setLayout(new GridLayout(2, false));
		form.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		TrackerOptions d = TrackerOptions.defaults();
		List<String> kinds = new ArrayList<>();
		if (offerNone) {
			kinds.add(TrackerKind.NONE.id());
		}
		kinds.add(TrackerKind.SIMPLE.id());
		kinds.add(TrackerKind.FLOW.id());
		tracker = combo("Tracker:", kinds.toArray(String[]::new), offerNone ? TrackerKind.NONE.id() : d.tracker().id());
		similarity = combo("Similarity:", Arrays.stream(Similarity.values()).map(Similarity::id).toArray(String[]::new),
				d.similarity().id());
		match = combo("Matching:", Arrays.stream(Matching.values()).map(Matching::id).toArray(String[]::new),
				d.match().id());
		window = spinner("Track window (frames):", 1, 1000, d.trackWindow(), 0);
		maxTracks = spinner("Max tracks (0: no limit):", 0, 1000, d.maxTracks(), 0);
		target = spinner("Target instances per frame (0: any):", 0, 1000, d.targetInstances(), 0);
		cullIou = spinner("Cull IoU threshold:", 0, 100, (int) Math.round(d.cullIouThreshold() * 100), 2);
		new Label(form, SWT.NONE);
		connect = new Button(form, SWT.CHECK);
		connect.setText("Connect single track breaks (with a target count)");
		connect.setSelection(d.connectBreaks());
		tracker.addListener(SWT.Selection, e -> enable());
		enable();
	}

	private Combo combo(String label, String[] items, String selected) {
		new Label(form, SWT.NONE).setText(label);
		Combo combo = new Combo(form, SWT.READ_ONLY);
		combo.setItems(items);
		combo.select(Math.max(0, Arrays.asList(items).indexOf(selected)));
		return combo;
	}

	private Spinner spinner(String label, int min, int max, int value, int digits) {
		new Label(form, SWT.NONE).setText(label);
		Spinner spinner = new Spinner(form, SWT.BORDER);
		spinner.setValues(value, min, max, digits, 1, 10);
		spinner.setLayoutData(new GridData(80, SWT.DEFAULT));
		return spinner;
	}

	/** The settings are greyed out while no tracker is chosen. */
	private void enable() {
		boolean tracking = !TrackerKind.NONE.id().equals(tracker.getText());
		for (Control control : new Control[] { similarity, match, window, maxTracks, target, cullIou, connect }) {
			control.setEnabled(tracking);
		}
	}

	/** @return the form's composite */
	public Composite control() {
		return form;
	}

	/** @return the tracker field */
	public Combo trackerField() {
		return tracker;
	}

	/** @return the target-instances field */
	public Spinner targetField() {
		return target;
	}

	/** @return the settings chosen, or null when the tracker is "none" */
	public TrackerOptions options() {
		TrackerKind kind = TrackerKind.of(tracker.getText());
		if (kind == TrackerKind.NONE) {
			return null;
		}
		int targetCount = target.getSelection();
		return TrackerOptions.defaults().withTracker(kind).withSimilarity(Similarity.of(similarity.getText()))
				.withMatch(Matching.of(match.getText())).withTrackWindow(window.getSelection())
				.withMaxTracks(maxTracks.getSelection())
				.withTargetInstances(targetCount, targetCount > 0, cullIou.getSelection() / 100.0)
				.withConnectBreaks(connect.getSelection());
	}
}
