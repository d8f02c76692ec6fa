// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests;

import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.myrmex.cli.CommandLine;

/** A {@code myrmex} command line in a child JVM of its own, for tests that kill it: its exit code is the command's. */
public final class CliChild {
	private CliChild() {
	}

	public static void main(String[] args) {
		System.exit(CommandLine.standard().run(List.of(args), System.out, System.err, new NullProgressMonitor()));
	}
}
