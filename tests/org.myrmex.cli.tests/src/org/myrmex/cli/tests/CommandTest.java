// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.myrmex.cli.CommandLine;

/** Runs {@code myrmex} command lines in this JVM and keeps what the latest run printed. */
abstract class CommandTest {
	private ByteArrayOutputStream out = new ByteArrayOutputStream();
	private ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** @return the exit code of the command line, run with {@code monitor} */
	protected int run(IProgressMonitor monitor, String... args) {
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
		return CommandLine.standard().run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), monitor);
	}

	/** @return the exit code of the command line */
	protected int run(String... args) {
		return run(new NullProgressMonitor(), args);
	}

	/** @return what the latest run printed on stdout */
	protected String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	/** @return what the latest run printed on stderr */
	protected String err() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
