// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.Loader;

/** Loads the native HDF5 library (once) and reports its version. */
public final class Hdf5Library {
	private static final Object LOCK = new Object();
	private static volatile boolean loaded;

	private Hdf5Library() {
	}

	/** Loads the natives and turns off HDF5's own error printing: errors reach callers as exceptions. */
	public static void load() {
		if (loaded) {
			return;
		}
		synchronized (LOCK) {
			if (!loaded) {
				Loader.load(hdf5.class);
				hdf5.H5open();
				org.bytedeco.hdf5.Exception.dontPrint();
				loaded = true;
			}
		}
	}

	/**
	 * @return the lock every HDF5 call of Myrmex holds: the HDF5 build of the preset is not thread-safe
	 *         ({@code H5is_library_threadsafe} is false), and the UI and background jobs may read and save at once
	 */
	public static Object lock() {
		return LOCK;
	}

	/** @return the HDF5 version, e.g. "1.14.3" */
	public static String version() {
		load();
		int[] major = new int[1];
		int[] minor = new int[1];
		int[] release = new int[1];
		hdf5.H5get_libversion(major, minor, release);
		return major[0] + "." + minor[0] + "." + release[0];
	}
}
