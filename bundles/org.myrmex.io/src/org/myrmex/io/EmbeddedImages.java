// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.bytedeco.hdf5.DSetMemXferPropList;
import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.LongPointer;
import org.myrmex.io.internal.hdf5.Hdf5Errors;

/**
 * The encoded images a SLEAP package ({@code .pkg.slp}) embeds for one video: dataset {@code video{N}/video}, one
 * PNG or JPEG per row (zero padded), and {@code video{N}/frame_numbers} mapping rows to the original frame numbers.
 */
public final class EmbeddedImages implements AutoCloseable {
	private final SlpFile file;
	private final String dataset;
	private final Map<Integer, Integer> rowOfFrame = new HashMap<>();
	private final int[] frameNumbers;
	private final long rowBytes;

	private EmbeddedImages(SlpFile file, String dataset, int[] frameNumbers, long rowBytes) {
		this.file = file;
		this.dataset = dataset;
		this.frameNumbers = frameNumbers;
		this.rowBytes = rowBytes;
		for (int row = 0; row < frameNumbers.length; row++) {
			rowOfFrame.putIfAbsent(frameNumbers[row], row);
		}
	}

	/**
	 * Opens the images of an embedded video.
	 *
	 * @param dataset the video's dataset, e.g. {@code video0/video} (the model's {@code Video.getDataset()})
	 */
	public static EmbeddedImages open(Path path, String dataset) throws LabelsFileException {
		synchronized (Hdf5Library.lock()) {
			return openLocked(path, dataset);
		}
	}

	private static EmbeddedImages openLocked(Path path, String dataset) throws LabelsFileException {
		SlpFile file = SlpFile.open(path);
		try {
			String name = dataset.replaceFirst("^/", "");
			String group = name.replaceFirst("/[^/]+$", "");
			if (!file.h5().nameExists(group) || !file.h5().nameExists(name)) {
				throw new LabelsFileException(path, "no embedded images at '" + name + "'");
			}
			int[] frames = frameNumbers(file, group + "/frame_numbers");
			try (DataSet images = file.h5().openDataSet(name); DataSpace space = images.getSpace()) {
				if (space.getSimpleExtentNdims() != 2) {
					throw new LabelsFileException(path, "'" + name + "' is not a table of encoded images (rank "
							+ space.getSimpleExtentNdims() + ")");
				}
				long[] dims = new long[2];
				space.getSimpleExtentDims(dims);
				if (frames == null) {
					frames = new int[(int) dims[0]];
					Arrays.setAll(frames, i -> i);
				}
				if (frames.length != dims[0]) {
					throw new LabelsFileException(path, "'" + group + "/frame_numbers' has " + frames.length + " entries for "
							+ dims[0] + " images");
				}
				return new EmbeddedImages(file, name, frames, dims[1]);
			}
		} catch (LabelsFileException e) {
			file.close();
			throw e;
		} catch (RuntimeException e) {
			file.close();
			throw new LabelsFileException(path, "cannot read '" + dataset + "' (" + Hdf5Errors.message(e) + ")", e);
		}
	}

	private static int[] frameNumbers(SlpFile file, String name) {
		if (!file.h5().nameExists(name)) {
			return null;
		}
		try (DataSet numbers = file.h5().openDataSet(name); DataSpace space = numbers.getSpace()) {
			int count = (int) space.getSimpleExtentNpoints();
			try (LongPointer values = new LongPointer(Math.max(count, 1))) {
				if (count > 0) {
					numbers.read(values, PredType.NATIVE_INT64());
				}
				int[] frames = new int[count];
				for (int i = 0; i < count; i++) {
					frames[i] = (int) values.get(i);
				}
				return frames;
			}
		}
	}

	/** @return the original frame numbers of the embedded images, in row order */
	public int[] frameNumbers() {
		return frameNumbers.clone();
	}

	/** @return whether frame {@code frameIndex} of the original video is embedded */
	public boolean contains(int frameIndex) {
		return rowOfFrame.containsKey(frameIndex);
	}

	/**
	 * @return the encoded image (PNG/JPEG bytes, trailing zero padding removed) of original frame {@code frameIndex}
	 * @throws LabelsFileException when the frame is not embedded or cannot be read
	 */
	public byte[] encoded(int frameIndex) throws LabelsFileException {
		synchronized (Hdf5Library.lock()) {
			return encodedLocked(frameIndex);
		}
	}

	private byte[] encodedLocked(int frameIndex) throws LabelsFileException {
		Integer row = rowOfFrame.get(frameIndex);
		if (row == null) {
			throw new LabelsFileException(file.path(), "frame " + frameIndex + " is not embedded in '" + dataset + "'");
		}
		try (DataSet images = file.h5().openDataSet(dataset); DataSpace fileSpace = images.getSpace();
				DataSpace memory = new DataSpace(1, new long[] { rowBytes }); BytePointer data = new BytePointer(rowBytes)) {
			fileSpace.selectHyperslab(hdf5.H5S_SELECT_SET, new long[] { 1, rowBytes }, new long[] { row, 0 });
			// int8 as stored: converting to uint8 would clip every byte above 127 to 0
			images.read(data, PredType.NATIVE_INT8(), memory, fileSpace, DSetMemXferPropList.DEFAULT());
			byte[] bytes = new byte[(int) rowBytes];
			data.get(bytes);
			int end = bytes.length;
			while (end > 0 && bytes[end - 1] == 0) {
				end--;
			}
			// a PNG ends with its IEND chunk's CRC, which may itself end in zero bytes: keep the chunk whole
			int iend = lastIndexOf(bytes, new byte[] { 'I', 'E', 'N', 'D' });
			if (iend >= 0) {
				end = Math.max(end, Math.min(bytes.length, iend + 8));
			}
			return Arrays.copyOf(bytes, end);
		} catch (RuntimeException e) {
			throw new LabelsFileException(file.path(), "cannot read frame " + frameIndex + " of '" + dataset + "' ("
					+ Hdf5Errors.message(e) + ")", e);
		}
	}

	private static int lastIndexOf(byte[] bytes, byte[] pattern) {
		for (int i = bytes.length - pattern.length; i >= 0; i--) {
			if (bytes[i] == pattern[0] && bytes[i + 1] == pattern[1] && bytes[i + 2] == pattern[2] && bytes[i + 3] == pattern[3]) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public void close() {
		file.close();
	}
}
