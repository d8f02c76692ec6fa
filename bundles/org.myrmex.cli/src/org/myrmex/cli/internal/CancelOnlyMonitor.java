// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;

/**
 * Passes cancellation through to the console's monitor and draws nothing: for commands whose own console line
 * shows the progress.
 */
class CancelOnlyMonitor extends NullProgressMonitor {
	/** The console's monitor. */
	protected final IProgressMonitor monitor;

	/** @param monitor the console's monitor, cancelled by Ctrl-C */
	CancelOnlyMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public boolean isCanceled() {
		return monitor.isCanceled();
	}

	@Override
	public void setCanceled(boolean cancelled) {
		monitor.setCanceled(cancelled);
	}
}
