// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bytedeco.hdf5.CompType;
import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.DataType;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.IntType;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.myrmex.io.LabelsFileException;

/**
 * A one-dimensional table of an HDF5 file — a compound dataset (SLEAP's {@code frames}, {@code instances},
 * {@code points}, {@code pred_points}), or in very old files a two-dimensional numeric array whose columns
 * come in a known order — read whole into column arrays. Columns are found by name; integers of any size and sign, floats and booleans (enums over
 * int8, as h5py writes them) are decoded.
 */
public final class Table implements AutoCloseable {
	private final Path file;
	private final String name;
	private final int rows;
	private final Map<String, double[]> numbers = new LinkedHashMap<>();
	private final Map<String, Field> fields = new LinkedHashMap<>();
	private BytePointer data;
	private ByteBuffer raw;
	private int rowSize;

	/** One column read row by row, straight from the table's buffer. */
	@FunctionalInterface
	public interface Reader {
		double get(int row);
	}

	private Table(Path file, String name, int rows) {
		this.file = file;
		this.name = name;
		this.rows = rows;
	}

	/**
	 * Reads the named columns of a dataset. A column missing from the file is absent from the table (see
	 * {@link #has(String)}); {@code legacyOrder} names the columns of a plain numeric array, by position.
	 */
	public static Table read(H5File h5, Path file, String name, List<String> columns, List<String> legacyOrder)
			throws LabelsFileException {
		if (!h5.nameExists(name)) {
			throw new LabelsFileException(file, "no '" + name + "' dataset");
		}
		try (DataSet dataSet = h5.openDataSet(name); DataSpace space = dataSet.getSpace()) {
			int rank = space.getSimpleExtentNdims();
			long[] dims = new long[Math.max(rank, 1)];
			space.getSimpleExtentDims(dims);
			if (dims[0] > Integer.MAX_VALUE) {
				throw new LabelsFileException(file, "'" + name + "' has " + dims[0] + " rows, more than Myrmex can hold");
			}
			Table table = new Table(file, name, rank == 0 ? 0 : (int) dims[0]);
			if (dataSet.asAbstractDs().getTypeClass() == hdf5.H5T_COMPOUND) {
				if (rank != 1) {
					throw new LabelsFileException(file, "'" + name + "' is a table of rank " + rank + ", not 1");
				}
				try {
					table.readCompound(dataSet, columns);
				} catch (LabelsFileException | RuntimeException e) {
					table.close();
					throw e;
				}
			} else if (rank == 2) {
				table.readMatrix(dataSet, dims, columns, legacyOrder);
			} else if (rank == 1 && dims[0] == 0) {
				// an empty list written as a plain array
			} else {
				throw new LabelsFileException(file, "'" + name + "' is neither a table nor a two-dimensional array");
			}
			return table;
		} catch (RuntimeException e) {
			throw new LabelsFileException(file, "cannot read '" + name + "' (" + Hdf5Errors.message(e) + ")", e);
		}
	}

	private void readCompound(DataSet dataSet, List<String> wanted) throws LabelsFileException {
		try (CompType type = new CompType(dataSet)) {
			rowSize = (int) type.getSize();
			for (int i = 0; i < type.getNmembers(); i++) {
				String member = type.getMemberName(i).getString();
				if (wanted.contains(member)) {
					fields.put(member, Field.of(type, i, file, name));
				}
			}
			if (rows == 0) {
				return;
			}
			if ((long) rows * rowSize > Integer.MAX_VALUE) {
				throw new LabelsFileException(file, "'" + name + "' holds " + (long) rows * rowSize
						+ " bytes, more than Myrmex reads at once (2 GB)");
			}
			// One read of the whole table: HDF5 copies chunks straight into the buffer (the file type is the
			// memory type, so nothing is converted). Reading it in hyperslabs costs time proportional to the whole
			// table per read (measured: 15 s instead of 1.5 s for 3.25 million points). Columns are decoded from
			// the buffer on demand, so a million instances' points never become column arrays.
			data = new BytePointer((long) rows * rowSize);
			readRaw(dataSet, data);
			raw = data.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
		}
	}

	/**
	 * Reads the whole dataset in its own file type through the C API: HDF5 then copies without converting. The C++
	 * API's {@code DataSet.read} with an equal type was measured 50 times slower (1.5 s against 25 ms for 3.25
	 * million points, warm).
	 */
	private void readRaw(DataSet dataSet, BytePointer data) throws LabelsFileException {
		long fileType = hdf5.H5Dget_type(dataSet.getId());
		if (fileType < 0) {
			throw new LabelsFileException(file, "cannot read the type of '" + name + "'");
		}
		try {
			if (hdf5.H5Dread(dataSet.getId(), fileType, hdf5.H5S_ALL(), hdf5.H5S_ALL(), hdf5.H5P_DEFAULT(), data) < 0) {
				throw new LabelsFileException(file, "cannot read '" + name + "' (H5Dread failed)");
			}
		} finally {
			hdf5.H5Tclose(fileType);
		}
	}

