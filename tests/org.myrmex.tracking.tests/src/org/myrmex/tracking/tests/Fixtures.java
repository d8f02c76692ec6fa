// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The real SLEAP files in {@code ../shared/fixtures} (system property {@code myrmex.fixtures}). */
final class Fixtures {
	private Fixtures() {
	}

	/** @return a fixture file; fails the test when it is absent */
	static Path get(String relative) {
		Path root = Path.of(System.getProperty("myrmex.fixtures", "../../../shared/fixtures"));
		Path file = root.resolve(relative);
		assertTrue(Files.exists(file), "fixture " + file.toAbsolutePath() + " is absent");
		return file;
	}
}
