// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.dlc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

import org.myrmex.model.Video;

/** An image's size and channels read from its header (no pixels decoded), to describe an image-list video. */
public final class ImageHeader {
	private ImageHeader() {
	}

	/**
	 * Sets {@code video}'s width, height, channels and grayscale from {@code image}'s header; leaves them unknown (0)
	 * when the image is missing or its format unknown here, for the workbench to read from the video later.
	 */
	public static void describe(Video video, Path image) {
		if (!Files.isRegularFile(image)) {
			return;
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(image.toFile())) {
			Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
			if (readers == null || !readers.hasNext()) {
				return;
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				video.setWidth(reader.getWidth(0));
				video.setHeight(reader.getHeight(0));
				ImageTypeSpecifier type = reader.getRawImageType(0);
				if (type != null) {
					int bands = type.getNumBands();
					video.setChannels(bands <= 2 ? 1 : 3);
					video.setGrayscale(bands <= 2);
				}
			} finally {
				reader.dispose();
			}
		} catch (IOException | RuntimeException e) {
			// an unreadable header leaves the size unknown; the images are checked when the video opens
		}
	}
}
