// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.hdf5.Attribute;
import org.bytedeco.hdf5.Group;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.DoublePointer;
import org.myrmex.io.internal.hdf5.Table;

/**
 * Low-level, read-only access to a SLEAP {@code .slp} file (HDF5) through the HDF5 C++ library. Open it with
 * {@link #open(Path)}, close it when done.
 */
public final class SlpFile implements AutoCloseable {
	private static final byte[] HDF5_SIGNATURE = { (byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n' };

	private final Path path;
	private final H5File file;

	private SlpFile(Path path, H5File file) {
		this.path = path;
		this.file = file;
	}

	/**
	 * Opens a {@code .slp} file for reading.
	 *
	 * @throws LabelsFileException when the file is missing, not HDF5 or cannot be opened
	 */
	public static SlpFile open(Path path) throws LabelsFileException {
		if (!Files.isRegularFile(path)) {
			throw new LabelsFileException(path, "no such file");
		}
		if (!hasHdf5Signature(path)) {
			throw new LabelsFileException(path, "not an HDF5 file (SLEAP .slp files are HDF5)");
		}
		Hdf5Library.load();
		try {
			return new SlpFile(path, new H5File(path.toString(), hdf5.H5F_ACC_RDONLY()));
		} catch (RuntimeException e) {
			throw new LabelsFileException(path, "cannot open as HDF5 (" + message(e) + ")", e);
		}
	}

	private static boolean hasHdf5Signature(Path path) throws LabelsFileException {
		byte[] head = new byte[HDF5_SIGNATURE.length];
		try (var in = Files.newInputStream(path)) {
			if (in.readNBytes(head, 0, head.length) != head.length) {
				return false;
			}
		} catch (java.io.IOException e) {
			throw new LabelsFileException(path, "cannot read (" + e.getMessage() + ")", e);
		}
		return java.util.Arrays.equals(head, HDF5_SIGNATURE);
	}

	/** @return the open HDF5 file, for the readers of this package */
	H5File h5() {
		return file;
	}

	/** @return the file this reads */
	public Path path() {
		return path;
	}

	/**
	 * @return the {@code metadata/format_id} attribute (1.0, 1.1, 1.2 …)
	 * @throws LabelsFileException when the file has no {@code metadata} group or format id
	 */
	public double formatId() throws LabelsFileException {
		if (!file.nameExists("metadata")) {
			throw new LabelsFileException(path, "no 'metadata' group: not a SLEAP labels file");
		}
		try (Group metadata = file.openGroup("metadata")) {
			if (!metadata.attrExists("format_id")) {
				throw new LabelsFileException(path, "no 'metadata/format_id' attribute");
			}
			return doubleAttribute(metadata, "format_id", path);
		}
	}

	/** @return a scalar numeric attribute as a double (HDF5 converts integer attributes) */
	static double doubleAttribute(Group group, String name, Path path) throws LabelsFileException {
		try (Attribute attribute = group.openAttribute(name); DoublePointer value = new DoublePointer(1)) {
			attribute.read(org.bytedeco.hdf5.PredType.NATIVE_DOUBLE(), value);
			return value.get();
		} catch (RuntimeException e) {
			throw new LabelsFileException(path, "cannot read attribute '" + name + "' (" + message(e) + ")", e);
		}
	}

	/**
	 * Reads the {@code frames} table.
	 *
	 * @throws LabelsFileException when the table is missing or its columns are not SLEAP's
	 */
	public List<SlpFrame> readFrames() throws LabelsFileException {
		List<String> columns = List.of("frame_id", "video", "frame_idx", "instance_id_start", "instance_id_end");
		try (Table table = Table.open(file, path, "frames", columns, columns)) {
			return frames(table);
		}
	}

	private List<SlpFrame> frames(Table table) throws LabelsFileException {
		double[] id = table.column("frame_id");
		double[] video = table.column("video");
		double[] index = table.column("frame_idx");
		double[] start = table.column("instance_id_start");
		double[] end = table.column("instance_id_end");
		List<SlpFrame> frames = new ArrayList<>(table.rows());
		for (int row = 0; row < table.rows(); row++) {
			if (end[row] < start[row]) {
				throw new LabelsFileException(path, "frame row " + row + " has a reversed instance range [" + (long) start[row]
						+ ", " + (long) end[row] + ")");
			}
			frames.add(new SlpFrame((long) id[row], (int) video[row], (long) index[row], (long) start[row], (long) end[row]));
		}
		return frames;
	}


	/** JavaCPP turns HDF5's C++ exceptions into RuntimeExceptions carrying the C++ message. */
	static String message(RuntimeException e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	@Override
	public void close() {
		file._close();
		file.close();
	}
}
