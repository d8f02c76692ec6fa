// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

import static org.bytedeco.hdf5.global.hdf5.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.myrmex.io.Hdf5Library;

/**
 * HDF5-aware mutations of a copy of a SLEAP labels file: datasets and attributes missing, datasets of the wrong type
 * or shape, huge row counts, out-of-range ids (video, skeleton, track, instance, frame and point references), NaN and
 * infinite coordinates, and mutated, cyclic or garbage metadata JSON.
 */
final class SlpMutations {
	private static final List<String> TABLES = List.of("frames", "instances", "points", "pred_points");
	private static final List<String> DATASETS = List.of("frames", "instances", "points", "pred_points",
			"videos_json", "tracks_json", "suggestions_json", "metadata");

	private static final int ATTRIBUTE_LIMIT = 60_000;

	private SlpMutations() {
	}

	/** Mutates {@code file} in place; @return what was done */
	static String mutate(Path file, Random random) throws java.io.IOException {
		synchronized (Hdf5Library.lock()) {
			try (Hdf5Edit h5 = new Hdf5Edit(file)) {
				int kind = random.nextInt(10);
				return switch (kind) {
				case 0 -> missing(h5, random);
				case 1 -> formatId(h5, random);
				case 2, 3 -> metadata(h5, random);
				case 4 -> wrongType(h5, random);
				case 5 -> hugeCount(h5, random);
				default -> field(h5, random);
				};
			}
		}
	}

	private static String missing(Hdf5Edit h5, Random random) {
		if (random.nextInt(4) == 0 && h5.hasAttribute("metadata", "json")) {
			h5.deleteAttribute("metadata", "json");
			return "no metadata/json attribute";
		}
		List<String> present = DATASETS.stream().filter(h5::exists).toList();
		String name = present.get(random.nextInt(present.size()));
		h5.delete(name);
		return "no " + name;
	}

	private static String formatId(Hdf5Edit h5, Random random) {
		double[] values = { Double.NaN, -1, 1e308, 2.0, 0.5, 1.0, 1.1, Double.POSITIVE_INFINITY };
		if (random.nextInt(4) == 0) {
			h5.setStringAttribute("metadata", "format_id", "1.2");
			return "format_id as a string";
		}
		double value = values[random.nextInt(values.length)];
		h5.setDoubleAttribute("metadata", "format_id", value);
		return "format_id " + value;
	}

	private static String metadata(Hdf5Edit h5, Random random) throws java.io.IOException {
		if (!h5.hasAttribute("metadata", "json")) {
			return "nothing (no metadata/json)";
		}
		String json = h5.stringAttribute("metadata", "json");
		ByteMutations.Mutant mutant = random.nextInt(3) == 0 ? SkeletonMutations.mutate(json, random)
				: JsonMutations.mutate(json, random);
		String text = new String(mutant.bytes(), java.nio.charset.StandardCharsets.UTF_8);
		String cut = "";
		if (text.length() > ATTRIBUTE_LIMIT) { // HDF5 keeps attributes of up to 64 KiB in the object header
			text = text.substring(0, ATTRIBUTE_LIMIT);
			cut = ", cut to " + ATTRIBUTE_LIMIT + " characters";
		}
		h5.setStringAttribute("metadata", "json", text);
		return "metadata json: " + mutant.mutation() + cut;
	}

	private static String wrongType(Hdf5Edit h5, Random random) {
		String name = DATASETS.get(random.nextInt(DATASETS.size() - 1));
		long count = h5.exists(name) ? h5.count(name) : 3;
		int kind = random.nextInt(5);
		switch (kind) {
		case 0 -> h5.replace(name, H5T_NATIVE_DOUBLE_g(), new long[] { count }, false);
		case 1 -> h5.replace(name, H5T_NATIVE_INT8_g(), new long[] { count }, false);
		case 2 -> h5.replace(name, H5T_NATIVE_DOUBLE_g(), new long[] { count, 3 }, false);
		case 3 -> h5.replace(name, H5T_NATIVE_INT32_g(), new long[0], false);
		default -> h5.replace(name, H5T_NATIVE_FLOAT_g(), new long[] { count, 2, 2 }, false);
		}
		return name + " replaced by a dataset of another type/shape (" + kind + ")";
	}

	private static String hugeCount(Hdf5Edit h5, Random random) {
		List<String> tables = TABLES.stream().filter(h5::exists).toList();
		String name = tables.get(random.nextInt(tables.size()));
		long rows = random.nextBoolean() ? 1L << 40 : Integer.MAX_VALUE + 7L;
		long type = h5.typeOf(name);
		try {
			h5.replace(name, type, new long[] { rows }, true);
		} finally {
			H5Tclose(type);
		}
		return name + " with " + rows + " (unwritten) rows";
	}

	/** Sets one field of one row, or of every row, to an out-of-range or non-finite value. */
	private static String field(Hdf5Edit h5, Random random) {
		List<String> tables = TABLES.stream().filter(table -> h5.exists(table) && h5.count(table) > 0).toList();
		if (tables.isEmpty()) {
			return "nothing (no table with rows)";
		}
		Hdf5Edit.Rows rows = h5.rows(tables.get(random.nextInt(tables.size())));
		String name = rows.dataset();
		Hdf5Edit.Member member = rows.members().get(random.nextInt(rows.members().size()));
		boolean all = random.nextInt(4) == 0;
		long row = random.nextLong(rows.count());
		double value;
		if (member.isFloat()) {
			double[] values = { Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1e308, -1e308, -0.5 };
			value = values[random.nextInt(values.length)];
		} else {
			long count = rows.count();
			double[] values = { -1, Integer.MIN_VALUE, Integer.MAX_VALUE, count, count + 1, 1L << 40, 255, 2 };
			value = values[random.nextInt(values.length)];
		}
		ByteBuffer bytes = ByteBuffer.wrap(rows.bytes()).order(ByteOrder.LITTLE_ENDIAN);
		for (long r = all ? 0 : row; r < (all ? rows.count() : row + 1); r++) {
			put(bytes, (int) (r * rows.rowSize() + member.offset()), member, value);
		}
		h5.write(rows);
		return name + "." + member.name() + " = " + value + (all ? " in every row" : " in row " + row);
	}

	private static void put(ByteBuffer bytes, int at, Hdf5Edit.Member member, double value) {
		if (member.isFloat()) {
			if (member.size() == 8) {
				bytes.putDouble(at, value);
			} else {
				bytes.putFloat(at, (float) value);
			}
			return;
		}
		long whole = (long) value;
		switch (member.size()) {
		case 1 -> bytes.put(at, (byte) whole);
		case 2 -> bytes.putShort(at, (short) whole);
		case 4 -> bytes.putInt(at, (int) whole);
		default -> bytes.putLong(at, whole);
		}
	}
}
