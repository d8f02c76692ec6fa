// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import java.nio.file.Path;

/**
 * How media videos are opened: where packet indexes are cached, how many bytes of frames each video may cache,
 * how many frames read-ahead decodes on each side of the current one, and whether it runs at all.
 *
 * @param indexDirectory where packet indexes are kept; null keeps none (files about to move or vanish)
 * @param cacheBytes     the frame cache limit per video: the decoded pixels it holds never add up to more
 * @param window         frames decoded ahead of and behind the current frame (capped to a third of the frames the
 *                       cache holds; no read-ahead when it holds fewer than three)
 * @param readAhead      whether a background decoder fills the window
 */
public record MediaSettings(Path indexDirectory, long cacheBytes, int window, boolean readAhead) {
	/** The system property giving the frame cache limit per video in MiB (default: a quarter of the heap, at most 1 GiB). */
	public static final String FRAME_CACHE_PROPERTY = "myrmex.video.frameCacheMB";
	private static final long DEFAULT_CAP = 1L << 30;
	private static volatile Path sharedIndexDirectory = defaultIndexDirectory();
	/** The limit set through {@link #setCacheBytes}; negative: the default. */
	private static volatile long sharedCacheBytes = -1;

	/** @throws IllegalArgumentException when {@code cacheBytes} or {@code window} is negative */
	public MediaSettings {
		if (cacheBytes < 0) {
			throw new IllegalArgumentException("a frame cache limit cannot be negative: " + cacheBytes + " bytes");
		}
		if (window < 0) {
			throw new IllegalArgumentException("a read-ahead window cannot be negative: " + window + " frames");
		}
	}

	/**
	 * @return the settings new videos get: the frame cache limit set last ({@link #setCacheBytes}) or else the
	 *         default ({@link #defaultCacheBytes()}); read-ahead window from system property {@code myrmex.video.window}
	 */
	public static MediaSettings current() {
		long set = sharedCacheBytes;
		return new MediaSettings(sharedIndexDirectory, set >= 0 ? set : defaultCacheBytes(),
				Math.max(0, Integer.getInteger("myrmex.video.window", 30)), true);
	}

	/**
	 * @return the frame cache limit per video when none is set: system property {@value #FRAME_CACHE_PROPERTY} in MiB
	 *         when it holds a whole number of 0 or more, else a quarter of the Java heap, at most 1 GiB
	 */
	public static long defaultCacheBytes() {
		String configured = System.getProperty(FRAME_CACHE_PROPERTY);
		if (configured != null) {
			try {
				long mib = Long.parseLong(configured.trim());
				if (mib >= 0 && mib < (1L << 43)) {
					return mib << 20;
				}
			} catch (NumberFormatException e) {
				// not a number: the default below
			}
		}
		return Math.min(DEFAULT_CAP, Runtime.getRuntime().maxMemory() / 4);
	}

	/** Sets the frame cache limit of videos opened from now on; a negative value goes back to the default. */
	public static void setCacheBytes(long bytes) {
		sharedCacheBytes = bytes;
	}

	/** Sets where packet indexes are cached from now on (the workbench puts them in its workspace). */
	public static void setIndexDirectory(Path directory) {
		sharedIndexDirectory = directory;
	}

	private static Path defaultIndexDirectory() {
		String configured = System.getProperty("myrmex.video.indexDir");
		return configured != null ? Path.of(configured)
				: Path.of(System.getProperty("user.home"), ".cache", "myrmex", "video-index");
	}

	/** @return these settings keeping no packet index on disk */
	public MediaSettings withoutIndexCache() {
		return new MediaSettings(null, cacheBytes, window, readAhead);
	}

	/** @return these settings with read-ahead switched on or off */
	public MediaSettings withReadAhead(boolean on) {
		return new MediaSettings(indexDirectory, cacheBytes, window, on);
	}

	/** @return these settings with another frame cache limit */
	public MediaSettings withCacheBytes(long bytes) {
		return new MediaSettings(indexDirectory, bytes, window, readAhead);
	}

	IndexStore indexStore() {
		return indexDirectory == null ? IndexStore.NONE : new IndexStore(indexDirectory);
	}
}
