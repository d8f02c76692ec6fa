// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5.writer;

import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.StrType;
import org.bytedeco.hdf5.global.hdf5;

/** The two string types h5py writes: numpy {@code bytes_} and Python {@code str}. The caller closes them. */
final class StringTypes {
	private StringTypes() {
	}

	/** @return a fixed-length ASCII string type of {@code length} bytes, NUL padded */
	static StrType fixedAscii(long length) {
		StrType type = new StrType(PredType.C_S1(), length);
		type.setCset(hdf5.H5T_CSET_ASCII);
		type.setStrpad(hdf5.H5T_STR_NULLPAD);
		return type;
	}

	/** @return a variable-length UTF-8 string type */
	static StrType variableUtf8() {
		StrType type = new StrType(PredType.C_S1(), hdf5.H5T_VARIABLE());
		type.setCset(hdf5.H5T_CSET_UTF8);
		return type;
	}
}
