// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.images;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.global.hdf5;

/**
 * The shape and element type of an HDF5 dataset, and how it holds frames. SLEAP's {@code HDF5Video} layouts:
 * {@code channels_last} is (frames, height, width, channels); {@code channels_first} is (frames, channels, width,
 * height), each frame the full transpose of a channels-last one (SLEAP transposes a frame with axes (2, 1, 0)). A
 * dataset of rank 3 holds grey frames without a channel axis: (frames, height, width), or (frames, width, height)
 * for channels first.
 */
record Hdf5Layout(String name, long[] dims, int typeClass, int typeSize, boolean signed, boolean channelsFirst) {

	/** Reads the shape and element type of an open dataset; the caller holds the HDF5 lock. */
	static Hdf5Layout of(DataSet dataSet, String name, boolean channelsFirst) {
		long space = hdf5.H5Dget_space(dataSet.getId());
		long[] dims;
		try {
			int rank = Math.max(hdf5.H5Sget_simple_extent_ndims(space), 0);
			dims = new long[rank];
			if (rank > 0) {
				hdf5.H5Sget_simple_extent_dims(space, dims, (long[]) null);
			}
		} finally {
			hdf5.H5Sclose(space);
		}
		long type = hdf5.H5Dget_type(dataSet.getId());
		try {
			return new Hdf5Layout(name, dims, hdf5.H5Tget_class(type), (int) hdf5.H5Tget_size(type),
					hdf5.H5Tget_sign(type) == hdf5.H5T_SGN_2, channelsFirst);
		} finally {
			hdf5.H5Tclose(type);
		}
	}

	/** @return whether the elements are numbers (integers or floats) */
	boolean numeric() {
		return typeClass == hdf5.H5T_INTEGER || typeClass == hdf5.H5T_FLOAT;
	}

	/** @return whether the elements are unsigned bytes, read without conversion */
	boolean uint8() {
		return typeClass == hdf5.H5T_INTEGER && typeSize == 1 && !signed;
	}

	/** @return whether this could be a video: numbers of rank 3, or rank 4 with 1 or 3 channels */
	boolean looksLikeVideo() {
		return numeric() && (dims.length == 3 || dims.length == 4 && (channels() == 1 || channels() == 3));
	}

	/** @return this dataset with the other layout where only that one has 1 or 3 channels, else this */
	Hdf5Layout inferred() {
		if (dims.length != 4) {
			return this;
		}
		Hdf5Layout other = new Hdf5Layout(name, dims, typeClass, typeSize, signed, !channelsFirst);
		boolean fits = channels() == 1 || channels() == 3;
		boolean otherFits = other.channels() == 1 || other.channels() == 3;
		return !fits && otherFits ? other : this;
	}

	long frames() {
		return dims[0];
	}

	int channels() {
		return dims.length == 3 ? 1 : (int) dims[channelsFirst ? 1 : 3];
	}

	int width() {
		return (int) (channelsFirst ? dims[dims.length - 2] : dims[2]);
	}

	int height() {
		return (int) (channelsFirst ? dims[dims.length - 1] : dims[1]);
	}

	/** @return e.g. {@code /movie (1, 2, 2, 3) int32} */
	String describe() {
		String shape = Arrays.stream(dims).mapToObj(Long::toString).collect(Collectors.joining(", ", "(", ")"));
		return name + " " + shape + " " + typeName();
	}

	String typeName() {
		if (typeClass == hdf5.H5T_INTEGER) {
			return (signed ? "int" : "uint") + typeSize * 8;
		}
		if (typeClass == hdf5.H5T_FLOAT) {
			return "float" + typeSize * 8;
		}
		return typeClass == hdf5.H5T_COMPOUND ? "compound" : typeClass == hdf5.H5T_STRING ? "string" : "non-numeric";
	}
}
