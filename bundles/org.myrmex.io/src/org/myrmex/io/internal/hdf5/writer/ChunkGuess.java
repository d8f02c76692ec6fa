// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5.writer;

/**
 * The chunk shape h5py picks when a dataset is created without one ({@code h5py._hl.filters.guess_chunk}), which is
 * what SLEAP's files carry: halve the axes in turn, starting with the first, until a chunk is near a target size
 * that grows with the dataset (8 KiB to 1 MiB). An empty axis counts as 1024.
 */
public final class ChunkGuess {
	private static final double CHUNK_BASE = 16 * 1024;
	private static final double CHUNK_MIN = 8 * 1024;
	private static final double CHUNK_MAX = 1024 * 1024;

	private ChunkGuess() {
	}

	/** @return the chunk shape h5py gives a dataset of shape {@code dims} with elements of {@code typeSize} bytes */
	public static long[] of(long[] dims, long typeSize) {
		int rank = dims.length;
		double[] chunks = new double[rank];
		for (int i = 0; i < rank; i++) {
			chunks[i] = dims[i] == 0 ? 1024 : dims[i];
		}
		double target = CHUNK_BASE * Math.pow(2, Math.log10(product(chunks) * typeSize / (1024.0 * 1024)));
		target = Math.min(CHUNK_MAX, Math.max(CHUNK_MIN, target));
		for (int index = 0;; index++) {
			double chunkBytes = product(chunks) * typeSize;
			boolean nearTarget = chunkBytes < target || Math.abs(chunkBytes - target) / target < 0.5;
			if (nearTarget && chunkBytes < CHUNK_MAX || product(chunks) == 1) {
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

	/** @return the rows per chunk h5py gives a one-dimensional dataset of {@code rows} rows of {@code rowSize} bytes */
	public static long rows(long rows, long rowSize) {
		return of(new long[] { rows }, rowSize)[0];
	}

	private static double product(double[] values) {
		double product = 1;
		for (double value : values) {
			product *= value;
		}
		return product;
	}
}
