// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;
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
			// results on stdout first clear the progress line on stderr
			PrintStream out = new PrintStream(new FilterOutputStream(System.out) {
				@Override
				public void write(int b) throws IOException {
					monitor.clearLine();
					super.write(b);
				}

				@Override
				public void write(byte[] bytes, int offset, int length) throws IOException {
					monitor.clearLine();
					out.write(bytes, offset, length);
				}
			}, true);
			int code = CommandLine.standard().run(args == null ? List.of() : List.of(args), out, System.err, monitor);
			out.flush();
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
