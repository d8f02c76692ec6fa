// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests.dlc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a DeepLabCut CSV holds, counted straight from its text (independently of the reader): labelled rows, animals
 * with at least one x, y pair, x, y pairs, distinct body parts and individuals.
 */
record CsvCounts(int frames, int instances, int points, int nodes, int individuals, int rows) {

	static CsvCounts of(Path csv) throws Exception {
		List<String[]> lines = new ArrayList<>();
		for (String line : Files.readAllLines(csv)) {
			lines.add(line.split(",", -1));
		}
		boolean multi = lines.get(1)[0].equals("individuals");
		String[] animals = multi ? lines.get(1) : null;
		String[] parts = lines.get(multi ? 2 : 1);
		String[] coords = lines.get(multi ? 3 : 2);
		int first = 1;
		while (coords[first].isEmpty()) {
			first++;
		}
		Set<String> nodes = new LinkedHashSet<>();
		Set<String> individuals = new LinkedHashSet<>();
		for (int c = first; c < parts.length; c++) {
			nodes.add(parts[c]);
			individuals.add(multi ? animals[c] : "");
		}
		int frames = 0;
		int instances = 0;
		int points = 0;
		List<String[]> data = lines.subList(multi ? 4 : 3, lines.size());
		for (String[] row : data) {
			int rowInstances = 0;
			for (String animal : individuals) {
				boolean any = false;
				for (int c = first; c + 1 < parts.length; c += 2) {
					if ((multi ? animals[c] : "").equals(animal) && c + 1 < row.length && !row[c].isEmpty() && !row[c + 1].isEmpty()) {
						points++;
						any = true;
					}
				}
				rowInstances += any ? 1 : 0;
			}
			instances += rowInstances;
			frames += rowInstances > 0 ? 1 : 0;
		}
		return new CsvCounts(frames, instances, points, nodes.size(), multi ? individuals.size() : 0, data.size());
	}
}