	private void readMatrix(DataSet dataSet, long[] dims, List<String> wanted, List<String> legacyOrder)
			throws LabelsFileException {
		int width = (int) dims[1];
		if (width < Math.min(legacyOrder.size(), 4)) {
			throw new LabelsFileException(file, "'" + name + "' has " + width + " columns; expected " + legacyOrder);
		}
		double[] all = new double[rows * width];
		if (all.length > 0) {
			try (DoublePointer data = new DoublePointer(all.length)) {
				dataSet.read(data, PredType.NATIVE_DOUBLE());
				data.get(all);
			}
		}
		for (int column = 0; column < Math.min(width, legacyOrder.size()); column++) {
			String member = legacyOrder.get(column);
			if (wanted.contains(member)) {
				double[] values = new double[rows];
				for (int row = 0; row < rows; row++) {
					values[row] = all[row * width + column];
				}
				numbers.put(member, values);
			}
		}
	}

	public int rows() {
		return rows;
	}

	public boolean has(String column) {
		return numbers.containsKey(column) || fields.containsKey(column);
	}

	/** @return a column's values (decoded once, then shared); integers are exact up to 2^53 */
	public double[] column(String column) throws LabelsFileException {
		double[] values = numbers.get(column);
		if (values == null) {
			Field field = field(column);
			values = new double[rows];
			if (raw != null) {
				field.decode(raw, rowSize, rows, values, 0);
			}
			numbers.put(column, values);
		}
		return values;
	}

	/** @return a column read row by row, without an array of the whole column */
	public Reader reader(String column) throws LabelsFileException {
		double[] values = numbers.get(column);
		if (values != null) {
			return row -> values[row];
		}
		Field field = field(column);
		ByteBuffer rows = raw;
		int size = rowSize;
		return row -> field.value(rows, row * size + field.offset());
	}

	private Field field(String column) throws LabelsFileException {
		Field field = fields.get(column);
		if (field == null) {
			throw new LabelsFileException(file, "'" + name + "' has no column '" + column + "'");
		}
		return field;
	}

	/** Frees the native buffer; columns already decoded stay usable. */
	@Override
	public void close() {
		raw = null;
		if (data != null) {
			data.close();
			data = null;
		}
	}

	/** How one member of a compound row is laid out and decoded. */
	private record Field(int offset, int size, int typeClass, boolean signed) {
		static Field of(CompType type, int index, Path file, String dataset) throws LabelsFileException {
			int typeClass = type.getMemberClass(index);
			String member = type.getMemberName(index).getString();
			if (typeClass != hdf5.H5T_INTEGER && typeClass != hdf5.H5T_FLOAT && typeClass != hdf5.H5T_ENUM) {
				throw new LabelsFileException(file, "'" + dataset + "." + member + "' is not a number");
			}
			boolean signed = false;
			try (DataType member2 = type.getMemberDataType(index)) {
				int size = (int) member2.getSize();
				if (typeClass == hdf5.H5T_INTEGER) {
					// close every HDF5 object explicitly: JavaCPP's garbage collection would free it on another
					// thread, and the HDF5 library is not thread-safe
					try (IntType integer = type.getMemberIntType(index)) {
						signed = integer.getSign() != hdf5.H5T_SGN_NONE;
					}
				}
				boolean okSize = typeClass == hdf5.H5T_FLOAT ? size == 4 || size == 8 : size == 1 || size == 2 || size == 4 || size == 8;
				if (!okSize) {
					throw new LabelsFileException(file, "'" + dataset + "." + member + "' has an unsupported size of " + size + " bytes");
				}
				return new Field((int) type.getMemberOffset(index), size, typeClass, signed);
			}
		}

		void decode(ByteBuffer rows, int rowSize, int count, double[] into, int start) {
			int at = offset;
			for (int row = 0; row < count; row++, at += rowSize) {
				into[start + row] = value(rows, at);
			}
		}

		double value(ByteBuffer rows, int at) {
			return typeClass == hdf5.H5T_FLOAT ? (size == 4 ? rows.getFloat(at) : rows.getDouble(at)) : integer(rows, at);
		}

		private double integer(ByteBuffer rows, int at) {
			return switch (size) {
			case 1 -> signed ? rows.get(at) : rows.get(at) & 0xff;
			case 2 -> signed ? rows.getShort(at) : rows.getShort(at) & 0xffff;
			case 4 -> signed ? rows.getInt(at) : rows.getInt(at) & 0xffffffffL;
			default -> rows.getLong(at);
			};
		}
	}
}
