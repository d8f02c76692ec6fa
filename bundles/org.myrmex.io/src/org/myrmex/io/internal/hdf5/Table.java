// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.bytedeco.hdf5.CompType;
import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.myrmex.io.LabelsFileException;

/**
 * A one-dimensional table of an HDF5 file — a compound dataset (SLEAP's {@code frames}, {@code instances},
 * {@code points}, {@code pred_points}), or in very old files a two-dimensional numeric array whose columns come in
 * a known order. A compound table is read a window of rows at a time into one reused native buffer, so a table of
 * hundreds of megabytes is never copied whole into memory; reading rows in order reads the file once. Columns are
 * found by name; integers of any size and sign, floats and booleans (enums over int8, as h5py writes them) are
 * decoded.
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
	private final Map<String, double[]> matrixColumns = new HashMap<>();
	private final Map<String, Field> fields = new HashMap<>();
	/** The columns someone reads, decoded for the rows in the window. */
	private final Map<String, double[]> windowColumns = new HashMap<>();
	private long dataset = -1;
	private long fileType = -1;
	private long fileSpace = -1;
	private BytePointer data;
	private ByteBuffer window;
	private int rowSize;
	private int windowRows;
	private int first;
	private int end;

	/** One column read row by row, from the table's window. */
	@FunctionalInterface
	public interface Reader {
		double get(int row) throws LabelsFileException;
	}

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
					fields.put(member, Field.of(type, i, file, name));
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
		for (int column = 0; column < Math.min(width, legacyOrder.size()); column++) {
			String member = legacyOrder.get(column);
			if (wanted.contains(member)) {
				double[] values = new double[rows];
				for (int row = 0; row < rows; row++) {
					values[row] = all[row * width + column];
				}
				matrixColumns.put(member, values);
			}
		}
	}

	public int rows() {
		return rows;
	}

	public boolean has(String column) {
		return matrixColumns.containsKey(column) || fields.containsKey(column);
	}

	/** @return a new array of a column's values; integers are exact up to 2^53 */
	public double[] column(String column) throws LabelsFileException {
		Reader reader = reader(column);
		double[] values = new double[rows];
		for (int row = 0; row < rows; row++) {
			values[row] = reader.get(row);
		}
		return values;
	}

	/** @return a column read row by row; rows in increasing order read the file once */
	public Reader reader(String column) throws LabelsFileException {
		double[] values = matrixColumns.get(column);
		if (values != null) {
			return row -> values[row];
		}
		Field field = fields.get(column);
		if (field == null) {
			throw new LabelsFileException(file, "'" + name + "' has no column '" + column + "'");
		}
		double[] inWindow = windowColumns.computeIfAbsent(column, c -> {
			double[] decoded = new double[windowRows];
			field.decode(window, rowSize, end - first, decoded);
			return decoded;
		});
		return row -> {
			if (row < first || row >= end) {
				load(row);
			}
			return inWindow[row - first];
		};
	}

	/** Frees the window and closes the dataset; columns already decoded stay usable. */
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
