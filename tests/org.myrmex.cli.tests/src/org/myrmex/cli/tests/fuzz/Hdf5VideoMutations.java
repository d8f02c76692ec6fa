// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

import static org.bytedeco.hdf5.global.hdf5.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

import org.myrmex.io.Hdf5Library;

/**
 * Damaged HDF5 videos (SLEAP's {@code HDF5Video}, the {@code movie} dataset of {@code test_grid/grid_2x2.h5}): the
 * dataset missing, of another type or rank, with no frames, with billions of frames or frames of a million pixels
 * a side (chunked and unwritten: no disk), with no or thousands of channels; or the file's bytes damaged.
 */
final class Hdf5VideoMutations {
	private static final String FIXTURE = "sleap/test_grid/grid_2x2.h5";
	private static final String MOVIE = "movie";

	private Hdf5VideoMutations() {
	}

	static Mutants.Case make(Path fixtures, Path folder, Random random) throws IOException {
		Path file = folder.resolve("video.h5");
		if (random.nextInt(3) == 0) {
			ByteMutations.Mutant mutant = ByteMutations.mutate(Files.readAllBytes(fixtures.resolve(FIXTURE)), random);
			Files.write(file, mutant.bytes());
			return new Mutants.Case(Format.VIDEO, file, "grid_2x2.h5", mutant.mutation());
		}
		Files.copy(fixtures.resolve(FIXTURE), file);
		file.toFile().setWritable(true);
		String mutation;
		synchronized (Hdf5Library.lock()) {
			try (Hdf5Edit h5 = new Hdf5Edit(file)) {
				mutation = mutate(h5, random);
			}
		}
		return new Mutants.Case(Format.VIDEO, file, "grid_2x2.h5", mutation);
	}

	private static String mutate(Hdf5Edit h5, Random random) {
		long[] dims = h5.dims(MOVIE);
		long type = h5.typeOf(MOVIE);
		try {
			long[] changed = dims.clone();
			boolean chunked = false;
			long newType = type;
			String mutation;
			switch (random.nextInt(8)) {
			case 0 -> {
				h5.delete(MOVIE);
				return "no movie dataset";
			}
			case 1 -> {
				newType = random.nextBoolean() ? H5T_NATIVE_DOUBLE_g() : H5T_NATIVE_INT64_g();
				mutation = "movie of another number type";
			}
			case 2 -> {
				changed = Arrays.copyOf(dims, random.nextBoolean() ? Math.max(0, dims.length - 1) : dims.length + 1);
				for (int i = dims.length; i < changed.length; i++) {
					changed[i] = 2;
				}
				mutation = "movie of rank " + changed.length;
			}
			case 3 -> {
				changed[0] = 0;
				mutation = "movie with no frames";
			}
			case 4 -> {
				changed[0] = Integer.MAX_VALUE + (random.nextBoolean() ? 0L : 1000L);
				chunked = true;
				mutation = "movie of " + changed[0] + " frames";
			}
			case 5 -> {
				for (int i = 1; i < Math.min(3, changed.length); i++) {
					changed[i] = 1L << 20;
				}
				chunked = true;
				mutation = "movie frames of 2^20 pixels a side";
			}
			case 6 -> {
				changed[changed.length - 1] = random.nextBoolean() ? 5 : 4096;
				chunked = true;
				mutation = "movie with " + changed[changed.length - 1] + " in the last axis";
			}
			default -> {
				newType = H5T_C_S1_g();
				mutation = "movie of one-byte strings";
			}
			}
			h5.replace(MOVIE, newType, changed, chunked);
			return mutation + " " + Arrays.toString(changed);
		} finally {
			H5Tclose(type);
		}
	}
}
