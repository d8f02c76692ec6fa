// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a Python script with Debian's h5py (package python3-h5py, installed by releng/install-deps.sh --test):
 * SLEAP's own HDF5 library stack, to craft damaged files and to check what Myrmex writes. The tests' one way to run
 * Python.
 */
public final class H5py {
	private static final Path PYTHON = Path.of("/usr/bin/python3");
	private static Boolean available;

	private H5py() {
	}

	/**
	 * Runs {@code script} with {@code h5py}, {@code numpy as np} and {@code sys} imported; {@code args} are
	 * {@code sys.argv[1:]}.
	 *
	 * @return the script's output (stdout and stderr), stripped; fails the test with it when the script fails
	 */
	public static String run(String script, String... args) throws IOException, InterruptedException {
		return execute("import h5py, numpy as np, sys\n" + script, args, true).strip();
	}

	/** @return the script's standard output exactly; fails the test with its error output when the script fails */
	public static String runScript(String script, String... args) throws IOException, InterruptedException {
		return execute(script, args, false);
	}

	private static String execute(String script, String[] args, boolean mergeErrors) throws IOException, InterruptedException {
		assertTrue(hasH5py(), PYTHON + " with h5py is needed (Debian package python3-h5py: releng/install-deps.sh --test)");
		List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-c", script));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(mergeErrors).start();
		process.getOutputStream().close();
		byte[] out = process.getInputStream().readAllBytes();
		byte[] err = mergeErrors ? new byte[0] : process.getErrorStream().readAllBytes();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "python timed out");
		String output = new String(out, StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), () -> "python failed:\n" + output + new String(err, StandardCharsets.UTF_8));
		return output;
	}

	private static synchronized boolean hasH5py() throws IOException, InterruptedException {
		if (available == null) {
			available = Files.isExecutable(PYTHON) && new ProcessBuilder(PYTHON.toString(), "-c", "import h5py, numpy")
					.redirectErrorStream(true).start().waitFor() == 0;
		}
		return available;
	}
}
