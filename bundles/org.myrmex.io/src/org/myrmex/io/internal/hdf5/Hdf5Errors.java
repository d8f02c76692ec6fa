// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5;

/** HDF5's C++ exceptions reach Java as RuntimeExceptions carrying the C++ message. */
public final class Hdf5Errors {
	private Hdf5Errors() {
	}

	/**
	 * @return whether {@code e} is an error of the HDF5 library (JavaCPP turns C++ exceptions into plain
	 *         {@code RuntimeException}s), not a bug of Java code such as a {@code NullPointerException}
	 */
	public static boolean isNative(RuntimeException e) {
		return e.getClass() == RuntimeException.class;
	}

	/** @return a short message for a failed HDF5 call */
	public static String message(RuntimeException e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
