// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli;

import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.myrmex.cli.internal.ConsoleProgressMonitor;

/** The headless {@code org.myrmex.cli.app} application: {@code myrmex COMMAND ARGS…}. Ctrl-C cancels. */
public class CommandLineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		ConsoleProgressMonitor monitor = new ConsoleProgressMonitor(System.err);
		Thread cancelOnInterrupt = new Thread(monitor::cancelAndWait, "myrmex-cancel");
		Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
		try {
			int code = CommandLine.standard().run(args == null ? List.of() : List.of(args), System.out, System.err, monitor);
			return Integer.valueOf(code);
		} finally {
			monitor.done();
			try {
				Runtime.getRuntime().removeShutdownHook(cancelOnInterrupt);
			} catch (IllegalStateException e) {
				// already shutting down
			}
		}
	}

	@Override
	public void stop() {
		// commands end on their own; Ctrl-C cancels through the monitor
	}
}
