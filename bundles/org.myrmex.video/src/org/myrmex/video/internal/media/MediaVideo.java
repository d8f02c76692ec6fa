// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import java.nio.file.Files;
import java.nio.file.Path;

import org.myrmex.video.ColorMode;
import org.myrmex.video.FrameReader;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;

/**
 * A media file (MP4, AVI, MKV, MOV …) with fast, frame-exact random access: a packet index (cached on disk), a
 * frame cache bounded in bytes ({@link MediaSettings#cacheBytes()}), GOP-aware decoding on a single-threaded
 * decoder and read-ahead around the last frame asked for on a second decoder. Sequential reading
 * ({@link #sequential}) uses a third, multi-threaded decoder.
 */
public final class MediaVideo implements VideoSource {
	/** Few enough that converting them costs little next to the decoding a cold jump needs anyway. */
	private static final int FOREGROUND_KEEP = 8;
	private final Path path;
	private final PacketIndex index;
	private volatile boolean closed;
	private final int width;
	private final int height;
	private final int channels;
	private final double fps;
	private final FrameCache cache;
	private final Cursor cursor;
	private final ReadAhead readAhead;
	/** Frames behind the one asked for that the foreground keeps on its way there (read-ahead fills the rest). */
	private final int behind;

	private MediaVideo(Path path, PacketIndex index, Decoder decoder, int channels, MediaSettings settings)
			throws VideoException {
		this.path = path;
		this.index = index;
		this.width = decoder.width();
		this.height = decoder.height();
		this.channels = channels;
		double stated = decoder.statedFps();
		this.fps = stated > 0 ? stated : 0;
		long frameBytes = (long) width * height * channels;
		this.cache = new FrameCache(settings.cacheBytes());
		// the window on both sides and the current frame fit in the cache three times over, so read-ahead never
		// pushes out the frames it has just decoded; a cache of fewer than three frames gets no read-ahead
		int window = (int) Math.min(settings.window(), settings.cacheBytes() / frameBytes / 3);
		this.behind = Math.min(window, FOREGROUND_KEEP);
		this.cursor = new Cursor(decoder, index, mode());
		this.readAhead = settings.readAhead() && window > 0
				? new ReadAhead(this, new Cursor(Decoder.open(path, 1), index, mode()), cache, window, window) : null;
	}

	/**
	 * Opens a media file with the {@linkplain MediaSettings#current() current settings}.
	 *
	 * @throws VideoException naming the file when it is missing, not a video, truncated or has no frames
	 */
	public static MediaVideo open(Path path) throws VideoException {
		return open(path, MediaSettings.current());
	}

	public static MediaVideo open(Path path, MediaSettings settings) throws VideoException {
		if (!Files.isRegularFile(path)) {
			throw new VideoException(path, Files.isDirectory(path) ? "is a folder, not a video file" : "no such file");
		}
		Decoder decoder = Decoder.open(path, 1);
		try {
			PacketIndex index = MediaIndex.of(decoder, settings.indexStore());
			int channels = MediaIndex.channels(decoder, index);
			return new MediaVideo(path, index, decoder, channels, settings);
		} catch (VideoException | RuntimeException e) {
			decoder.close();
			throw e;
		}
	}

	@Override
	public Path path() {
		return path;
	}

	@Override
	public int frameCount() {
		return index.frameCount();
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

	@Override
	public double fps() {
		return fps;
	}

	/** @return whether the gaps between frames vary (frame numbers still count frames exactly) */
	public boolean variableFrameRate() {
		return index.variableFrameRate();
	}

	/** @return the frame numbers of the keyframes (where decoding can start) */
	public int[] keyframes() {
		return index.keyframes();
	}

	ColorMode mode() {
		return ColorMode.ofChannels(channels);
	}

	@Override
	public VideoFrame read(int frame, ColorMode mode) throws VideoException {
		checkIndex(frame);
		if (closed) {
			throw new VideoException(path, "is closed");
		}
		VideoFrame pixels = cache.get(frame);
		if (pixels == null) {
			pixels = decode(frame);
		}
		if (readAhead != null) {
			readAhead.hint(frame);
		}
		return pixels.to(mode);
	}

	private VideoFrame decode(int frame) throws VideoException {
		if (readAhead != null) {
			readAhead.foregroundStarted();
		}
		try {
			synchronized (cursor) {
				if (closed) {
					throw new VideoException(path, "is closed");
				}
				VideoFrame pixels = cache.get(frame);
				if (pixels == null) {
					int key = index.keyBefore(frame);
					int keepFrom = Math.max(key < 0 ? 0 : index.keyframe(key), frame - behind);
					pixels = cursor.decodeTo(frame, keepFrom, cache, () -> false);
				}
				return pixels;
			}
		} finally {
			if (readAhead != null) {
				readAhead.foregroundEnded();
			}
		}
	}

	@Override
	public FrameReader sequential(int start, ColorMode mode) throws VideoException {
		checkIndex(start);
		return new SequentialReader(path, index, mode(), start, mode);
	}

	/** @return the number of frames in the cache now (for tests and benchmarks) */
	public int cachedFrames() {
		return cache.size();
	}

	/** @return the bytes of decoded pixels the frame cache holds now */
	public long cachedBytes() {
		return cache.bytes();
	}

	/** @return the most bytes of decoded pixels the frame cache has held at once since the video was opened */
	public long peakCachedBytes() {
		return cache.peakBytes();
	}

	/** @return the frame cache's limit: the bytes of decoded pixels it never holds more than */
	public long cacheLimit() {
		return cache.limit();
	}

	/** @return whether read-ahead runs (it needs a cache of three frames or more) */
	public boolean readsAhead() {
		return readAhead != null;
	}

	/** @return how many times reads had to seek (not counting read-ahead): for tests and benchmarks */
	public int seeks() {
		synchronized (cursor) {
			return cursor.seeks();
		}
	}

	/** @return whether frame {@code frame} is decoded and cached now */
	public boolean isCached(int frame) {
		return cache.contains(frame);
	}

	@Override
	public void close() {
		if (closed) {
			return;
		}
		closed = true;
		if (readAhead != null) {
			readAhead.close();
		}
		synchronized (cursor) {
			cursor.close();
		}
		cache.clear();
	}

	@Override
	public String toString() {
		return path + " (" + width + "x" + height + ", " + frameCount() + " frames)";
	}
}
