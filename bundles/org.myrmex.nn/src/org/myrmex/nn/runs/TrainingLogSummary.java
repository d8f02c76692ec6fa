// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.runs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The rows of a {@code training_log.csv} (Keras' {@code CSVLogger}, as SLEAP and Myrmex write it) and its best loss. */
record TrainingLogSummary(int rows, double bestLoss) {
	static final TrainingLogSummary NONE = new TrainingLogSummary(0, Double.NaN);

	/** @return the summary of {@code file}, or {@link #NONE} when it is absent or unreadable */
	static TrainingLogSummary read(Path file) {
		if (!Files.isRegularFile(file)) {
			return NONE;
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			return NONE;
		}
		if (lines.isEmpty()) {
			return NONE;
		}
		List<String> header = Arrays.asList(lines.get(0).split(","));
		int column = header.contains("val_loss") ? header.indexOf("val_loss") : header.indexOf("loss");
		int rows = 0;
		double best = Double.NaN;
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			rows++;
			String[] cells = line.split(",");
			if (column >= 0 && column < cells.length) {
				double value = parse(cells[column]);
				if (!Double.isNaN(value) && (Double.isNaN(best) || value < best)) {
					best = value;
				}
			}
		}
		return new TrainingLogSummary(rows, best);
	}

	private static double parse(String cell) {
		try {
			return Double.parseDouble(cell.trim());
		} catch (NumberFormatException e) {
			return Double.NaN;
		}
	}
}
