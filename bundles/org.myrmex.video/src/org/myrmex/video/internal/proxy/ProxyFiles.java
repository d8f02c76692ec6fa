// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.proxy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.myrmex.video.VideoException;

/**
 * Where seek proxies live in a cache folder: one file per source video,
 * {@code PATHHASH-KEYHASH-WIDTHxHEIGHT-grey|rgb-MAXSIDE.mp4}. {@code PATHHASH} is a hash of the source's absolute
 * path (it finds every proxy of one video), {@code KEYHASH} a hash of the path, size and modification time (a proxy
 * whose key differs from the source's current one is stale), then the source's frame size and channels (so that
 * opening a proxy needs nothing from the source) and the longest side asked for.
 */
public final class ProxyFiles {
	/** Raised when the way proxies are encoded changes: older proxies are then stale. */
	private static final int VERSION = 1;
	private static final Pattern NAME = Pattern
			.compile("([0-9a-f]{16})-([0-9a-f]{12})-(\\d{1,6})x(\\d{1,6})-(grey|rgb)-(\\d{1,6})\\.mp4");

	private ProxyFiles() {
	}

	/**
	 * What a proxy's file name says.
	 *
	 * @param file the proxy
	 * @param sourceWidth the source's frame width
	 * @param sourceHeight the source's frame height
	 * @param channels the source's channels, 1 or 3
	 * @param maxSide the longest side asked for when it was built
	 */
	public record Entry(Path file, String key, int sourceWidth, int sourceHeight, int channels, int maxSide) {
	}

	/**
	 * @return the name of the proxy of {@code video} as it is now
	 * @throws VideoException naming the video when its size or modification time cannot be read
	 */
	public static String name(Path video, int sourceWidth, int sourceHeight, int channels, int maxSide)
			throws VideoException {
		return prefix(video) + "-" + key(video) + "-" + sourceWidth + "x" + sourceHeight + "-"
				+ (channels == 1 ? "grey" : "rgb") + "-" + maxSide + ".mp4";
	}

	/**
	 * @return every proxy of {@code video} in {@code folder}, current or stale; none when the folder does not exist
	 * @throws VideoException naming the folder when it cannot be listed
	 */
	public static List<Entry> all(Path video, Path folder) throws VideoException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		String prefix = prefix(video);
		List<Entry> entries = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : (Iterable<Path>) files::iterator) {
				Matcher m = NAME.matcher(file.getFileName().toString());
				if (m.matches() && m.group(1).equals(prefix)) {
					entries.add(new Entry(file, m.group(2), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
							m.group(5).equals("grey") ? 1 : 3, Integer.parseInt(m.group(6))));
				}
			}
		} catch (IOException e) {
			throw new VideoException(folder, "cannot list the seek proxy folder (" + e.getMessage() + ")", e);
		}
		return entries;
	}

	/**
	 * @return the proxy of {@code video} as it is now, or null when there is none or only stale ones
	 * @throws VideoException naming the video when it is missing, or the folder when it cannot be listed
	 */
	public static Entry current(Path video, Path folder) throws VideoException {
		String key = key(video);
		for (Entry entry : all(video, folder)) {
			if (entry.key().equals(key)) {
				return entry;
			}
		}
		return null;
	}

	/** Deletes the proxies of {@code video} in {@code folder} other than {@code keep}; failures are ignored. */
	public static void deleteOthers(Path video, Path folder, Path keep) {
		try {
			for (Entry entry : all(video, folder)) {
				if (!entry.file().getFileName().equals(keep.getFileName())) {
					Files.deleteIfExists(entry.file());
				}
			}
		} catch (VideoException | IOException e) {
			// a stale proxy left behind only costs disk space; it is never used
		}
	}

	/**
	 * The proxy's frame size: the longest side at most {@code maxSide}, the aspect ratio kept, each side even (as
	 * yuv420p needs), never larger than the source.
	 *
	 * @return {width, height}
	 */
	public static int[] size(int width, int height, int maxSide) {
		double factor = Math.min(1.0, (double) maxSide / Math.max(width, height));
		return new int[] { side(width, factor), side(height, factor) };
	}

	private static int side(int side, double factor) {
		int even = factor >= 1 ? side - side % 2 : 2 * (int) Math.round(side * factor / 2);
		return Math.max(2, Math.min(even, side - side % 2));
	}

	private static String prefix(Path video) {
		return hash(video.toAbsolutePath().normalize().toString(), 8);
	}

	private static String key(Path video) throws VideoException {
		try {
			return hash(VERSION + "|" + video.toAbsolutePath().normalize() + "|" + Files.size(video) + "|"
					+ Files.getLastModifiedTime(video).toMillis(), 6);
		} catch (IOException e) {
			throw new VideoException(video, Files.exists(video) ? "cannot read its size and date (" + e.getMessage()
					+ ")" : "no such file", e);
		}
	}

	private static String hash(String text, int bytes) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, bytes);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
