// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.myrmex.io.EmbeddedFrames;
import org.myrmex.io.ResolvedVideo;
import org.myrmex.io.VideoPathResolver;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;

/**
 * The frames a SLEAP package ({@code .pkg.slp}) embeds: every labelled frame of each media video, decoded with
 * FFmpeg and encoded as PNG (grey or colour as the video is, full range). Videos are found with {@link VideoPathResolver} relative to the
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
			VideoSource source = source(video);
			frame = source.read(frameIndex, ColorMode.ofChannels(source.channels()));
		} catch (VideoException e) {
			throw new IOException(e.getMessage(), e);
		}
		return png(frame);
	}

	/**
	 * Encodes a frame as PNG the way SLEAP does (OpenCV's {@code imencode} of the frame array): grey as one channel,
	 * colour as the RGB bytes in OpenCV's BGR order, which SLEAP's reader (and Myrmex's) decodes back unswapped.
	 */
	static byte[] png(VideoFrame frame) throws IOException {
		int type = frame.channels() == 1 ? opencv_core.CV_8UC1 : opencv_core.CV_8UC3;
		try (Mat image = new Mat(frame.height(), frame.width(), type); BytePointer encoded = new BytePointer()) {
			byte[] pixels = frame.pixels();
			image.data().put(pixels, 0, pixels.length);
			if (!opencv_imgcodecs.imencode(".png", image, encoded)) {
				throw new IOException("OpenCV cannot encode a " + frame + " frame as PNG");
			}
			byte[] png = new byte[(int) encoded.limit()];
			encoded.get(png);
			return png;
		}
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
