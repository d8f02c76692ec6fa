// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.predict;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.myrmex.tracking.TrackerOptions;
import org.myrmex.tracking.ui.internal.run.TrackerForm;

/**
 * The Predict wizard's last page: link the predicted instances over time into tracks once they are in the labels
 * (Run › Track…'s settings, SLEAP's tracker), or leave them untracked (the default).
 */
public final class TrackingPage extends WizardPage {
	private TrackerForm form;

	TrackingPage() {
		super("tracking");
		setTitle("Tracking");
		setDescription("Track the predicted instances after prediction (a second edit, undone on its own), or not.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		form = new TrackerForm(page, true);
		setControl(page);
	}

	/** @return the form, or null before the page was shown */
	public TrackerForm form() {
		return form;
	}

	/** @return the tracker settings, or null for no tracking (also when the page was never shown) */
	TrackerOptions options() {
		return form == null ? null : form.options();
	}
}
