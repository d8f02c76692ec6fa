// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5;

import java.nio.ByteBuffer;
import java.nio.file.Path;

import org.bytedeco.hdf5.CompType;
import org.bytedeco.hdf5.DataType;
import org.bytedeco.hdf5.IntType;
import org.bytedeco.hdf5.global.hdf5;
import org.myrmex.io.LabelsFileException;

/** How one numeric member of a compound row is laid out, and its decoding from a buffer of rows. */
record Field(int offset, int size, int typeClass, boolean signed) {
	static Field of(CompType type, int index, Path file, String dataset) throws LabelsFileException {
		int typeClass = type.getMemberClass(index);
		String member = type.getMemberName(index).getString();
		if (typeClass != hdf5.H5T_INTEGER && typeClass != hdf5.H5T_FLOAT && typeClass != hdf5.H5T_ENUM) {
			throw new LabelsFileException(file, "'" + dataset + "." + member + "' is not a number");
		}
		boolean signed = false;
		// close every HDF5 object explicitly: JavaCPP's garbage collection would free it on another thread, and
		// the HDF5 library is not thread-safe
		try (DataType memberType = type.getMemberDataType(index)) {
			int size = (int) memberType.getSize();
			if (typeClass == hdf5.H5T_INTEGER) {
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

	/** Decodes this member of the first {@code count} rows of {@code rows} into {@code into}. */
	void decode(ByteBuffer rows, int rowSize, int count, double[] into) {
		int at = offset;
		if (typeClass == hdf5.H5T_FLOAT && size == 8) {
			for (int row = 0; row < count; row++, at += rowSize) {
				into[row] = rows.getDouble(at);
			}
		} else if (typeClass == hdf5.H5T_FLOAT) {
			for (int row = 0; row < count; row++, at += rowSize) {
				into[row] = rows.getFloat(at);
			}
		} else {
			for (int row = 0; row < count; row++, at += rowSize) {
				into[row] = integer(rows, at);
			}
		}
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
