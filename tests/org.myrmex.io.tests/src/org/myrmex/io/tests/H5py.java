// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a Python script with Debian's h5py (package python3-h5py, installed by releng/install-deps.sh --test):
 * SLEAP's own HDF5 library stack, to craft damaged files and to check what Myrmex writes.
 */
final class H5py {
	private static final Path PYTHON = Path.of("/usr/bin/python3");

	private H5py() {
	}

	/** @return the script's standard output; fails the test with its error output when it fails */
	static String run(String script, String... args) throws IOException, InterruptedException {
		assumeTrue(Files.isExecutable(PYTHON), "Debian's python3 with h5py is not installed (releng/install-deps.sh --test)");
		List<String> command = new ArrayList<>(List.of(PYTHON.toString(), "-c", "import h5py, numpy as np, sys\n" + script));
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.waitFor(), "python failed:\n" + output);
		return output.strip();
	}
}
