// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.proxy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.internal.media.MediaSettings;
import org.myrmex.video.internal.media.MediaVideo;
import org.myrmex.video.internal.proxy.ProxyFiles;
import org.myrmex.video.preprocess.PreprocessOptions;
import org.myrmex.video.preprocess.Preprocessor;
import org.myrmex.video.preprocess.Scale;

/**
 * A small all-intra copy of a media video for instant jumps: every frame a keyframe, the longest side at most
 * {@link #DEFAULT_MAX_SIDE} (or what {@link #build} is given; never upscaled), the source's grey or colour kept.
 * Any frame decodes on its own in about 2 ms at 512×512, so a labels editor can show frame {@code n} of the proxy at
 * once, stretched over the source's size, and replace it with the exact frame from the {@link
 * org.myrmex.video.VideoSource} when that is decoded.
 * <p>
 * The proxy has exactly the source's frames, in the same order ({@code -fps_mode passthrough}, frame count verified
 * after encoding): frame {@code n} of the proxy is frame {@code n} of the source, smaller and lossy.
 * <p>
 * Proxies are kept in a cache folder the caller chooses (the workbench uses its workspace metadata), one file per
 * source video, keyed by the source's path, size and modification time: a changed source has no proxy until it is
 * built again, and building replaces the stale one. They are made by the bundled {@code ffmpeg} through {@link
 * Preprocessor}: libx264 preset ultrafast (no CABAC, no deblocking: the cheapest H.264 to decode), crf
 * {@value #CRF}, key-frame interval 1, into a temporary file renamed only when complete.
 * <p>
 * Thread-safe, like {@link org.myrmex.video.VideoSource}: the UI and background jobs may read at once.
 */
public final class SeekProxy implements AutoCloseable {
	/** The longest side of a proxy unless {@link #build} is given another. */
	public static final int DEFAULT_MAX_SIDE = 512;
	/** libx264's constant rate factor for proxies: moderate quality, about 7 kB per 512×512 grey frame. */
	static final int CRF = 26;
	/** Bytes of frames a proxy keeps decoded: a few screens' worth of recent jumps (about 220 at 512×288 grey). */
	static final long CACHE_BYTES = 32L << 20;
	private final Path video;
	private final ProxyFiles.Entry entry;
	private final MediaVideo media;
	private final ColorMode mode;

	private SeekProxy(Path video, ProxyFiles.Entry entry, MediaVideo media) {
		this.video = video;
		this.entry = entry;
		this.media = media;
		this.mode = ColorMode.ofChannels(entry.channels());
	}

	/**
	 * Opens the proxy of {@code video} built earlier in {@code cacheFolder}, if there is one for the video as it is
	 * now. Cheap: nothing of the source is read but its size and date. A proxy that cannot be opened (damaged) counts
	 * as none; build it again.
	 *
	 * @return the proxy, or empty when none is built for the video's current content
	 * @throws VideoException naming the video when it does not exist, or the folder when it cannot be listed
	 */
	public static Optional<SeekProxy> open(Path video, Path cacheFolder) throws VideoException {
		ProxyFiles.Entry entry = ProxyFiles.current(video, cacheFolder);
		if (entry == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(new SeekProxy(video, entry, openFrames(entry.file())));
		} catch (VideoException e) {
			return Optional.empty();
		}
	}

	/** As {@link #build(Path, Path, int, IProgressMonitor)} with the longest side {@value #DEFAULT_MAX_SIDE}. */
	public static SeekProxy build(Path video, Path cacheFolder, IProgressMonitor monitor) throws VideoException {
		return build(video, cacheFolder, DEFAULT_MAX_SIDE, monitor);
	}

