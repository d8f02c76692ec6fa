// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

/** One {@code myrmex COMMAND}: a name, a one-line summary, a usage text, and what it does. */
public interface Command {
	/** Exit code: success. */
	int OK = 0;
	/** Exit code: the command failed (bad input, unreadable file …); the message says why. */
	int FAILED = 1;
	/** Exit code: the arguments are wrong; the usage is printed. */
	int USAGE = 2;
	/** Exit code: the user cancelled (Ctrl-C). */
	int CANCELLED = 130;

	String name();

	String summary();

	/** @return the full help text shown by {@code myrmex COMMAND --help} */
	String usage();

	/**
	 * Runs the command.
	 *
	 * @param out where results go
	 * @param err where progress and problems go
	 * @return an exit code
	 */
	int run(List<String> args, PrintStream out, PrintStream err, IProgressMonitor monitor);
}
