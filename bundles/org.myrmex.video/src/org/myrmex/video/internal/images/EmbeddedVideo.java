// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.images;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.myrmex.io.EmbeddedImages;
import org.myrmex.io.Hdf5Library;
import org.myrmex.io.LabelsFileException;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;

/**
 * The frames a labels package ({@code .pkg.slp}) embeds for one video, numbered as in the original video: frame
 * {@code n} is the image embedded for original frame {@code n}, and reading a frame that is not embedded is an
 * error. Images are decoded with OpenCV as SLEAP does, without swapping red and blue (SLEAP encodes its RGB arrays
 * with OpenCV). Thread-safe: {@link EmbeddedImages} serialises the HDF5 reads, decoding runs in parallel.
 */
public final class EmbeddedVideo implements VideoSource {
	private final Path path;
	private final String dataset;
	private final EmbeddedImages images;
	private final int frameCount;
	private final ImageDecoder.Shape shape;
	private volatile boolean closed;

	private EmbeddedVideo(Path path, String dataset, EmbeddedImages images, int frameCount, ImageDecoder.Shape shape) {
		this.path = path;
		this.dataset = dataset;
		this.images = images;
		this.frameCount = frameCount;
		this.shape = shape;
	}

	/**
	 * Opens the images a package embeds for one video.
	 *
	 * @param dataset    the video's dataset, e.g. {@code video0/video}
	 * @param frameCount the original video's frame count, or 0 or less where unknown: then the video ends after
	 *                   the last embedded frame
	 * @throws VideoException naming the package when it is missing, holds no images at {@code dataset}, or its
	 *                        first image cannot be decoded
	 */
	public static EmbeddedVideo open(Path path, String dataset, int frameCount) throws VideoException {
		if (!Files.isRegularFile(path)) {
			throw new VideoException(path, "no such file");
		}
		if (dataset == null || dataset.isBlank()) {
			throw new VideoException(path, "no dataset named for the embedded images (e.g. video0/video)");
		}
		EmbeddedImages images;
		try {
			images = EmbeddedImages.open(path, dataset);
		} catch (LabelsFileException e) {
			throw new VideoException(path, problem(e), e);
		}
		try {
			int[] frames = images.frameNumbers();
			if (frames.length == 0) {
				throw new VideoException(path, "no images are embedded in '" + dataset + "'");
			}
			int last = Arrays.stream(frames).max().getAsInt();
			int count = frameCount > 0 ? Math.max(frameCount, last + 1) : last + 1;
			ImageDecoder.Shape shape = ImageDecoder.shape(encoded(images, path, frames[0]), path, "the image of frame " + frames[0] + " ");
			return new EmbeddedVideo(path, dataset, images, count, shape);
		} catch (VideoException | RuntimeException e) {
			images.close();
			throw e;
		}
	}

	/** @return the original frame numbers of the embedded images, in the order they are stored */
	public int[] embeddedFrames() {
		return images.frameNumbers();
	}

	/** @return whether frame {@code index} is embedded */
	public boolean isEmbedded(int index) {
		return images.contains(index);
	}

	@Override
	public Path path() {
		return path;
	}

	@Override
	public int frameCount() {
		return frameCount;
	}

	@Override
	public int width() {
		return shape.width();
	}

	@Override
	public int height() {
		return shape.height();
	}

	@Override
	public int channels() {
		return shape.channels();
	}

	/** @return 0: the package keeps single frames, not a rate */
	@Override
	public double fps() {
		return 0;
	}

	@Override
	public VideoFrame read(int index, ColorMode mode) throws VideoException {
		checkIndex(index);
		if (closed) {
			throw new VideoException(path, "is closed");
		}
		if (!images.contains(index)) {
			throw new VideoException(path, "frame " + index + " is not embedded in '" + dataset + "' (embedded: "
					+ images.frameNumbers().length + " frames)");
		}
		VideoFrame frame = ImageDecoder.decode(encoded(images, path, index), shape.channels(), mode, false, path,
				"the image of frame " + index + " ");
		if (frame.width() != shape.width() || frame.height() != shape.height()) {
			throw new VideoException(path, "the image of frame " + index + " is " + frame.width() + "x" + frame.height()
					+ " pixels, the first embedded image " + shape.width() + "x" + shape.height());
		}
		return frame;
	}

	private static byte[] encoded(EmbeddedImages images, Path path, int index) throws VideoException {
		try {
			return images.encoded(index);
		} catch (LabelsFileException e) {
			throw new VideoException(path, problem(e), e);
		}
	}

	/** The problem of a labels file exception, without the file name the video exception adds again. */
	private static String problem(LabelsFileException e) {
		String message = e.getMessage();
		String prefix = e.getFile() + ": ";
		return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
	}

	@Override
	public void close() {
		synchronized (Hdf5Library.lock()) {
			if (!closed) {
				closed = true;
				images.close();
			}
		}
	}
}
