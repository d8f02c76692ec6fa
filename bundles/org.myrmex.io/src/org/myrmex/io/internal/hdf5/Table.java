// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bytedeco.hdf5.CompType;
import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.BytePointer;
import org.myrmex.io.LabelsFileException;

/**
 * A one-dimensional table of an HDF5 file — a compound dataset (SLEAP's {@code frames}, {@code instances},
 * {@code points}, {@code pred_points}), or in very old files a two-dimensional numeric array whose columns come in
 * a known order. A compound table is read a window of rows at a time into one reused native buffer, so a table of
 * hundreds of megabytes is never copied whole into memory; reading rows in order reads the file once:
 * <pre>
 * double[] x = table.window("x");
 * for (int row = 0; row &lt; table.rows(); row++) {
 *     double value = x[table.locate(row)];
 * }
 * </pre>
 * Columns are found by name; integers of any size and sign, floats and booleans (enums over int8, as h5py writes
 * them) are decoded.
 */
public final class Table implements AutoCloseable {
	/**
	 * A window holds about a megabyte of rows. One read of a whole 340 MB table was measured 15 times slower than
	 * reads of a megabyte into a reused buffer (1.1 s against 70 ms): every fresh page of the big buffer faults in.
	 */
	private static final int WINDOW_BYTES = 1 << 20;

	private final Path file;
	private final String name;
	private final int rows;
	private final Map<String, Field> fields = new HashMap<>();
	/** The columns read so far, holding their values for the rows in the window; a matrix is one window. */
	private final Map<String, double[]> windowColumns = new HashMap<>();
	private long dataset = -1;
	private long fileType = -1;
	private long fileSpace = -1;
	private BytePointer data;
	private ByteBuffer window;
	private int rowSize;
	private int windowRows;
	/** The rows in the window: {@code [first, end)}. */
	private int first;
	private int end;

	private Table(Path file, String name, int rows) {
		this.file = file;
		this.name = name;
		this.rows = rows;
	}

	/**
	 * Opens the named columns of a dataset, reading about a megabyte of rows at a time. A column missing from the
	 * file is absent from the table (see {@link #has(String)}); {@code legacyOrder} names the columns of a plain
	 * numeric array, by position.
	 */
	public static Table open(H5File h5, Path file, String name, List<String> columns, List<String> legacyOrder)
			throws LabelsFileException {
		return open(h5, file, name, columns, legacyOrder, 0);
	}

	/** As {@link #open(H5File, Path, String, List, List)}, reading {@code windowRows} rows at a time (0: about a megabyte). */
	public static Table open(H5File h5, Path file, String name, List<String> columns, List<String> legacyOrder,
			int windowRows) throws LabelsFileException {
		if (!h5.nameExists(name)) {
			throw new LabelsFileException(file, "no '" + name + "' dataset");
		}
		Table table = null;
		try (DataSet dataSet = h5.openDataSet(name); DataSpace space = dataSet.getSpace()) {
			int rank = space.getSimpleExtentNdims();
			long[] dims = new long[Math.max(rank, 1)];
			space.getSimpleExtentDims(dims);
			if (dims[0] > Integer.MAX_VALUE) {
				throw new LabelsFileException(file, "'" + name + "' has " + dims[0] + " rows, more than Myrmex can hold");
			}
			table = new Table(file, name, rank == 0 ? 0 : (int) dims[0]);
			if (dataSet.asAbstractDs().getTypeClass() == hdf5.H5T_COMPOUND) {
				if (rank != 1) {
					throw new LabelsFileException(file, "'" + name + "' is a table of rank " + rank + ", not 1");
				}
				table.openCompound(h5, dataSet, columns, windowRows);
			} else if (rank == 2) {
				table.readMatrix(dataSet, dims, columns, legacyOrder);
			} else if (rank != 1 || dims[0] != 0) { // an empty list may be written as a plain array
				throw new LabelsFileException(file, "'" + name + "' is neither a table nor a two-dimensional array");
			}
			return table;
		} catch (LabelsFileException e) {
			close(table);
			throw e;
		} catch (RuntimeException e) {
			close(table);
			throw new LabelsFileException(file, "cannot read '" + name + "' (" + Hdf5Errors.message(e) + ")", e);
		}
	}

	private static void close(Table table) {
		if (table != null) {
			table.close();
		}
	}

