// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5.writer;

import java.util.List;

import org.bytedeco.hdf5.DSetAccPropList;
import org.bytedeco.hdf5.DSetCreatPropList;
import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.DataType;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.LinkCreatPropList;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.StrType;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.BytePointer;

/**
 * One-dimensional extendable datasets ({@code maxshape=(None,)}) as h5py creates them from a Python list: a list of
 * bytes becomes fixed-length ASCII NUL-padded strings as long as the longest element ({@code |S<n>}), an empty list
 * a float64 dataset of shape (0,). Chunks as h5py guesses them.
 */
public final class StringLists {
	private StringLists() {
	}

	/** Writes {@code values} (encoded text, e.g. JSON documents), or an empty list when there are none. */
	public static void put(H5File file, String name, List<byte[]> values) {
		if (values.isEmpty()) {
			putEmpty(file, name);
			return;
		}
		int length = 1;
		for (byte[] value : values) {
			length = Math.max(length, value.length);
		}
		try (StrType type = StringTypes.fixedAscii(length);
				BytePointer data = new BytePointer((long) length * values.size())) {
			data.fill(0);
			for (int i = 0; i < values.size(); i++) {
				data.position((long) i * length).put(values.get(i));
			}
			data.position(0);
			try (DataSet dataSet = create(file, name, type, values.size(), length)) {
				dataSet.write(data, type);
			}
		}
	}

	/** Writes what h5py makes of an empty list: float64, shape (0,). */
	public static void putEmpty(H5File file, String name) {
		create(file, name, PredType.IEEE_F64LE(), 0, Double.BYTES).close();
	}

	private static DataSet create(H5File file, String name, DataType type, long rows, long rowSize) {
		try (DataSpace space = new DataSpace(1, new long[] { rows }, new long[] { hdf5.H5S_UNLIMITED });
				DSetCreatPropList properties = new DSetCreatPropList()) {
			properties.setChunk(1, ChunkGuess.of(new long[] { rows }, rowSize));
			return file.createDataSet(name, type, space, properties, DSetAccPropList.DEFAULT(), LinkCreatPropList.DEFAULT());
		}
	}
}
