// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import java.nio.file.Path;

/**
 * How media videos are opened: where packet indexes are cached, how many bytes of frames each video may cache,
 * how many frames read-ahead decodes on each side of the current one, and whether it runs at all.
 *
 * @param indexDirectory where packet indexes are kept; null keeps none (files about to move or vanish)
 * @param cacheBytes     the frame cache budget per video
 * @param window         frames decoded ahead of and behind the current frame (capped to a third of the cache)
 * @param readAhead      whether a background decoder fills the window
 */
public record MediaSettings(Path indexDirectory, long cacheBytes, int window, boolean readAhead) {
	private static volatile Path sharedIndexDirectory = defaultIndexDirectory();

	/** @return the settings new videos get: system properties {@code myrmex.video.cacheMb}, {@code myrmex.video.window} */
	public static MediaSettings current() {
		long heapQuarter = Runtime.getRuntime().maxMemory() / 4;
		long cacheMb = Long.getLong("myrmex.video.cacheMb", Math.min(1024, heapQuarter >> 20));
		return new MediaSettings(sharedIndexDirectory, cacheMb << 20, Integer.getInteger("myrmex.video.window", 30), true);
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

	IndexStore indexStore() {
		return indexDirectory == null ? IndexStore.NONE : new IndexStore(indexDirectory);
	}
}
