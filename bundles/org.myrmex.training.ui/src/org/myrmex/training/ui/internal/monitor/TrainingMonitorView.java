// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.part.ViewPart;
import org.jfree.data.xy.XYSeries;
import org.myrmex.nn.train.EpochSummary;
import org.myrmex.nn.train.SamplePrediction;
import org.myrmex.training.ui.internal.session.TrainingSession;
import org.myrmex.training.ui.internal.session.TrainingSessions;

/**
 * The Training Monitor: the workbench's training sessions in a list (the newest one followed), and for the one chosen
 * its state, progress, speed, time left, best validation loss and device, its loss curves and learning rate
 * ({@link LossChart}), and the latest sample prediction ({@link SampleImage}). Sessions report on the training thread;
 * the view coalesces their reports into at most one refresh every {@value #REFRESH_MS} ms on the UI thread.
 */
public final class TrainingMonitorView extends ViewPart {
	/** The view's id in {@code plugin.xml}. */
	public static final String ID = "org.myrmex.training.ui.views.monitor";
	static final int REFRESH_MS = 200;
	private final Consumer<TrainingSession> added = this::sessionAdded;
	private final Consumer<TrainingSession> changed = s -> changed();
	private final AtomicBoolean pending = new AtomicBoolean();
	private final List<TrainingSession> sessions = new ArrayList<>();
	private final LossChart lossChart = new LossChart();
	private Display display;
	private Combo combo;
	private StatusPanel status;
	private SampleCanvas sampleCanvas;
	private TrainingSession shown;
	private TrainingSession.State shownState;
	private int shownEpochs = -1;
	private int shownLastEpoch;
	private SamplePrediction shownSample;
	private boolean follow = true;

	@Override
	public void createPartControl(Composite parent) {
		display = parent.getDisplay();
		parent.setLayout(new GridLayout(1, false));
		combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		combo.addListener(SWT.Selection, e -> {
			int i = combo.getSelectionIndex();
			follow = i == sessions.size() - 1;
			refresh();
		});
		status = new StatusPanel(parent);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new ChartCanvas(sash, lossChart.chart());
		sampleCanvas = new SampleCanvas(sash);
		sash.setWeights(62, 38);
		TrainingSessions.get().addListener(added);
		for (TrainingSession session : TrainingSessions.get().all()) {
			sessions.add(session);
			session.addListener(changed);
		}
		refresh();
	}

	@Override
	public void setFocus() {
		combo.setFocus();
	}

	@Override
	public void dispose() {
		TrainingSessions.get().removeListener(added);
		sessions.forEach(s -> s.removeListener(changed));
		super.dispose();
	}

	/** @return the session shown, or null */
	public TrainingSession session() {
		return shown;
	}

	/** @return the loss curves shown (for tests) */
	public List<XYSeries> lossSeries() {
		return lossChart.lossSeries();
	}

	/** @return the learning rate curve shown (for tests) */
	public XYSeries rateSeries() {
		return lossChart.rateSeries();
	}

	/** @return the epoch marked best, 0 when none (for tests) */
	public int bestEpoch() {
		return lossChart.bestEpoch();
	}

	/** @return the sample prediction shown, or null (for tests) */
	public SampleImage sample() {
		return sampleCanvas.sample();
	}

	/** @return the session list (for tests) */
	public Combo sessionList() {
		return combo;
	}

	/** @return the status labels (for tests) */
	public StatusPanel status() {
		return status;
	}

	/** Called on the thread that adds the session: listen to it, follow it. */
	private void sessionAdded(TrainingSession session) {
		session.addListener(changed);
		if (display.isDisposed()) {
			return;
		}
		display.asyncExec(() -> {
			if (combo.isDisposed()) {
				session.removeListener(changed);
				return;
			}
			if (!sessions.contains(session)) {
				sessions.add(session);
			}
			follow = true;
			refresh();
		});
	}

	/** Called on the training thread after every step: at most one refresh pending. */
	private void changed() {
		if (pending.compareAndSet(false, true) && !display.isDisposed()) {
			display.asyncExec(() -> {
				if (!combo.isDisposed()) {
					display.timerExec(REFRESH_MS, this::refresh);
				}
			});
		}
	}

	private void refresh() {
		pending.set(false);
		if (combo.isDisposed()) {
			return;
		}
		for (int i = 0; i < sessions.size(); i++) {
			String text = SessionText.entry(sessions.get(i));
			if (i >= combo.getItemCount()) {
				combo.add(text);
			} else if (!combo.getItem(i).equals(text)) {
				combo.setItem(i, text);
			}
		}
		TrainingSession session = choose();
		if (session != null && combo.getSelectionIndex() != sessions.indexOf(session)) {
			combo.select(sessions.indexOf(session));
		}
		List<EpochSummary> history = session == null ? List.of() : SessionText.history(session, sessions);
		status.show(session, history);
		showCurves(session, history);
		showSample(session);
		if (session != shown || session != null && session.state() != shownState) {
			shown = session;
			shownState = session == null ? null : session.state();
			IEventBroker broker = getSite().getService(IEventBroker.class);
			if (broker != null) {
				broker.send(UIEvents.REQUEST_ENABLEMENT_UPDATE_TOPIC, UIEvents.ALL_ELEMENT_ID);
			}
		}
	}

	/** The session to show: the one chosen, or while following, the newest running (else the newest). */
	private TrainingSession choose() {
		if (sessions.isEmpty()) {
			return null;
		}
		if (!follow && combo.getSelectionIndex() >= 0) {
			return sessions.get(combo.getSelectionIndex());
		}
		for (int i = sessions.size() - 1; i >= 0; i--) {
			TrainingSession s = sessions.get(i);
			if (s.state() == TrainingSession.State.RUNNING || s.state() == TrainingSession.State.STOPPING) {
				return s;
			}
		}
		return sessions.get(sessions.size() - 1);
	}

	private void showCurves(TrainingSession session, List<EpochSummary> history) {
		int last = session == null || session.plan() == null ? 1 : session.plan().epochs();
		if (session == shown && history.size() == shownEpochs && last == shownLastEpoch) {
			return;
		}
		shownEpochs = history.size();
		shownLastEpoch = last;
		lossChart.show(history, last);
	}

	private void showSample(TrainingSession session) {
		SamplePrediction sample = session == null ? null : session.sample();
		if (sample != shownSample) {
			shownSample = sample;
			sampleCanvas.show(sample == null ? null : SampleImage.of(sample));
		}
	}
}
