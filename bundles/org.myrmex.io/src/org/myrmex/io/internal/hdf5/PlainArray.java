// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.javacpp.DoublePointer;
import org.myrmex.io.LabelsFileException;

/** A table that very old files hold as a two-dimensional numeric array, its columns in a known order. */
final class PlainArray {
	private PlainArray() {
	}

	/**
	 * Reads the whole array (such files are small).
	 *
	 * @param dims        the array's rows and columns
	 * @param legacyOrder the names of the columns, by position
	 * @return the wanted columns the array has, by name
	 */
	static Map<String, double[]> columns(DataSet dataSet, long[] dims, List<String> wanted, List<String> legacyOrder, Path file,
			String name) throws LabelsFileException {
		int rows = (int) dims[0];
		int width = (int) dims[1];
		if (width < Math.min(legacyOrder.size(), 4)) {
			throw new LabelsFileException(file, "'" + name + "' has " + width + " columns; expected " + legacyOrder);
		}
		double[] all = new double[rows * width];
		if (all.length > 0) {
			try (DoublePointer values = new DoublePointer(all.length)) {
				dataSet.read(values, PredType.NATIVE_DOUBLE());
				values.get(all);
			}
		}
		Map<String, double[]> columns = new HashMap<>();
		for (int column = 0; column < Math.min(width, legacyOrder.size()); column++) {
			String member = legacyOrder.get(column);
			if (wanted.contains(member)) {
				double[] values = new double[rows];
				for (int row = 0; row < rows; row++) {
					values[row] = all[row * width + column];
				}
				columns.put(member, values);
			}
		}
		return columns;
	}
}
