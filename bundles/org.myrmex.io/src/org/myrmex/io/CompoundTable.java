// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bytedeco.hdf5.CompType;
import org.bytedeco.hdf5.DataType;
import org.bytedeco.hdf5.global.hdf5;

/** The rows of an HDF5 compound dataset read into memory, decoded by column name (little-endian, packed). */
final class CompoundTable {
	/** Where a column sits in a row and how to decode it. */
	record Column(String name, int offset, int size, int typeClass, boolean signed) {
	}

	private final Path file;
	private final String dataset;
	private final Map<String, Column> columns;
	private final int rowSize;
	private final int rows;
	private final ByteBuffer data;

	CompoundTable(Path file, String dataset, Map<String, Column> columns, int rowSize, int rows, ByteBuffer data) {
		this.file = file;
		this.dataset = dataset;
		this.columns = columns;
		this.rowSize = rowSize;
		this.rows = rows;
		this.data = data;
	}

	static Map<String, Column> columnsOf(CompType type) {
		Map<String, Column> columns = new LinkedHashMap<>();
		for (int i = 0; i < type.getNmembers(); i++) {
			String name = type.getMemberName(i).getString();
			try (DataType member = type.getMemberDataType(i)) {
				int typeClass = type.getMemberClass(i);
				boolean signed = typeClass == hdf5.H5T_INTEGER && type.getMemberIntType(i).getSign() != hdf5.H5T_SGN_NONE;
				columns.put(name, new Column(name, (int) type.getMemberOffset(i), (int) member.getSize(), typeClass, signed));
			}
		}
		return columns;
	}

	int rows() {
		return rows;
	}

	boolean hasColumn(String name) {
		return columns.containsKey(name);
	}

	/** @return an integer (or boolean/enum) column's value as a long */
	long getLong(int row, String name) throws LabelsFileException {
		Column column = column(name, hdf5.H5T_INTEGER, hdf5.H5T_ENUM);
		int at = row * rowSize + column.offset();
		return switch (column.size()) {
		case 1 -> column.signed() ? data.get(at) : data.get(at) & 0xffL;
		case 2 -> column.signed() ? data.getShort(at) : data.getShort(at) & 0xffffL;
		case 4 -> column.signed() ? data.getInt(at) : data.getInt(at) & 0xffffffffL;
		case 8 -> data.getLong(at);
		default -> throw new LabelsFileException(file, dataset + "." + name + " has an unsupported integer size " + column.size());
		};
	}

	/** @return a floating-point column's value */
	double getDouble(int row, String name) throws LabelsFileException {
		Column column = column(name, hdf5.H5T_FLOAT);
		int at = row * rowSize + column.offset();
		return switch (column.size()) {
		case 4 -> data.getFloat(at);
		case 8 -> data.getDouble(at);
		default -> throw new LabelsFileException(file, dataset + "." + name + " has an unsupported float size " + column.size());
		};
	}

	private Column column(String name, int... typeClasses) throws LabelsFileException {
		Column column = columns.get(name);
		if (column == null) {
			throw new LabelsFileException(file, "'" + dataset + "' has no column '" + name + "'");
		}
		for (int typeClass : typeClasses) {
			if (column.typeClass() == typeClass) {
				return column;
			}
		}
		throw new LabelsFileException(file, "'" + dataset + "." + name + "' has an unexpected data type");
	}
}
