// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real SLEAP and ant files in {@code ../shared/fixtures} (system property {@code myrmex.fixtures}). */
public final class Fixtures {
	private Fixtures() {
	}

	/** @return a fixture file; fails the test, saying why, where the fixtures folder is absent */
	public static Path get(String relative) {
		Path root = Path.of(System.getProperty("myrmex.fixtures", "../../../shared/fixtures"));
		if (!Files.isDirectory(root)) {
			fail("fixtures folder " + root.toAbsolutePath() + " is absent: the tests read the real SLEAP and ant files"
					+ " there (or in -Dmyrmex.fixtures=DIR)");
		}
		return root.resolve(relative);
	}
}
