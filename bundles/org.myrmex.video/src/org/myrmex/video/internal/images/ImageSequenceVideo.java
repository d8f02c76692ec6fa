// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.images;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;

/**
 * A video whose frames are image files, one per frame (SLEAP's {@code ImageVideo}): the images of a folder in
 * natural order, or an explicit list. Size and channels come from the first image; every image is decoded when its
 * frame is read, and one of another size is an error. Stateless between reads, so thread-safe.
 */
public final class ImageSequenceVideo implements VideoSource {
	private final Path path;
	private final List<Path> images;
	private final int width;
	private final int height;
	private final int channels;

	private ImageSequenceVideo(Path path, List<Path> images, ImageDecoder.Shape first) {
		this.path = path;
		this.images = images;
		this.width = first.width();
		this.height = first.height();
		this.channels = first.channels();
	}

	/**
	 * Opens the images of a folder, sorted in natural order of their names ({@code frame2} before {@code frame10}).
	 *
	 * @throws VideoException naming the folder when it holds no image, or naming the first image when it cannot be
	 *                        decoded
	 */
	public static ImageSequenceVideo ofFolder(Path folder) throws VideoException {
		return open(folder, ImageFiles.list(folder));
	}

	/**
	 * Opens a list of image files, one per frame, in the order given.
	 *
	 * @throws IllegalArgumentException when the list is empty
	 * @throws VideoException           naming the first image when it is missing or cannot be decoded
	 */
	public static ImageSequenceVideo ofFiles(List<Path> files) throws VideoException {
		if (files.isEmpty()) {
			throw new IllegalArgumentException("an image sequence needs at least one image");
		}
		return open(files.get(0), files);
	}

	private static ImageSequenceVideo open(Path path, List<Path> images) throws VideoException {
		Path first = images.get(0);
		ImageDecoder.Shape shape = ImageDecoder.shape(bytes(first), first, "");
		return new ImageSequenceVideo(path, List.copyOf(images), shape);
	}

	/** @return the image files, one per frame */
	public List<Path> images() {
		return images;
	}

	@Override
	public Path path() {
		return path;
	}

	@Override
	public int frameCount() {
		return images.size();
	}

	@Override
	public int width() {
		return width;
	}

	@Override
	public int height() {
		return height;
	}

	@Override
	public int channels() {
		return channels;
	}

	/** @return 0: image files have no frame rate */
	@Override
	public double fps() {
		return 0;
	}

	@Override
	public VideoFrame read(int index, ColorMode mode) throws VideoException {
		checkIndex(index);
		Path image = images.get(index);
		VideoFrame frame = ImageDecoder.decode(bytes(image), channels, mode, true, image, "");
		if (frame.width() != width || frame.height() != height) {
			throw new VideoException(image, "is " + frame.width() + "x" + frame.height() + " pixels, but the sequence's "
					+ "first image " + images.get(0).getFileName() + " is " + width + "x" + height);
		}
		return frame;
	}

	private static byte[] bytes(Path image) throws VideoException {
		try {
			return Files.readAllBytes(image);
		} catch (NoSuchFileException e) {
			throw new VideoException(image, "no such image file", e);
		} catch (IOException e) {
			throw new VideoException(image, "cannot read the image (" + e.getMessage() + ")", e);
		}
	}

	@Override
	public void close() {
		// nothing is held open between reads
	}
}
