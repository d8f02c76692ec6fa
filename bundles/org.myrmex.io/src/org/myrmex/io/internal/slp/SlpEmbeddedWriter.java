// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.slp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import org.bytedeco.hdf5.DSetAccPropList;
import org.bytedeco.hdf5.DSetCreatPropList;
import org.bytedeco.hdf5.DSetMemXferPropList;
import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.Group;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.LinkCreatPropList;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.LongPointer;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.EmbeddedFrames;
import org.myrmex.io.internal.hdf5.writer.Attributes;
import org.myrmex.io.internal.hdf5.writer.ChunkGuess;
import org.myrmex.model.Video;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Embeds frames of one video in a {@code .pkg.slp} as SLEAP 1.4.1 does ({@code Video.to_hdf5} with format "png"):
 * group {@code video{N}} holding dataset {@code video} (int8, shape (frames, longest PNG), gzip, one PNG per row,
 * zero padded) with attributes {@code format}, {@code channels}, {@code height} and {@code width}; dataset
 * {@code frame_numbers} (int64, row → original frame index); and group {@code source_video} whose attribute
 * {@code json} is the original video's JSON. The PNGs are spooled to a temporary file first (the row length is the
 * longest PNG, known only at the end), so memory stays bounded however many frames there are.
 */
public final class SlpEmbeddedWriter {
	/** h5py's level for {@code compression="gzip"}. */
	private static final int GZIP_LEVEL = 4;
	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private final int videoIndex;
	private final Video video;
	private final int[] frameIndices;

	/**
	 * @param videoIndex   the video's index in the labels: the group is {@code video{videoIndex}}
	 * @param frameIndices the frames to embed, ascending
	 */
	public SlpEmbeddedWriter(int videoIndex, Video video, int[] frameIndices) {
		if (frameIndices.length == 0) {
			throw new IllegalArgumentException("no frames to embed for video " + videoIndex);
		}
		this.videoIndex = videoIndex;
		this.video = video;
		this.frameIndices = frameIndices.clone();
	}

	/** @return the video whose frames this embeds */
	public Video video() {
		return video;
	}

	/** @return the {@code videos_json} entry of the embedded video: its frames are in this very file (".") */
	public ObjectNode videoJson() {
		ObjectNode entry = JsonNodeFactory.instance.objectNode();
		ObjectNode backend = entry.putObject("backend");
		backend.put("filename", ".");
		backend.put("dataset", group() + "/video");
		backend.put("input_format", "channels_last");
		backend.put("convert_range", false);
		return entry;
	}

	/** @return the progress ticks {@link #write} takes: two per frame (encoding, writing) */
	public long ticks() {
		return 2L * frameIndices.length;
	}

	private String group() {
		return "video" + videoIndex;
	}

