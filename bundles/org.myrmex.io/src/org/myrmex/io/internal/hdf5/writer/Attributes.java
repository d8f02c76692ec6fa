// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5.writer;

import java.nio.charset.StandardCharsets;

import org.bytedeco.hdf5.Attribute;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.H5Object;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.StrType;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Scalar attributes with the types h5py gives Python values: a {@code float} is float64, an {@code int} int64, a
 * {@code str} a variable-length UTF-8 string and a {@code bytes} (numpy {@code bytes_}) a fixed-length ASCII string
 * padded with NULs. An attribute over 64 KiB needs a file opened with library bounds from 1.8 on (dense attribute
 * storage, see {@link Hdf5Output}).
 */
public final class Attributes {
	private Attributes() {
	}

	/** Writes a float64 scalar. */
	public static void putDouble(H5Object object, String name, double value) {
		try (DataSpace scalar = new DataSpace(hdf5.H5S_SCALAR);
				Attribute attribute = object.createAttribute(name, PredType.IEEE_F64LE(), scalar);
				DoublePointer data = new DoublePointer(1)) {
			data.put(value);
			attribute.write(PredType.NATIVE_DOUBLE(), data);
		}
	}

	/** Writes an int64 scalar. */
	public static void putLong(H5Object object, String name, long value) {
		try (DataSpace scalar = new DataSpace(hdf5.H5S_SCALAR);
				Attribute attribute = object.createAttribute(name, PredType.STD_I64LE(), scalar);
				LongPointer data = new LongPointer(1)) {
			data.put(value);
			attribute.write(PredType.NATIVE_INT64(), data);
		}
	}

	/** Writes a fixed-length string (at least one byte long), ASCII, NUL padded: what h5py makes of numpy bytes. */
	public static void putFixedString(H5Object object, String name, byte[] value) {
		try (StrType type = StringTypes.fixedAscii(Math.max(1, value.length));
				DataSpace scalar = new DataSpace(hdf5.H5S_SCALAR)) {
			try (Attribute attribute = object.createAttribute(name, type, scalar);
					BytePointer data = new BytePointer(Math.max(1, value.length))) {
				data.put(value);
				attribute.write(type, data);
			}
		}
	}

	/** Writes a variable-length UTF-8 string: what h5py makes of a Python str. */
	public static void putString(H5Object object, String name, String value) {
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		try (StrType type = StringTypes.variableUtf8(); DataSpace scalar = new DataSpace(hdf5.H5S_SCALAR)) {
			try (Attribute attribute = object.createAttribute(name, type, scalar);
					BytePointer text = new BytePointer(utf8.length + 1L);
					PointerPointer<BytePointer> data = new PointerPointer<>(1)) {
				text.put(utf8).put(utf8.length, (byte) 0);
				data.put(0, text);
				attribute.write(type, data);
			}
		}
	}
}
