// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Mutations of a CSV's cells and lines: odd values, a line or column lost, a line repeated, a ragged row. */
final class CsvMutations {
	private static final String[] VALUES = { "nan", "NaN", "inf", "-inf", "1e308", "-1", "abc", "", "\"", "9".repeat(400),
			"0x10", "1,2" };

	private CsvMutations() {
	}

	static ByteMutations.Mutant mutate(String csv, Random random) {
		List<String> lines = new ArrayList<>(Arrays.asList(csv.split("\n", -1)));
		int line = random.nextInt(lines.size());
		List<String> cells = new ArrayList<>(Arrays.asList(lines.get(line).split(",", -1)));
		int cell = random.nextInt(cells.size());
		String mutation;
		switch (random.nextInt(5)) {
		case 0 -> {
			String value = VALUES[random.nextInt(VALUES.length)];
			cells.set(cell, value);
			lines.set(line, String.join(",", cells));
			mutation = "cell " + line + ":" + cell + " = '" + (value.length() > 20 ? "9…" : value) + "'";
		}
		case 1 -> {
			lines.remove(line);
			mutation = "line " + line + " removed";
		}
		case 2 -> {
			for (int i = 0; i < lines.size(); i++) {
				List<String> row = new ArrayList<>(Arrays.asList(lines.get(i).split(",", -1)));
				if (cell < row.size()) {
					row.remove(cell);
				}
				lines.set(i, String.join(",", row));
			}
			mutation = "column " + cell + " removed";
		}
		case 3 -> {
			lines.add(line, lines.get(line));
			mutation = "line " + line + " repeated";
		}
		default -> {
			cells.remove(cell);
			lines.set(line, String.join(",", cells));
			mutation = "cell " + line + ":" + cell + " removed (ragged row)";
		}
		}
		return new ByteMutations.Mutant(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), "csv " + mutation);
	}
}