	/**
	 * Encodes and writes the frames.
	 *
	 * @param sourceJson the original video's JSON ({@code {"backend": {…}}})
	 * @param spool      a scratch file for the encoded frames (deleted by the caller)
	 * @throws IOException when a frame cannot be encoded or spooled
	 */
	public void write(H5File file, EmbeddedFrames frames, byte[] sourceJson, Path spool, SubMonitor progress)
			throws IOException {
		int count = frameIndices.length;
		long[] offsets = new long[count + 1];
		int longest = 0;
		byte[] first = null;
		try (FileChannel out = FileChannel.open(spool, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
			for (int i = 0; i < count; i++) {
				progress.split(1);
				byte[] png = frames.encodedPng(video, frameIndices[i]);
				if (png == null || png.length == 0) {
					throw new IOException("no image for frame " + frameIndices[i] + " of " + video.getFilename());
				}
				if (first == null) {
					first = png;
				}
				ByteBuffer bytes = ByteBuffer.wrap(png);
				while (bytes.hasRemaining()) {
					out.write(bytes);
				}
				offsets[i + 1] = offsets[i] + png.length;
				longest = Math.max(longest, png.length);
			}
		}
		file.createGroup(group()).close();
		writeImages(file, spool, offsets, longest, imageShape(first), progress);
		writeFrameNumbers(file);
		try (Group source = file.createGroup(group() + "/source_video")) {
			Attributes.putString(source, "json", new String(sourceJson, StandardCharsets.UTF_8));
		}
	}

	private void writeImages(H5File file, Path spool, long[] offsets, int longest, int[] shape, SubMonitor progress)
			throws IOException {
		int count = offsets.length - 1;
		long[] dims = { count, longest };
		long[] chunk = ChunkGuess.of(dims, 1);
		int blockRows = (int) chunk[0];
		try (DataSpace space = new DataSpace(2, dims);
				DSetCreatPropList properties = new DSetCreatPropList()) {
			properties.setChunk(2, chunk);
			properties.setDeflate(GZIP_LEVEL);
			try (DataSet dataSet = file.createDataSet(group() + "/video", PredType.STD_I8LE(), space, properties,
					DSetAccPropList.DEFAULT(), LinkCreatPropList.DEFAULT());
					DataSpace fileSpace = dataSet.getSpace();
					BytePointer block = new BytePointer((long) blockRows * longest);
					FileChannel in = FileChannel.open(spool, StandardOpenOption.READ)) {
				ByteBuffer view = block.asByteBuffer();
				for (int start = 0; start < count; start += blockRows) {
					int rows = Math.min(blockRows, count - start);
					block.fill(0);
					for (int row = 0; row < rows; row++) {
						progress.split(1);
						int length = (int) (offsets[start + row + 1] - offsets[start + row]);
						ByteBuffer target = view.duplicate();
						target.position(row * longest).limit(row * longest + length);
						long at = offsets[start + row];
						while (target.hasRemaining()) {
							int read = in.read(target, at);
							if (read < 0) {
								throw new IOException("the frame spool ended early");
							}
							at += read;
						}
					}
					fileSpace.selectHyperslab(hdf5.H5S_SELECT_SET, new long[] { rows, longest }, new long[] { start, 0 });
					try (DataSpace memory = new DataSpace(2, new long[] { rows, longest })) {
						dataSet.write(block, PredType.NATIVE_INT8(), memory, fileSpace, DSetMemXferPropList.DEFAULT());
					}
				}
				Attributes.putString(dataSet, "format", "png");
				Attributes.putLong(dataSet, "channels", shape[2]);
				Attributes.putLong(dataSet, "height", shape[0]);
				Attributes.putLong(dataSet, "width", shape[1]);
			}
		}
	}

	private void writeFrameNumbers(H5File file) {
		try (DataSpace space = new DataSpace(1, new long[] { frameIndices.length });
				DataSet dataSet = file.createDataSet(group() + "/frame_numbers", PredType.STD_I64LE(), space);
				LongPointer data = new LongPointer(frameIndices.length)) {
			for (int i = 0; i < frameIndices.length; i++) {
				data.put(i, frameIndices[i]);
			}
			dataSet.write(data, PredType.NATIVE_INT64());
		}
	}

	/**
	 * @return height, width and channels of the stored images, read from the first PNG's header (0 grey → 1, 2 RGB →
	 *         3, 3 palette → 3, 4 grey+alpha → 2, 6 RGBA → 4), or the video's own when it is not a PNG
	 */
	private int[] imageShape(byte[] png) {
		if (png.length >= 26 && Arrays.equals(png, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
			ByteBuffer header = ByteBuffer.wrap(png);
			int width = header.getInt(16);
			int height = header.getInt(20);
			int channels = switch (png[25]) {
			case 0 -> 1;
			case 4 -> 2;
			case 6 -> 4;
			default -> 3;
			};
			return new int[] { height, width, channels };
		}
		return new int[] { video.getHeight(), video.getWidth(), video.getChannels() };
	}
}
