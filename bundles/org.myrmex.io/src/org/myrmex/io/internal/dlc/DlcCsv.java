// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.dlc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.myrmex.io.LabelsFileException;

/**
 * A DeepLabCut labelled-data CSV ({@code CollectedData_SCORER.csv}) as read: header rows {@code scorer},
 * optionally {@code individuals} (multi-animal), {@code bodyparts} and {@code coords} ({@code x}, {@code y} pairs),
 * then one row per image. The image path is one column ({@code labeled-data/video/img000.png}, DeepLabCut before
 * 2.2) or three ({@code labeled-data}, {@code video}, {@code img000.png}, the {@code _v2} layout).
 *
 * @param individuals the individual of each x/y column pair, or null in a single-animal file
 * @param bodyparts   the body part of each x/y column pair
 * @param images      each row's image path, '/'-separated as written
 * @param values      each row's coordinates, x and y per column pair, {@code NaN} where empty
 */
public record DlcCsv(List<String> individuals, List<String> bodyparts, List<String> images, List<double[]> values) {

	/** @return whether the file has an {@code individuals} header row (a multi-animal project) */
	public boolean multiAnimal() {
		return individuals != null;
	}

	/** Reads and checks a DeepLabCut CSV; a bad header or row is reported naming the file and the line. */
	public static DlcCsv read(Path file) throws LabelsFileException {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		} catch (java.nio.charset.CharacterCodingException e) {
			throw new LabelsFileException(file, "is not UTF-8 text (a malformed byte sequence)", e);
		} catch (IOException e) {
			throw new LabelsFileException(file, "cannot read (" + e.getMessage() + ")", e);
		}
		List<List<String>> rows = new ArrayList<>();
		for (String line : lines) {
			if (!line.isBlank()) {
				rows.add(CsvLine.split(line));
			}
		}
		int row = 0;
		expect(file, rows, row++, "scorer");
		boolean multi = rows.size() > row && first(rows.get(row)).equals("individuals");
		List<String> individualsRow = multi ? rows.get(row++) : null;
		List<String> bodypartsRow = expect(file, rows, row++, "bodyparts");
		List<String> coordsRow = expect(file, rows, row++, "coords");
		int indexColumns = 1;
		while (indexColumns < coordsRow.size() && coordsRow.get(indexColumns).isBlank()) {
			indexColumns++;
		}
		int pairs = (coordsRow.size() - indexColumns) / 2;
		if (pairs == 0 || (coordsRow.size() - indexColumns) % 2 != 0) {
			throw new LabelsFileException(file, "line " + row + ": the coords row must list x, y pairs (found "
					+ String.join(",", coordsRow) + ")");
		}
		List<String> individuals = multi ? new ArrayList<>() : null;
		List<String> bodyparts = new ArrayList<>();
		for (int pair = 0; pair < pairs; pair++) {
			int column = indexColumns + 2 * pair;
			if (coordsRow.get(column).contains("likelihood") || coordsRow.get(column + 1).contains("likelihood")) {
				throw new LabelsFileException(file, "has likelihood columns: this is a DeepLabCut prediction file, "
						+ "not labelled data (CollectedData_*.csv)");
			}
			if (!coordsRow.get(column).equals("x") || !coordsRow.get(column + 1).equals("y")) {
				throw new LabelsFileException(file, "line " + row + ": column " + (column + 1) + " should start an x, y pair, found '"
						+ coordsRow.get(column) + "', '" + coordsRow.get(column + 1) + "'");
			}
			String part = cell(bodypartsRow, column);
			if (part.isBlank() || !part.equals(cell(bodypartsRow, column + 1))) {
				throw new LabelsFileException(file, "line " + (multi ? 3 : 2) + ": column " + (column + 1)
						+ " has no body part for its x, y pair");
			}
			bodyparts.add(part);
			if (multi) {
				String individual = cell(individualsRow, column);
				if (individual.isBlank()) {
					throw new LabelsFileException(file, "line 2: column " + (column + 1) + " has no individual");
				}
				individuals.add(individual);
			}
		}
		List<String> images = new ArrayList<>();
		List<double[]> values = new ArrayList<>();
		for (; row < rows.size(); row++) {
			List<String> cells = rows.get(row);
			if (cells.size() > indexColumns + 2 * pairs) {
				throw new LabelsFileException(file, "line " + (row + 1) + " has " + cells.size() + " columns, the header "
						+ (indexColumns + 2 * pairs));
			}
			List<String> path = new ArrayList<>();
			for (int c = 0; c < indexColumns; c++) {
				if (!cell(cells, c).isBlank()) {
					path.add(cell(cells, c).replace('\\', '/'));
				}
			}
			if (path.isEmpty()) {
				throw new LabelsFileException(file, "line " + (row + 1) + " names no image");
			}
			images.add(String.join("/", path));
			double[] xy = new double[2 * pairs];
			for (int v = 0; v < xy.length; v++) {
				xy[v] = number(file, row, cell(cells, indexColumns + v));
			}
			values.add(xy);
		}
		return new DlcCsv(individuals, List.copyOf(bodyparts), List.copyOf(images), List.copyOf(values));
	}

	private static List<String> expect(Path file, List<List<String>> rows, int row, String label)
			throws LabelsFileException {
		if (rows.size() <= row || !first(rows.get(row)).equals(label)) {
			throw new LabelsFileException(file, "line " + (row + 1) + " should be the '" + label
					+ "' header row of a DeepLabCut CSV" + (rows.size() > row ? ", found '" + first(rows.get(row)) + "'" : ""));
		}
		return rows.get(row);
	}

	private static String first(List<String> cells) {
		return cells.isEmpty() ? "" : cells.get(0).strip();
	}

	private static String cell(List<String> cells, int index) {
		return index < cells.size() ? cells.get(index).strip() : "";
	}

	private static double number(Path file, int row, String text) throws LabelsFileException {
		if (text.isEmpty() || text.equalsIgnoreCase("nan")) {
			return Double.NaN;
		}
		try {
			return Double.parseDouble(text);
		} catch (NumberFormatException e) {
			throw new LabelsFileException(file, "line " + (row + 1) + ": '" + text + "' is not a coordinate");
		}
	}
}
