// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.hdf5;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.hdf5.Attribute;
import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.H5Object;
import org.bytedeco.hdf5.StrType;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;
import org.myrmex.io.LabelsFileException;

/** Reads HDF5 strings — fixed-length (as SLEAP writes them) or variable-length (as h5py writes Python str). */
public final class Strings {
	private Strings() {
	}

	/** @return a scalar string attribute of an object, or null when it has none */
	public static String attribute(H5Object object, String name, Path file) throws LabelsFileException {
		if (!object.attrExists(name)) {
			return null;
		}
		try (Attribute attribute = object.openAttribute(name)) {
			if (attribute.getTypeClass() != hdf5.H5T_STRING) {
				throw new LabelsFileException(file, "attribute '" + name + "' is not a string");
			}
			try (StrType type = attribute.getStrType()) {
				if (type.isVariableStr()) {
					try (PointerPointer<BytePointer> pointers = new PointerPointer<>(1)) {
						attribute.read(type, pointers);
						return take(pointers, 0);
					}
				}
				int size = (int) type.getSize();
				try (BytePointer data = new BytePointer((long) size)) {
					attribute.read(type, (org.bytedeco.javacpp.Pointer) data);
					byte[] bytes = new byte[size];
					data.get(bytes);
					return decode(bytes, 0, size);
				}
			}
		} catch (RuntimeException e) {
			throw new LabelsFileException(file, "cannot read attribute '" + name + "' (" + Hdf5Errors.message(e) + ")", e);
		}
	}

	/**
	 * @return the strings of a one-dimensional string dataset; a numeric dataset of no rows (SLEAP's way of
	 *         writing an empty list) gives an empty list
	 */
	public static List<String> dataset(H5File h5, String name, Path file) throws LabelsFileException {
		if (!h5.nameExists(name)) {
			return List.of();
		}
		try (DataSet dataSet = h5.openDataSet(name); DataSpace space = dataSet.getSpace()) {
			long rows = space.getSimpleExtentNpoints();
			if (dataSet.asAbstractDs().getTypeClass() != hdf5.H5T_STRING) {
				if (rows == 0) {
					return List.of();
				}
				throw new LabelsFileException(file, "'" + name + "' holds numbers, not JSON strings");
			}
			List<String> strings = new ArrayList<>((int) rows);
			try (StrType type = dataSet.asAbstractDs().getStrType()) {
				if (type.isVariableStr()) {
					try (PointerPointer<BytePointer> pointers = new PointerPointer<>(rows)) {
						dataSet.read(pointers, type);
						for (int i = 0; i < rows; i++) {
							strings.add(take(pointers, i));
						}
					}
					return strings;
				}
				int size = (int) type.getSize();
				byte[] bytes = new byte[(int) (rows * size)];
				if (bytes.length > 0) {
					try (BytePointer data = new BytePointer((long) bytes.length)) {
						dataSet.read(data, type);
						data.get(bytes);
					}
				}
				for (int i = 0; i < rows; i++) {
					strings.add(decode(bytes, i * size, size));
				}
				return strings;
			}
		} catch (RuntimeException e) {
			throw new LabelsFileException(file, "cannot read '" + name + "' (" + Hdf5Errors.message(e) + ")", e);
		}
	}

	private static String take(PointerPointer<BytePointer> pointers, int index) {
		BytePointer string = pointers.get(BytePointer.class, index);
		if (string == null || string.isNull()) {
			return "";
		}
		String value = new String(string.getStringBytes(), StandardCharsets.UTF_8);
		hdf5.H5free_memory(string);
		return value;
	}

	/** Fixed-length strings are NUL-padded (or space-padded); JSON is UTF-8. */
	private static String decode(byte[] bytes, int from, int size) {
		int end = from;
		while (end < from + size && bytes[end] != 0) {
			end++;
		}
		return new String(bytes, from, end - from, StandardCharsets.UTF_8).stripTrailing();
	}
}
