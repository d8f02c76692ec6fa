// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5.writer;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.bytedeco.hdf5.DSetAccPropList;
import org.bytedeco.hdf5.DSetCreatPropList;
import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.LinkCreatPropList;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.StrType;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Writes fixed-size datasets with the types and storage h5py gives the same numpy data (the analysis HDF5 export), so
 * that a file reads in h5py exactly like one SLEAP wrote: numeric arrays chunked as h5py chunks them and gzip level 9
 * compressed (or contiguous where SLEAP passes no compression), {@code numpy.bytes_} arrays as fixed-length ASCII
 * NULLPAD strings, Python {@code str} scalars as variable-length UTF-8 strings.
 *
 * <p>Buffers are passed as {@link Pointer} on purpose: {@code DataSet.write(BytePointer, …)} is the C++
 * {@code std::string} overload.
 */
public final class Datasets {
	private static final int GZIP_LEVEL = 9;

	private Datasets() {
	}

	/** A float64 array, chunked and gzip compressed. */
	public static void doubles(H5File file, String name, long[] dims, double[] values) {
		try (DataSpace space = new DataSpace(dims.length, dims);
				DSetCreatPropList properties = compressed(dims, Double.BYTES);
				DataSet dataSet = file.createDataSet(name, PredType.IEEE_F64LE(), space, properties,
						DSetAccPropList.DEFAULT(), LinkCreatPropList.DEFAULT());
				DoublePointer data = new DoublePointer(values)) {
			dataSet.write(data, PredType.NATIVE_DOUBLE());
		}
	}

	/** A uint8 array, chunked and gzip compressed. */
	public static void bytes(H5File file, String name, long[] dims, byte[] values) {
		try (DataSpace space = new DataSpace(dims.length, dims);
				DSetCreatPropList properties = compressed(dims, 1);
				DataSet dataSet = file.createDataSet(name, PredType.STD_U8LE(), space, properties,
						DSetAccPropList.DEFAULT(), LinkCreatPropList.DEFAULT());
				BytePointer data = new BytePointer(values)) {
			dataSet.write((Pointer) data, PredType.NATIVE_UINT8());
		}
	}

	/** An int32 array, contiguous. */
	public static void ints(H5File file, String name, long[] dims, int[] values) {
		try (DataSpace space = new DataSpace(dims.length, dims);
				DataSet dataSet = file.createDataSet(name, PredType.STD_I32LE(), space);
				IntPointer data = new IntPointer(values)) {
			dataSet.write(data, PredType.NATIVE_INT32());
		}
	}

	/** A scalar int32. */
	public static void scalarInt(H5File file, String name, int value) {
		try (DataSpace space = new DataSpace();
				DataSet dataSet = file.createDataSet(name, PredType.STD_I32LE(), space);
				IntPointer data = new IntPointer(new int[] { value })) {
			dataSet.write(data, PredType.NATIVE_INT32());
		}
	}

	/** What h5py writes for an empty Python list: a float64 array of shape (0,). */
	public static void emptyList(H5File file, String name) {
		try (DataSpace space = new DataSpace(1, new long[] { 0 })) {
			file.createDataSet(name, PredType.IEEE_F64LE(), space).close();
		}
	}

	/**
	 * Fixed-length strings ({@code numpy.bytes_}): ASCII, NULLPAD, as long as the longest value's UTF-8 bytes (at
	 * least 1), contiguous.
	 */
	public static void fixedStrings(H5File file, String name, long[] dims, List<String> values) {
		byte[][] encoded = new byte[values.size()][];
		int length = 1;
		for (int i = 0; i < encoded.length; i++) {
			encoded[i] = values.get(i).getBytes(StandardCharsets.UTF_8);
			length = Math.max(length, encoded[i].length);
		}
		byte[] buffer = new byte[encoded.length * length];
		for (int i = 0; i < encoded.length; i++) {
			System.arraycopy(encoded[i], 0, buffer, i * length, encoded[i].length);
		}
		try (StrType type = StringTypes.fixedAscii(length); DataSpace space = new DataSpace(dims.length, dims)) {
			try (DataSet dataSet = file.createDataSet(name, type, space); BytePointer data = new BytePointer(buffer)) {
				dataSet.write((Pointer) data, type);
			}
		}
	}

	/** A scalar variable-length UTF-8 string (a Python {@code str}). */
	public static void scalarString(H5File file, String name, String value) {
		byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
		byte[] terminated = new byte[utf8.length + 1];
		System.arraycopy(utf8, 0, terminated, 0, utf8.length);
		try (StrType type = StringTypes.variableUtf8(); DataSpace space = new DataSpace()) {
			try (DataSet dataSet = file.createDataSet(name, type, space);
					BytePointer text = new BytePointer(terminated);
					PointerPointer<BytePointer> data = new PointerPointer<>(1)) {
				data.put(0, text);
				dataSet.write(data, type);
			}
		}
	}

	private static DSetCreatPropList compressed(long[] dims, int typeSize) {
		DSetCreatPropList properties = new DSetCreatPropList();
		long[] chunks = ChunkGuess.of(dims, typeSize);
		properties.setChunk(chunks.length, chunks);
		properties.setDeflate(GZIP_LEVEL);
		return properties;
	}
}
