// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5.writer;

import java.nio.file.Path;

import org.bytedeco.hdf5.FileAccPropList;
import org.bytedeco.hdf5.FileCreatPropList;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.global.hdf5;
import org.myrmex.io.Hdf5Library;

/**
 * A new HDF5 file for writing: the one way Myrmex creates HDF5 files (with {@link TableWriter}, {@link StringLists},
 * {@link Attributes} and {@link Datasets} writing into it). {@link #create(Path)} sets the library bounds (1.8,
 * latest): objects keep the 1.8 encodings that every HDF5 since 1.8 reads (Debian's h5py 3.7 on HDF5 1.10 included),
 * and attributes over 64 KiB go to dense storage instead of failing as they do in SLEAP. Never (latest, latest):
 * HDF5 1.10 cannot read the datatype messages that writes.
 */
public final class Hdf5Output implements AutoCloseable {
	private final H5File file;
	private boolean closed;

	private Hdf5Output(H5File file) {
		this.file = file;
	}

	/** Creates {@code path}, truncating it if it exists. HDF5 errors arrive as {@link RuntimeException}s. */
	public static Hdf5Output create(Path path) {
		Hdf5Library.load();
		try (FileAccPropList access = new FileAccPropList()) {
			access.setLibverBounds(hdf5.H5F_LIBVER_V18, hdf5.H5F_LIBVER_LATEST);
			return new Hdf5Output(new H5File(path.toString(), hdf5.H5F_ACC_TRUNC(), FileCreatPropList.DEFAULT(), access));
		}
	}

	/**
	 * Creates {@code path} with HDF5's default library bounds, as h5py opens a file SLEAP writes small files to (the
	 * analysis export), truncating it if it exists.
	 */
	public static Hdf5Output createWithDefaultBounds(Path path) {
		Hdf5Library.load();
		return new Hdf5Output(new H5File(path.toString(), hdf5.H5F_ACC_TRUNC()));
	}

	/** @return the open file */
	public H5File file() {
		return file;
	}

	/** Closes the file, writing everything HDF5 still holds; errors arrive as {@link RuntimeException}s. */
	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		try {
			file._close();
		} finally {
			file.close();
		}
	}
}
