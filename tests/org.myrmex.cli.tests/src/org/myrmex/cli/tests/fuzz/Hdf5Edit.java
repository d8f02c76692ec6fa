// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

import static org.bytedeco.hdf5.global.hdf5.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.myrmex.io.Hdf5Library;

/**
 * Edits a copy of an HDF5 file through the HDF5 C API: deletes objects and attributes, rewrites string and number
 * attributes, reads and writes the raw rows of a dataset, and puts datasets of other types or shapes in place of the
 * real ones. Used only on the parent side, under {@link Hdf5Library#lock()}.
 */
final class Hdf5Edit implements AutoCloseable {
	/** A member of a compound row: its name, byte offset, byte size, HDF5 class and whether an integer is signed. */
	record Member(String name, int offset, int size, int typeClass, boolean signed) {
		boolean isFloat() {
			return typeClass == H5T_FLOAT;
		}
	}

	/** The raw bytes of a one-dimensional dataset and the layout of its rows (no members for a plain array). */
	record Rows(String dataset, long count, int rowSize, List<Member> members, byte[] bytes) {
	}

	private final Path path;
	private final long file;

	Hdf5Edit(Path path) {
		Hdf5Library.load();
		this.path = path;
		this.file = H5Fopen(path.toString(), H5F_ACC_RDWR, H5P_DEFAULT);
		check(file, "open");
	}

	boolean exists(String name) {
		return H5Lexists(file, name, H5P_DEFAULT) > 0;
	}

	void delete(String name) {
		check(H5Ldelete(file, name, H5P_DEFAULT), "delete " + name);
	}

	boolean hasAttribute(String object, String attribute) {
		return exists(object) && H5Aexists_by_name(file, object, attribute, H5P_DEFAULT) > 0;
	}

	void deleteAttribute(String object, String attribute) {
		check(H5Adelete_by_name(file, object, attribute, H5P_DEFAULT), "delete attribute " + attribute);
	}

	/** @return a string attribute, fixed-length or variable-length */
	String stringAttribute(String object, String attribute) {
		long attr = H5Aopen_by_name(file, object, attribute, H5P_DEFAULT, H5P_DEFAULT);
		check(attr, "open attribute " + attribute);
		long type = H5Aget_type(attr);
		try {
			if (H5Tis_variable_str(type) > 0) {
				long memType = H5Tcopy(H5T_C_S1_g());
				H5Tset_size(memType, H5T_VARIABLE);
				try (PointerPointer<BytePointer> holder = new PointerPointer<>(1)) {
					check(H5Aread(attr, memType, holder), "read attribute " + attribute);
					BytePointer text = holder.get(BytePointer.class, 0);
					String value = text.getString(StandardCharsets.UTF_8);
					H5free_memory(text);
					return value;
				} finally {
					H5Tclose(memType);
				}
			}
			int size = (int) H5Tget_size(type);
			try (BytePointer bytes = new BytePointer(size + 1L)) {
				check(H5Aread(attr, type, bytes), "read attribute " + attribute);
				byte[] raw = new byte[size];
				bytes.get(raw);
				int end = 0;
				while (end < size && raw[end] != 0) {
					end++;
				}
				return new String(raw, 0, end, StandardCharsets.UTF_8);
			}
		} finally {
			H5Tclose(type);
			H5Aclose(attr);
		}
	}

	/** Writes a scalar fixed-length string attribute in place of whatever was there. */
	void setStringAttribute(String object, String attribute, String value) {
		byte[] raw = value.getBytes(StandardCharsets.UTF_8);
		long type = H5Tcopy(H5T_C_S1_g());
		H5Tset_size(type, Math.max(1, raw.length));
		try (BytePointer bytes = new BytePointer(Math.max(1, raw.length))) {
			bytes.put(raw);
			writeAttribute(object, attribute, type, bytes);
		} finally {
			H5Tclose(type);
		}
	}

	/** Writes a scalar float64 attribute in place of whatever was there. */
	void setDoubleAttribute(String object, String attribute, double value) {
		try (BytePointer bytes = new BytePointer(8)) {
			bytes.putDouble(value);
			writeAttribute(object, attribute, H5T_NATIVE_DOUBLE_g(), bytes);
		}
	}

	private void writeAttribute(String object, String attribute, long type, BytePointer bytes) {
		if (hasAttribute(object, attribute)) {
			deleteAttribute(object, attribute);
		}
		long target = H5Oopen(file, object, H5P_DEFAULT);
		check(target, "open " + object);
		long space = H5Screate(H5S_SCALAR);
		long attr = H5Acreate2(target, attribute, type, space, H5P_DEFAULT, H5P_DEFAULT);
		try {
			check(attr, "create attribute " + attribute);
			check(H5Awrite(attr, type, bytes), "write attribute " + attribute);
		} finally {
			H5Aclose(attr);
			H5Sclose(space);
			H5Oclose(target);
		}
	}

