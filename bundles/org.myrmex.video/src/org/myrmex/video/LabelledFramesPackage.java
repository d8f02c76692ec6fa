// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import org.myrmex.io.EmbeddedFrames;
import org.myrmex.io.ResolvedVideo;
import org.myrmex.io.VideoPathResolver;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;

/**
 * The frames a SLEAP package ({@code .pkg.slp}) embeds: every labelled frame of each media video, decoded with
 * FFmpeg and encoded as PNG (grey, full range). Videos are found with {@link VideoPathResolver} relative to the
 * labels file; a video that cannot be found or decoded fails the save with a message naming it. Close it after
 * the save to release the decoders.
 */
public final class LabelledFramesPackage implements EmbeddedFrames, AutoCloseable {
	private final Labels labels;
	private final Path labelsFile;
	private final VideoPathResolver resolver = new VideoPathResolver();
	private final Map<Video, VideoSource> sources = new HashMap<>();

	/** @param labelsFile where the labels were read from: stored video paths are resolved against it */
	public LabelledFramesPackage(Labels labels, Path labelsFile) {
		this.labels = labels;
		this.labelsFile = labelsFile;
	}

	@Override
	public int[] frameIndices(Video video) {
		if (video.getBackend() != VideoBackend.MEDIA) {
			return new int[0];
		}
		TreeSet<Integer> frames = new TreeSet<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			if (frame.getVideo() == video) {
				frames.add(frame.getFrameIndex());
			}
		}
		return frames.stream().mapToInt(Integer::intValue).toArray();
	}

	@Override
	public byte[] encodedPng(Video video, int frameIndex) throws IOException {
		VideoFrame frame;
		try {
			frame = source(video).readGray(frameIndex);
		} catch (VideoException e) {
			throw new IOException(e.getMessage(), e);
		}
		BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_BYTE_GRAY);
		byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
		System.arraycopy(frame.pixels(), 0, pixels, 0, pixels.length);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(image, "png", png);
		return png.toByteArray();
	}

	private VideoSource source(Video video) throws VideoException, IOException {
		VideoSource source = sources.get(video);
		if (source == null) {
			ResolvedVideo resolved = resolver.resolve(video.getFilename(), labelsFile);
			if (resolved.path().isEmpty()) {
				throw new IOException("video " + video.getFilename() + " not found: " + resolved.describe());
			}
			source = Videos.open(resolved.path().get());
			sources.put(video, source);
		}
		return source;
	}

	@Override
	public void close() {
		sources.values().forEach(VideoSource::close);
		sources.clear();
	}
}