	/**
	 * Builds the proxy of a media video in {@code cacheFolder} (created if needed) and opens it; a current proxy
	 * built with the same {@code maxSide} is opened instead of built again. Stale proxies of the video are deleted.
	 * Takes about as long as decoding the video once (an ultrafast encode of frames a quarter the size).
	 *
	 * @param maxSide the longest side of the proxy in pixels (at least 16); a smaller source keeps its size
	 * @param monitor progress (per frame encoded) and cancellation
	 * @throws VideoException naming the video when it is not a media file Myrmex can read frame-exactly, or when the
	 *         proxy does not have exactly its frames
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; no proxy file is left
	 * @throws IllegalArgumentException when {@code maxSide} is under 16
	 */
	public static SeekProxy build(Path video, Path cacheFolder, int maxSide, IProgressMonitor monitor)
			throws VideoException {
		if (maxSide < 16) {
			throw new IllegalArgumentException("the longest side of a seek proxy must be at least 16 pixels, not "
					+ maxSide);
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Building the seek proxy of " + video.getFileName(), 100);
		ProxyFiles.Entry existing = ProxyFiles.current(video, cacheFolder);
		if (existing != null && existing.maxSide() == maxSide) {
			Optional<SeekProxy> reused = open(video, cacheFolder);
			if (reused.isPresent()) {
				return reused.get();
			}
		}
		int frameCount;
		int width;
		int height;
		int channels;
		try (MediaVideo source = MediaVideo.open(video, MediaSettings.current().withReadAhead(false))) {
			frameCount = source.frameCount();
			width = source.width();
			height = source.height();
			channels = source.channels();
		}
		progress.split(5);
		Path file = cacheFolder.resolve(ProxyFiles.name(video, width, height, channels, maxSide));
		int[] size = ProxyFiles.size(width, height, maxSide);
		PreprocessOptions options = PreprocessOptions.defaults().withPreset("ultrafast").withCrf(CRF).allIntra()
				.withPixelFormat(channels == 1 ? "gray" : "yuv420p").withOverwrite(true)
				.withScale(size[0] == width && size[1] == height ? null : Scale.to(size[0], size[1]));
		Preprocessor.runTo(video, file, options, progress.split(90));
		MediaVideo frames = null;
		try {
			frames = openFrames(file);
			if (frames.frameCount() != frameCount) {
				throw new VideoException(video, "its seek proxy has " + frames.frameCount() + " frames instead of "
						+ frameCount + "; not kept");
			}
			progress.split(5);
		} catch (VideoException | RuntimeException e) {
			if (frames != null) {
				frames.close();
			}
			deleteQuietly(file);
			throw e;
		}
		ProxyFiles.Entry built = new ProxyFiles.Entry(file, "", width, height, channels, maxSide);
		ProxyFiles.deleteOthers(video, cacheFolder, file);
		return new SeekProxy(video, built, frames);
	}

	private static MediaVideo openFrames(Path file) throws VideoException {
		MediaSettings current = MediaSettings.current();
		return MediaVideo.open(file, new MediaSettings(current.indexDirectory(), CACHE_BYTES, 2, false));
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// an unusable proxy left behind is refused by its frame count next time
		}
	}

	/** @return the source video */
	public Path video() {
		return video;
	}

	/** @return the proxy's file in the cache folder */
	public Path file() {
		return entry.file();
	}

	/** @return the number of frames: the source's */
	public int frameCount() {
		return media.frameCount();
	}

	/** @return the proxy's frame width in pixels */
	public int width() {
		return media.width();
	}

	/** @return the proxy's frame height in pixels */
	public int height() {
		return media.height();
	}

	/** @return the source's frame width in pixels: the width to stretch proxy frames to */
	public int sourceWidth() {
		return entry.sourceWidth();
	}

	/** @return the source's frame height in pixels: the height to stretch proxy frames to */
	public int sourceHeight() {
		return entry.sourceHeight();
	}

	/** @return the source's channels, 1 (grey) or 3 (colour), which {@link #frame(int)} returns */
	public int channels() {
		return entry.channels();
	}

	/**
	 * @return the bytes of decoded proxy frames kept now: never more than {@value #CACHE_BYTES} bytes (32 MiB),
	 *         whatever the source's size, since proxy frames are small
	 */
	public long cachedBytes() {
		return media.cachedBytes();
	}

	/** @return the longest side asked for when the proxy was built */
	public int maxSide() {
		return entry.maxSide();
	}

	/**
	 * @return proxy pixels per source pixel, {@code width() / sourceWidth()} (1 when the source was small enough to
	 *         keep its size). Sides are rounded to even numbers, so the vertical factor may differ by under a pixel
	 *         over the height: draw a proxy frame stretched over {@code sourceWidth() × sourceHeight()}.
	 */
	public double scale() {
		return (double) width() / sourceWidth();
	}

	/**
	 * Returns frame {@code index} of the proxy: the source's frame {@code index} at the proxy's size, lossy, in the
	 * source's channels (grey or RGB), 8-bit full range. Decoding one frame takes about 2 ms at 512×512;
	 * recent frames are cached.
	 *
	 * @param index 0 ≤ index &lt; {@link #frameCount()}
	 * @throws VideoException naming the source video when the index is out of range, the proxy is closed or the frame
	 *         cannot be decoded
	 */
	public VideoFrame frame(int index) throws VideoException {
		return frame(index, mode);
	}

	/** As {@link #frame(int)}, in the given colour mode. */
	public VideoFrame frame(int index, ColorMode colorMode) throws VideoException {
		if (index < 0 || index >= media.frameCount()) {
			throw new VideoException(video, "frame " + index + " is out of range (the video has " + media.frameCount()
					+ " frames)");
		}
		try {
			return media.read(index, colorMode);
		} catch (VideoException e) {
			throw new VideoException(video, "cannot read frame " + index + " of its seek proxy (" + e.getMessage() + ")",
					e);
		}
	}

	/** Releases the proxy's decoder and cache. Idempotent; frames cannot be read afterwards. */
	@Override
	public void close() {
		media.close();
	}

	@Override
	public String toString() {
		return "seek proxy of " + video + " (" + width() + "x" + height() + ", " + frameCount() + " frames)";
	}
}
