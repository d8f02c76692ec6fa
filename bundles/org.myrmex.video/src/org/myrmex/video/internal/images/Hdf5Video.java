// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.images;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.Pointer;
import org.myrmex.io.Hdf5Library;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;

/**
 * Frames stored as an array in an HDF5 dataset (SLEAP's {@code HDF5Video}); see {@link Hdf5Layout} for the axis
 * orders. Unsigned bytes are read as they are; other numbers are converted by HDF5 and clamped to 0–255. With
 * {@code convertRange} (SLEAP's default) a frame whose largest value is at most 1 is multiplied by 255, as SLEAP
 * does. Each read selects one frame with a hyperslab through the C API. Thread-safe: every HDF5 call holds
 * {@link Hdf5Library#lock()}.
 */
public final class Hdf5Video implements VideoSource {
	private final Path path;
	private final H5File file;
	private final DataSet dataSet;
	private final Hdf5Layout layout;
	private final boolean convertRange;
	private boolean closed;

	private Hdf5Video(Path path, H5File file, DataSet dataSet, Hdf5Layout layout, boolean convertRange) {
		this.path = path;
		this.file = file;
		this.dataSet = dataSet;
		this.layout = layout;
		this.convertRange = convertRange;
	}

	/**
	 * Opens a dataset of an HDF5 file as a video.
	 *
	 * @param dataset       the dataset's name, e.g. {@code /movie}; null or blank to find the one dataset that looks
	 *                      like a video, and its axis order, automatically
	 * @param channelsFirst SLEAP's {@code input_format}: true for {@code channels_first}, false for
	 *                      {@code channels_last}; ignored when the dataset is found automatically
	 * @param convertRange  SLEAP's {@code convert_range}: scale frames whose values are all at most 1 by 255
	 * @throws VideoException naming the file when it is missing, not HDF5, lacks the dataset, or the dataset does
	 *                        not hold 8-bit grey or RGB frames
	 */
	public static Hdf5Video open(Path path, String dataset, boolean channelsFirst, boolean convertRange)
			throws VideoException {
		if (!Files.isRegularFile(path)) {
			throw new VideoException(path, "no such file");
		}
		synchronized (Hdf5Library.lock()) {
			Hdf5Library.load();
			H5File file;
			try {
				file = new H5File(path.toString(), hdf5.H5F_ACC_RDONLY());
			} catch (RuntimeException e) {
				throw new VideoException(path, "not a readable HDF5 file (" + e.getMessage() + ")", e);
			}
			try {
				return openDataSet(path, file, dataset, channelsFirst, convertRange);
			} catch (VideoException e) {
				file.close();
				throw e;
			} catch (RuntimeException e) {
				file.close();
				String name = dataset == null || dataset.isBlank() ? "the datasets" : "dataset '" + dataset + "'";
				throw new VideoException(path, "cannot read " + name + " (" + e.getMessage() + ")", e);
			}
		}
	}

	private static Hdf5Video openDataSet(Path path, H5File file, String dataset, boolean channelsFirst,
			boolean convertRange) throws VideoException {
		boolean find = dataset == null || dataset.isBlank();
		Hdf5Layout found = find ? Hdf5Datasets.findVideo(file, path) : null;
		String name = find ? found.name() : dataset;
		if (!find && !exists(file, name)) {
			throw new VideoException(path, "no dataset '" + name + "'");
		}
		if (!find && file.childObjType(name) != hdf5.H5O_TYPE_DATASET) {
			throw new VideoException(path, "'" + name + "' is not a dataset");
		}
		DataSet dataSet = file.openDataSet(name);
		try {
			Hdf5Layout layout = find ? found : Hdf5Layout.of(dataSet, name, channelsFirst);
			check(path, layout);
			return new Hdf5Video(path, file, dataSet, layout, convertRange);
		} catch (VideoException | RuntimeException e) {
			dataSet.close();
			throw e;
		}
	}

	/** Whether every group on the way to {@code name} and the dataset itself exist (H5Lexists needs both). */
	private static boolean exists(H5File file, String name) {
		String path = "";
		for (String part : name.replaceFirst("^/+", "").split("/+")) {
			path += "/" + part;
			if (!file.nameExists(path)) {
				return false;
			}
		}
		return !path.isEmpty();
	}

