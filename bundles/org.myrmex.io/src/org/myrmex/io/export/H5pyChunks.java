// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.export;

/**
 * h5py's chunk shape guess ({@code h5py._hl.filters.guess_chunk}), used when a dataset is compressed without an
 * explicit chunk shape, as SLEAP's exports are: halve the axes in turn, starting with the first, until a chunk is
 * near a target size that grows with the dataset (8 KiB to 1 MiB).
 */
final class H5pyChunks {
	private static final double CHUNK_BASE = 16 * 1024;
	private static final double CHUNK_MIN = 8 * 1024;
	private static final double CHUNK_MAX = 1024 * 1024;

	private H5pyChunks() {
	}

	/** @return the chunk shape h5py picks for a dataset of shape {@code dims} with elements of {@code typeSize} bytes */
	static long[] guess(long[] dims, int typeSize) {
		int rank = dims.length;
		double[] chunks = new double[rank];
		for (int i = 0; i < rank; i++) {
			chunks[i] = dims[i] == 0 ? 1024 : dims[i];
		}
		double datasetBytes = product(chunks) * typeSize;
		double target = CHUNK_BASE * Math.pow(2, Math.log10(datasetBytes / (1024.0 * 1024)));
		target = Math.min(CHUNK_MAX, Math.max(CHUNK_MIN, target));
		for (int index = 0;; index++) {
			double chunkBytes = product(chunks) * typeSize;
			if ((chunkBytes < target || Math.abs(chunkBytes - target) / target < 0.5) && chunkBytes < CHUNK_MAX) {
				break;
			}
			if (product(chunks) == 1) {
				break;
			}
			chunks[index % rank] = Math.ceil(chunks[index % rank] / 2.0);
		}
		long[] result = new long[rank];
		for (int i = 0; i < rank; i++) {
			result[i] = (long) chunks[i];
		}
		return result;
	}

	private static double product(double[] values) {
		double product = 1;
		for (double value : values) {
			product *= value;
		}
		return product;
	}
}
