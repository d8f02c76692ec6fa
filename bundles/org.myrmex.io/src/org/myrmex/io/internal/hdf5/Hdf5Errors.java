// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5;

/** HDF5's C++ exceptions reach Java as RuntimeExceptions carrying the C++ message. */
public final class Hdf5Errors {
	private Hdf5Errors() {
	}

	/** @return a short message for a failed HDF5 call */
	public static String message(RuntimeException e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