	/** @return the rows of a one-dimensional dataset as stored (file type, no conversion) */
	Rows rows(String dataset) {
		long set = H5Dopen2(file, dataset, H5P_DEFAULT);
		check(set, "open " + dataset);
		long type = H5Dget_type(set);
		long space = H5Dget_space(set);
		try {
			long count = H5Sget_simple_extent_npoints(space);
			int rowSize = (int) H5Tget_size(type);
			List<Member> members = new ArrayList<>();
			if (H5Tget_class(type) == H5T_COMPOUND) {
				for (int i = 0; i < H5Tget_nmembers(type); i++) {
					BytePointer name = H5Tget_member_name(type, i);
					long memberType = H5Tget_member_type(type, i);
					members.add(new Member(name.getString(), (int) H5Tget_member_offset(type, i),
							(int) H5Tget_size(memberType), H5Tget_class(memberType), H5Tget_sign(memberType) == H5T_SGN_2));
					H5free_memory(name);
					H5Tclose(memberType);
				}
			} else {
				members.add(new Member("", 0, rowSize, H5Tget_class(type), H5Tget_sign(type) == H5T_SGN_2));
			}
			byte[] bytes = new byte[(int) (count * rowSize)];
			try (BytePointer buffer = new BytePointer(Math.max(1, bytes.length))) {
				if (bytes.length > 0) {
					check(H5Dread(set, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer), "read " + dataset);
					buffer.get(bytes);
				}
			}
			return new Rows(dataset, count, rowSize, members, bytes);
		} finally {
			H5Sclose(space);
			H5Tclose(type);
			H5Dclose(set);
		}
	}

	/** Writes rows read by {@link #rows(String)} back, changed. */
	void write(Rows rows) {
		long set = H5Dopen2(file, rows.dataset(), H5P_DEFAULT);
		check(set, "open " + rows.dataset());
		long type = H5Dget_type(set);
		try (BytePointer buffer = new BytePointer(Math.max(1, rows.bytes().length))) {
			buffer.put(rows.bytes());
			if (rows.bytes().length > 0) {
				check(H5Dwrite(set, type, H5S_ALL, H5S_ALL, H5P_DEFAULT, buffer), "write " + rows.dataset());
			}
		} finally {
			H5Tclose(type);
			H5Dclose(set);
		}
	}

	/** @return how many elements a dataset holds */
	long count(String dataset) {
		long set = H5Dopen2(file, dataset, H5P_DEFAULT);
		check(set, "open " + dataset);
		long space = H5Dget_space(set);
		try {
			return H5Sget_simple_extent_npoints(space);
		} finally {
			H5Sclose(space);
			H5Dclose(set);
		}
	}

	/** @return a dataset's dimensions */
	long[] dims(String dataset) {
		long set = H5Dopen2(file, dataset, H5P_DEFAULT);
		check(set, "open " + dataset);
		long space = H5Dget_space(set);
		try {
			long[] dims = new long[Math.max(0, H5Sget_simple_extent_ndims(space))];
			H5Sget_simple_extent_dims(space, dims, (long[]) null);
			return dims;
		} finally {
			H5Sclose(space);
			H5Dclose(set);
		}
	}

	/** @return a copy of a dataset's type, for the caller to close */
	long typeOf(String dataset) {
		long set = H5Dopen2(file, dataset, H5P_DEFAULT);
		check(set, "open " + dataset);
		try {
			return H5Dget_type(set);
		} finally {
			H5Dclose(set);
		}
	}

	/**
	 * Puts an empty dataset of another type and shape in place of {@code name} (nothing written: its values read as
	 * the fill value); with {@code chunked} its storage is chunked, so huge dimensions cost no disk.
	 */
	void replace(String name, long type, long[] dims, boolean chunked) {
		if (exists(name)) {
			delete(name);
		}
		long space = dims.length == 0 ? H5Screate(H5S_SCALAR) : H5Screate_simple(dims.length, dims, (long[]) null);
		long plist = H5Pcreate(H5P_CLS_DATASET_CREATE_ID_g());
		if (chunked && dims.length > 0) {
			long[] chunk = new long[dims.length];
			java.util.Arrays.fill(chunk, 1);
			H5Pset_chunk(plist, dims.length, chunk);
		}
		long set = H5Dcreate2(file, name, type, space, H5P_DEFAULT, plist, H5P_DEFAULT);
		try {
			check(set, "create " + name);
		} finally {
			H5Dclose(set);
			H5Pclose(plist);
			H5Sclose(space);
		}
	}

	@Override
	public void close() {
		H5Fclose(file);
	}

	private void check(long result, String what) {
		if (result < 0) {
			throw new IllegalStateException(path + ": HDF5 could not " + what);
		}
	}
}
