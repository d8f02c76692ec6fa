// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests;

import java.nio.file.Path;

import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.Pointer;
import org.myrmex.io.Hdf5Library;

/** Writes small HDF5 files of arrays for the HDF5 video tests: each array a dataset of the given shape. */
final class Hdf5Arrays {
	private Hdf5Arrays() {
	}

	/** Writes {@code values} as a uint8 dataset {@code name} of shape {@code dims} into a new file. */
	static void writeBytes(Path file, String name, long[] dims, byte[] values) {
		try (BytePointer data = new BytePointer(values)) {
			write(file, name, dims, PredType.NATIVE_UINT8(), data, null);
		}
	}

	/** Writes {@code values} as a float64 dataset {@code name} of shape {@code dims} into a new file. */
	static void writeDoubles(Path file, String name, long[] dims, double[] values) {
		try (DoublePointer data = new DoublePointer(values)) {
			write(file, name, dims, PredType.NATIVE_DOUBLE(), data, null);
		}
	}

	/** Writes two uint8 datasets of the same shape into a new file. */
	static void writeTwo(Path file, String first, String second, long[] dims, byte[] values) {
		try (BytePointer data = new BytePointer(values)) {
			write(file, first, dims, PredType.NATIVE_UINT8(), data, second);
		}
	}

	private static void write(Path file, String name, long[] dims, PredType type, Pointer data, String second) {
		synchronized (Hdf5Library.lock()) {
			Hdf5Library.load();
			try (H5File h5 = new H5File(file.toString(), hdf5.H5F_ACC_TRUNC());
					DataSpace space = new DataSpace(dims.length, dims)) {
				try (DataSet set = h5.createDataSet(name, type, space)) {
					set.write(data, type);
				}
				if (second != null) {
					try (DataSet set = h5.createDataSet(second, type, space)) {
						set.write(data, type);
					}
				}
				h5._close();
			}
		}
	}
}
