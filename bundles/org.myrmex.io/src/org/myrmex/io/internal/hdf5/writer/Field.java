// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5.writer;

import org.bytedeco.hdf5.DataType;
import org.bytedeco.hdf5.EnumType;
import org.bytedeco.hdf5.IntType;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.javacpp.BytePointer;

/** The little-endian member types of SLEAP's tables, with their numpy names and sizes. */
public enum Field {
	/** {@code <u8} */
	U64(8),
	/** {@code <i8} */
	I64(8),
	/** {@code <u4} */
	U32(4),
	/** {@code <i4} */
	I32(4),
	/** {@code |u1} */
	U8(1),
	/** {@code <f4} */
	F32(4),
	/** {@code <f8} */
	F64(8),
	/** {@code |b1}: an HDF5 enum over int8 with FALSE = 0 and TRUE = 1, which h5py reads as numpy's bool. */
	BOOL(1);

	private final int size;

	Field(int size) {
		this.size = size;
	}

	/** @return the size in bytes */
	public int size() {
		return size;
	}

	/** @return HDF5's predefined type for a numeric field (shared: never close it), null for {@link #BOOL} */
	PredType predefined() {
		return switch (this) {
		case U64 -> PredType.STD_U64LE();
		case I64 -> PredType.STD_I64LE();
		case U32 -> PredType.STD_U32LE();
		case I32 -> PredType.STD_I32LE();
		case U8 -> PredType.STD_U8LE();
		case F32 -> PredType.IEEE_F32LE();
		case F64 -> PredType.IEEE_F64LE();
		case BOOL -> null;
		};
	}

	/** @return a new enum type FALSE = 0, TRUE = 1 over int8, as h5py stores numpy's bool; the caller closes it */
	static DataType bool() {
		EnumType type;
		try (IntType base = new IntType(PredType.NATIVE_INT8())) {
			type = new EnumType(base);
		}
		try (BytePointer value = new BytePointer(1)) {
			value.put((byte) 0);
			type.insert("FALSE", value);
			value.put((byte) 1);
			type.insert("TRUE", value);
		}
		return type;
	}
}