	private void openCompound(H5File h5, DataSet dataSet, List<String> wanted, int windowRows) throws LabelsFileException {
		try (CompType type = new CompType(dataSet)) {
			rowSize = (int) type.getSize();
			for (int i = 0; i < type.getNmembers(); i++) {
				String member = type.getMemberName(i).getString();
				if (wanted.contains(member)) {
					Field field = Field.of(type, i, file, name);
					if (field.offset() < 0 || field.offset() + field.size() > rowSize) {
						// only a damaged type says so: HDF5 itself never builds such a compound
						throw new LabelsFileException(file, "'" + name + "." + member + "' lies outside its row (" + field.size()
								+ " bytes at offset " + field.offset() + " of a " + rowSize + "-byte row): the table's type is damaged");
					}
					fields.put(member, field);
				}
			}
		}
		if (rows == 0) {
			return;
		}
		// the C API reads in the file's own type, so HDF5 copies without converting; the C++ API's DataSet.read with
		// an equal type was measured 50 times slower
		dataset = hdf5.H5Dopen2(h5.getId(), name, hdf5.H5P_DEFAULT());
		fileType = dataset < 0 ? -1 : hdf5.H5Dget_type(dataset);
		fileSpace = dataset < 0 ? -1 : hdf5.H5Dget_space(dataset);
		if (fileType < 0 || fileSpace < 0) {
			throw new LabelsFileException(file, "cannot open '" + name + "' for reading");
		}
		this.windowRows = Math.min(rows, windowRows > 0 ? windowRows : Math.max(1, WINDOW_BYTES / rowSize));
		data = new BytePointer((long) this.windowRows * rowSize);
		window = data.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
	}

	/** Reads the window of rows that starts at {@code row}. */
	private void load(int row) throws LabelsFileException {
		Objects.checkIndex(row, rows);
		int count = Math.min(windowRows, rows - row);
		long memory = hdf5.H5Screate_simple(1, new long[] { count }, null);
		try {
			if (memory < 0
					|| hdf5.H5Sselect_hyperslab(fileSpace, hdf5.H5S_SELECT_SET, new long[] { row }, null, new long[] { count }, null) < 0
					|| hdf5.H5Dread(dataset, fileType, memory, fileSpace, hdf5.H5P_DEFAULT(), data) < 0) {
				throw new LabelsFileException(file, "cannot read rows " + row + " to " + (row + count - 1) + " of '" + name + "'");
			}
		} finally {
			if (memory >= 0) {
				hdf5.H5Sclose(memory);
			}
		}
		first = row;
		end = row + count;
		windowColumns.forEach((column, values) -> fields.get(column).decode(window, rowSize, count, values));
	}

	private void readMatrix(DataSet dataSet, long[] dims, List<String> wanted, List<String> legacyOrder)
			throws LabelsFileException {
		windowColumns.putAll(PlainArray.columns(dataSet, dims, wanted, legacyOrder, file, name));
		windowRows = rows;
		end = rows;
	}

	public int rows() {
		return rows;
	}

	public boolean has(String column) {
		return fields.containsKey(column) || windowColumns.containsKey(column);
	}

	/**
	 * @return the array that holds a column's values for the rows in the window (see {@link #locate(int)}): the same
	 *         array for the table's life, refilled as the window moves; integers are exact up to 2^53
	 */
	public double[] window(String column) throws LabelsFileException {
		double[] values = windowColumns.get(column);
		if (values == null) {
			Field field = fields.get(column);
			if (field == null) {
				throw new LabelsFileException(file, "'" + name + "' has no column '" + column + "'");
			}
			values = new double[windowRows];
			field.decode(window, rowSize, end - first, values);
			windowColumns.put(column, values);
		}
		return values;
	}

	/** As {@link #window(String)}; for a column the table lacks, an array of {@code absent}. */
	public double[] window(String column, double absent) throws LabelsFileException {
		if (has(column)) {
			return window(column);
		}
		double[] values = new double[windowRows];
		Arrays.fill(values, absent);
		return values;
	}

	/**
	 * Moves the window to start at {@code row} unless it holds the row already.
	 *
	 * @return the row's index in the window's arrays
	 */
	public int locate(int row) throws LabelsFileException {
		if (row < first || row >= end) {
			load(row);
		}
		return row - first;
	}

	/** @return a new array of a column's values */
	public double[] column(String column) throws LabelsFileException {
		double[] inWindow = window(column);
		double[] values = new double[rows];
		for (int row = 0; row < rows; row++) {
			values[row] = inWindow[locate(row)];
		}
		return values;
	}

	/** Frees the window's buffer and closes the dataset. */
	@Override
	public void close() {
		window = null;
		if (data != null) {
			data.close();
			data = null;
		}
		if (fileSpace >= 0) {
			hdf5.H5Sclose(fileSpace);
			fileSpace = -1;
		}
		if (fileType >= 0) {
			hdf5.H5Tclose(fileType);
			fileType = -1;
		}
		if (dataset >= 0) {
			hdf5.H5Dclose(dataset);
			dataset = -1;
		}
	}
}
