// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.monitor;

import java.io.IOException;
import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;
import org.myrmex.nn.train.TrainingOptions;
import org.myrmex.training.ui.internal.session.TrainingSession;
import org.myrmex.training.ui.internal.session.TrainingSessions;
import org.myrmex.ui.internal.widgets.VariantHandler;

/**
 * The Training Monitor's toolbar commands on the session it shows: {@code stop} (finish the current step, keep the
 * resumable checkpoint; enabled while the session waits or runs) and {@code resume} (a new session on the same run
 * folder from its latest checkpoint; enabled for a stopped or failed session whose folder nothing else trains). The
 * variant is the text after the colon of the class name in {@code plugin.xml}.
 */
public final class MonitorHandler extends VariantHandler {
	/** The commands. */
	public static final String STOP = "org.myrmex.training.ui.commands.monitor.stop";
	public static final String RESUME = "org.myrmex.training.ui.commands.monitor.resume";
	/** The title of the message a resume that cannot start shows. */
	public static final String RESUME_TITLE = "Resume Training";

	@Override
	public void setEnabled(Object evaluationContext) {
		IWorkbenchWindow window = window(evaluationContext);
		TrainingSession session = window != null ? session(window) : null;
		setBaseEnabled(session != null && (variant().equals("stop") ? canStop(session) : canResume(session)));
	}

	/** @return whether Stop applies to {@code session} */
	static boolean canStop(TrainingSession session) {
		return session.state() == TrainingSession.State.WAITING || session.state() == TrainingSession.State.RUNNING;
	}

	/** @return whether Resume applies to {@code session} */
	static boolean canResume(TrainingSession session) {
		TrainingSession.State state = session.state();
		return (state == TrainingSession.State.STOPPED || state == TrainingSession.State.FAILED)
				&& SessionText.folder(session) != null
				&& TrainingSessions.get().active(SessionText.folder(session)).isEmpty();
	}

	private static TrainingSession session(IWorkbenchWindow window) {
		IWorkbenchPage page = window.getActivePage();
		return page != null && page.findView(TrainingMonitorView.ID) instanceof TrainingMonitorView view
				? view.session()
				: null;
	}

	@Override
	public Object execute(ExecutionEvent event) {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
		TrainingSession session = window == null ? null : session(window);
		if (session == null) {
			return null;
		}
		if (variant().equals("stop") && canStop(session)) {
			session.stop();
		} else if (variant().equals("resume") && canResume(session)) {
			try {
				TrainingOptions options = ResumeOptions.of(session);
				TrainingSessions.get().start(List.of(new TrainingSession(session.name(), options)));
			} catch (IOException e) {
				MessageDialog.openError(window.getShell(), RESUME_TITLE, e.getMessage());
			}
		}
		return null;
	}
}
