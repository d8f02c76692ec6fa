// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import org.myrmex.model.Video;
import org.myrmex.nn.config.DataConfig.Preprocessing;
import org.myrmex.video.ColorMode;
import org.myrmex.video.FrameReader;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/**
 * The images of the samples: opens every video the samples use up front (a missing video fails before training
 * starts) and reads frames as floats in [0, 1], grey or RGB as the preprocessing asks ({@code ensure_grayscale},
 * {@code ensure_rgb}, else as the first video stores them). Thread-safe, as the video sources are.
 */
public final class FrameSource implements AutoCloseable {
	private final Map<Integer, VideoSource> sources = new HashMap<>();
	/** Frames further apart than this are reached by reopening the sequential reader rather than decoding through. */
	private static final int LONG_GAP = 120;

	private final Map<Long, VideoFrame> preloaded = new ConcurrentHashMap<>();
	private final ColorMode mode;

	/**
	 * @param videos     the labels' videos
	 * @param labelsFile the labels file, to find videos stored with paths from another machine
	 * @param samples    the samples whose videos are opened
	 * @throws DataException naming the video when one cannot be found or opened
	 */
	public FrameSource(List<Video> videos, Path labelsFile, List<Sample> samples, Preprocessing preprocessing)
			throws DataException {
		try {
			for (Sample sample : samples) {
				if (!sources.containsKey(sample.video())) {
					sources.put(sample.video(), open(videos, sample.video(), labelsFile));
				}
			}
		} catch (DataException e) {
			close();
			throw e;
		}
		VideoSource first = sources.get(samples.get(0).video());
		if (preprocessing.ensureGrayscale()) {
			mode = ColorMode.GRAY;
		} else if (preprocessing.ensureRgb()) {
			mode = ColorMode.RGB;
		} else {
			mode = ColorMode.ofChannels(first.channels());
		}
	}

	private static VideoSource open(List<Video> videos, int index, Path labelsFile) throws DataException {
		if (index < 0 || index >= videos.size()) {
			throw new DataException("a labelled frame refers to no video of " + labelsFile.getFileName());
		}
		Video video = videos.get(index);
		try {
			return Videos.open(video, labelsFile);
		} catch (VideoException e) {
			throw new DataException("video " + (index + 1) + " (" + video.getFilename() + ") of " + labelsFile
					.getFileName() + " cannot be opened: " + e.getMessage(), e);
		}
	}

	/** @return {width, height}: the largest width and the largest height of the opened videos */
	public int[] largestSize() {
		int width = 0;
		int height = 0;
		for (VideoSource source : sources.values()) {
			width = Math.max(width, source.width());
			height = Math.max(height, source.height());
		}
		return new int[] { width, height };
	}

	/** @return the channels of the images: 1 for grey, 3 for RGB */
	public int channels() {
		return mode.channels();
	}

	/**
	 * @return how a video's frames are decoded and kept: a grey video stays grey (a third of the memory) and is
	 *         repeated into three channels when read for an RGB model, as SLEAP tiles a grey frame for
	 *         {@code ensure_rgb}
	 */
	private ColorMode stored(VideoSource source) {
		return source.channels() == 1 ? ColorMode.GRAY : mode;
	}

	/** @return the bytes {@link #preload} would keep for these samples' frames */
	public long preloadBytes(List<Sample> samples) {
		long bytes = 0;
		for (Sample sample : samples) {
			VideoSource source = sources.get(sample.video());
			if (source != null) {
				bytes += (long) source.width() * source.height() * stored(source).channels();
			}
		}
		return bytes;
	}

	/**
	 * Decodes the samples' frames once and keeps them in memory as 8-bit pixels (SLEAP's {@code preload_data}). Each
	 * video is read forwards with a sequential reader, skipping short gaps by decoding through them and reopening
	 * the reader past long ones.
	 *
	 * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor is cancelled
	 */
	public void preload(List<Sample> samples, IProgressMonitor monitor) throws DataException {
		List<Sample> order = samples.stream().filter(s -> !preloaded.containsKey(key(s))).sorted((a, b) -> a
				.video() != b.video() ? Integer.compare(a.video(), b.video()) : Integer.compare(a.frame(), b.frame()))
				.toList();
		SubMonitor progress = SubMonitor.convert(monitor, "Loading frames", order.size());
		FrameReader reader = null;
		int readerVideo = -1;
		try {
			for (Sample sample : order) {
				progress.split(1);
				VideoSource source = sources.get(sample.video());
				if (source == null) {
					throw new DataException("video " + (sample.video() + 1) + " was not opened for this source");
				}
				if (reader == null || readerVideo != sample.video() || sample.frame() < reader.position()
						|| sample.frame() - reader.position() > LONG_GAP) {
					if (reader != null) {
						reader.close();
					}
					reader = source.sequential(sample.frame(), stored(source));
					readerVideo = sample.video();
				}
				byte[] skipped = null;
				while (reader.position() < sample.frame()) {
					skipped = skipped != null ? skipped
							: new byte[source.width() * source.height() * stored(source).channels()];
					reader.nextInto(skipped);
				}
				if (reader.position() == sample.frame()) {
					preloaded.put(key(sample), reader.next());
				}
			}
		} catch (VideoException e) {
			throw new DataException("preloading " + e.getMessage(), e);
		} finally {
			if (reader != null) {
				reader.close();
			}
		}
	}

	/** @return how many frames are held in memory */
	public int preloadedFrames() {
		return preloaded.size();
	}

	private static long key(Sample sample) {
		return ((long) sample.video() << 32) | (sample.frame() & 0xffffffffL);
	}

	private VideoFrame decode(Sample sample) throws DataException {
		VideoSource source = sources.get(sample.video());
		if (source == null) {
			throw new DataException("video " + (sample.video() + 1) + " was not opened for this source");
		}
		try {
			return source.read(sample.frame(), stored(source));
		} catch (VideoException e) {
			throw new DataException("frame " + sample.frame() + " of " + source.path() + ": " + e.getMessage(), e);
		}
	}

	/** @return the image of a sample, values in [0, 1] */
	public FloatImage read(Sample sample) throws DataException {
		VideoFrame frame = preloaded.get(key(sample));
		if (frame == null) {
			frame = decode(sample);
		}
		frame = frame.to(mode);
		byte[] pixels = frame.pixels();
		float[] data = new float[pixels.length];
		for (int i = 0; i < pixels.length; i++) {
			data[i] = (pixels[i] & 0xff) / 255f;
		}
		return new FloatImage(frame.width(), frame.height(), frame.channels(), data);
	}

	@Override
	public void close() {
		sources.values().forEach(VideoSource::close);
		sources.clear();
		preloaded.clear();
	}
}
