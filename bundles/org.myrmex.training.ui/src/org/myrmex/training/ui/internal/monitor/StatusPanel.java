// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.monitor;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.myrmex.nn.train.EpochSummary;
import org.myrmex.nn.train.TrainingPlan;
import org.myrmex.training.ui.internal.session.TrainingSession;

/** The Training Monitor's figures for one session: state, progress, speed, time left, best loss, device, error. */
public final class StatusPanel extends Composite {
	private final Label state;
	private final Label progress;
	private final Label speed;
	private final Label eta;
	private final Label best;
	private final Label device;
	private final Label error;
	private boolean grew;

	StatusPanel(Composite parent) {
		super(parent, SWT.NONE);
		GridLayout layout = new GridLayout(6, false);
		layout.marginWidth = 0;
		layout.marginHeight = 0;
		layout.horizontalSpacing = 6;
		setLayout(layout);
		state = pair("State:");
		progress = pair("Progress:");
		speed = pair("Images/s:");
		device = pair("Device:");
		eta = pair("Time left:");
		best = pair("Best validation loss:");
		error = new Label(this, SWT.WRAP);
		error.setForeground(getDisplay().getSystemColor(SWT.COLOR_RED));
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, 6, 1);
		data.exclude = true;
		error.setLayoutData(data);
		error.setVisible(false);
	}

	private Label pair(String name) {
		new Label(this, SWT.NONE).setText(name);
		Label value = new Label(this, SWT.NONE);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
		data.horizontalIndent = 0;
		value.setLayoutData(data);
		return value;
	}

	/** Shows {@code session} (null: none) whose run's epochs so far are {@code epochs}. */
	void show(TrainingSession session, List<EpochSummary> epochs) {
		TrainingPlan plan = session == null ? null : session.plan();
		set(state, session == null ? "no training yet (Run › Train Model...)" : SessionText.state(session));
		set(progress, session == null ? "—" : SessionText.progress(session));
		double rate = session == null ? 0 : session.imagesPerSecond();
		set(speed, rate > 0 ? String.format(Locale.ROOT, "%.1f", rate) : "—");
		boolean active = session != null && (session.state() == TrainingSession.State.RUNNING
				|| session.state() == TrainingSession.State.STOPPING);
		set(eta, active ? SessionText.duration(session.etaNanos()) : "—");
		set(best, bestLoss(epochs));
		set(device, plan == null ? "—" : plan.device());
		String message = session == null ? null : session.message();
		boolean failed = message != null && !message.isBlank();
		set(error, failed ? message : "");
		if (error.getVisible() != failed) {
			error.setVisible(failed);
			((GridData) error.getLayoutData()).exclude = !failed;
			getParent().layout(true, true);
		} else if (grew) {
			layout(true);
		}
		grew = false;
	}

	private static String bestLoss(List<EpochSummary> epochs) {
		EpochSummary best = null;
		for (EpochSummary e : epochs) {
			if (e.best()) {
				best = e;
			}
		}
		if (best == null) {
			return "—";
		}
		double loss = Double.isNaN(best.validationLoss()) ? best.loss() : best.validationLoss();
		return SessionText.loss(loss) + " (epoch " + best.epoch() + ")";
	}

	private void set(Label label, String text) {
		String old = label.getText();
		if (!old.equals(text)) {
			grew |= text.length() > old.length();
			label.setText(text);
		}
	}

	/** @return the texts shown: state, progress, images/s, device, time left, best loss, error (for tests) */
	public List<String> texts() {
		return List.of(state.getText(), progress.getText(), speed.getText(), device.getText(), eta.getText(),
				best.getText(), error.getText());
	}
}
