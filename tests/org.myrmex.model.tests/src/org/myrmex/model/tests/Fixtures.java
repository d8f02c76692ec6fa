// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;

import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Labels;

/** The real SLEAP and ant files in {@code ../shared/fixtures} (system property {@code myrmex.fixtures}). */
public final class Fixtures {
	private Fixtures() {
	}

	/** @return a fixture file; fails, naming it, when it is missing */
	public static Path get(String relative) {
		Path file = Path.of(System.getProperty("myrmex.fixtures", "../../../shared/fixtures")).resolve(relative);
		if (!Files.exists(file)) {
			fail("fixture " + file.toAbsolutePath() + " is missing");
		}
		return file;
	}

	/** @return the labels of a fixture {@code .slp} file */
	public static Labels labels(String relative) throws LabelsFileException {
		return SlpReader.read(get(relative));
	}
}
