// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import org.myrmex.cli.internal.ConsoleProgressMonitor;

/**
 * One command line run on this process's console: progress on stderr, results on stdout, Ctrl-C cancels. Shared by
 * the OSGi application ({@link CommandLineApplication}) and the plain-class-path entry point ({@link Main}).
 */
public final class Console {
	private Console() {
	}

	/** @return the command's exit code */
	public static int run(String[] args) {
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
			return code;
		} finally {
			monitor.done();
			try {
				Runtime.getRuntime().removeShutdownHook(cancelOnInterrupt);
			} catch (IllegalStateException e) {
				// already shutting down
			}
		}
	}
}