	private static void check(Path path, Hdf5Layout layout) throws VideoException {
		String what = "dataset '" + layout.name() + "' " + layout.describe().substring(layout.name().length() + 1);
		if (!layout.numeric()) {
			throw new VideoException(path, what + " does not hold numbers, so no frames");
		}
		if (layout.dims().length != 3 && layout.dims().length != 4) {
			throw new VideoException(path, what + " is not a stack of frames (rank 3 or 4)");
		}
		if (layout.channels() != 1 && layout.channels() != 3) {
			throw new VideoException(path, what + " has " + layout.channels() + " channels as "
					+ (layout.channelsFirst() ? "channels_first" : "channels_last") + "; Myrmex reads 1 (grey) or 3 (RGB)");
		}
		if (layout.width() <= 0 || layout.height() <= 0 || layout.frames() > Integer.MAX_VALUE
				|| (long) layout.width() * layout.height() * layout.channels() > Integer.MAX_VALUE) {
			throw new VideoException(path, what + " does not hold frames Myrmex can read");
		}
	}

	/** @return the dataset's name, e.g. {@code /movie} */
	public String dataset() {
		return layout.name();
	}

	/** @return whether the dataset is read as SLEAP's {@code channels_first} */
	public boolean channelsFirst() {
		return layout.channelsFirst();
	}

	@Override
	public Path path() {
		return path;
	}

	@Override
	public int frameCount() {
		return (int) layout.frames();
	}

	@Override
	public int width() {
		return layout.width();
	}

	@Override
	public int height() {
		return layout.height();
	}

	@Override
	public int channels() {
		return layout.channels();
	}

	/** @return 0: HDF5 datasets have no frame rate */
	@Override
	public double fps() {
		return 0;
	}

	@Override
	public VideoFrame read(int index, ColorMode mode) throws VideoException {
		checkIndex(index);
		byte[] stored;
		synchronized (Hdf5Library.lock()) {
			if (closed) {
				throw new VideoException(path, "is closed");
			}
			stored = readLocked(index, width() * height() * channels());
		}
		return Hdf5Pixels.frame(layout, stored).to(mode);
	}

	private byte[] readLocked(int index, int n) throws VideoException {
		long[] dims = layout.dims();
		long[] start = new long[dims.length];
		long[] count = dims.clone();
		start[0] = index;
		count[0] = 1;
		long fileSpace = hdf5.H5Dget_space(dataSet.getId());
		long memory = hdf5.H5Screate_simple(dims.length, count, count);
		try {
			if (hdf5.H5Sselect_hyperslab(fileSpace, hdf5.H5S_SELECT_SET, start, null, count, (long[]) null) >= 0) {
				if (layout.uint8()) {
					try (BytePointer data = new BytePointer(n)) {
						if (read(PredType.NATIVE_UINT8(), memory, fileSpace, data)) {
							byte[] bytes = new byte[n];
							data.get(bytes);
							return Hdf5Pixels.fromBytes(bytes, convertRange);
						}
					}
				} else {
					try (DoublePointer data = new DoublePointer(n)) {
						if (read(PredType.NATIVE_DOUBLE(), memory, fileSpace, data)) {
							double[] values = new double[n];
							data.get(values);
							return Hdf5Pixels.fromNumbers(values, convertRange);
						}
					}
				}
			}
			throw new VideoException(path, "cannot read frame " + index + " of dataset '" + layout.name() + "'");
		} finally {
			hdf5.H5Sclose(memory);
			hdf5.H5Sclose(fileSpace);
		}
	}

	private boolean read(PredType memoryType, long memory, long fileSpace, Pointer data) {
		return hdf5.H5Dread(dataSet.getId(), memoryType.getId(), memory, fileSpace, hdf5.H5P_DEFAULT(), data) >= 0;
	}

	@Override
	public void close() {
		synchronized (Hdf5Library.lock()) {
			if (!closed) {
				closed = true;
				dataSet.close();
				file.close();
			}
		}
	}
}
