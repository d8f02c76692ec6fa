// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.myrmex.io.AtomicFiles;

/**
 * Packet indexes cached on disk, one file per video named by a hash of its absolute path. Each entry records the
 * video's size and modification time; an entry for a video that changed since is ignored (and rebuilt). A cache
 * that cannot be read or written only costs time: it never fails an open.
 */
final class IndexStore {
	private static final int MAGIC = 0x4d595849; // "MYXI"
	private static final int VERSION = 3; // 3: keyframes of MPEG-TS/PS are byte positions
	/** A store that keeps nothing. */
	static final IndexStore NONE = new IndexStore(null);
	private final Path directory;

	IndexStore(Path directory) {
		this.directory = directory;
	}

	/** @return the cached index of {@code video}, or null when there is none for its current content */
	PacketIndex load(Path video) {
		if (directory == null) {
			return null;
		}
		Path entry = entry(video);
		try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(entry)))) {
			if (in.readInt() != MAGIC || in.readInt() != VERSION || !in.readUTF().equals(key(video))) {
				return null;
			}
			long[] pts = readLongs(in);
			int[] keyframes = new int[in.readInt()];
			for (int i = 0; i < keyframes.length; i++) {
				keyframes[i] = in.readInt();
			}
			long[] keySeek = readLongs(in);
			return keySeek.length == keyframes.length ? new PacketIndex(pts, keyframes, keySeek) : null;
		} catch (IOException | RuntimeException e) {
			return null; // none yet, unreadable or from an older version: rebuilt
		}
	}

	/** Stores the index of {@code video} (atomically); a failure is ignored. */
	void save(Path video, PacketIndex index) {
		if (directory == null) {
			return;
		}
		try {
			String key = key(video);
			AtomicFiles.write(entry(video), stream -> {
				DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
				out.writeInt(MAGIC);
				out.writeInt(VERSION);
				out.writeUTF(key);
				writeLongs(out, index.allPts());
				int[] keyframes = index.keyframes();
				out.writeInt(keyframes.length);
				for (int k : keyframes) {
					out.writeInt(k);
				}
				writeLongs(out, index.keySeek());
				out.flush();
			});
		} catch (IOException | RuntimeException e) {
			// the index is rebuilt next time
		}
	}

	/** @return the file an index of {@code video} is kept in */
	Path entry(Path video) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
					.digest(video.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
			return directory.resolve(HexFormat.of().formatHex(hash, 0, 16) + ".index");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static String key(Path video) throws IOException {
		return video.toAbsolutePath().normalize() + "|" + Files.size(video) + "|" + Files.getLastModifiedTime(video).toMillis();
	}

	private static long[] readLongs(DataInputStream in) throws IOException {
		int n = in.readInt();
		if (n < 0 || n > 100_000_000) {
			throw new IOException("bad length " + n);
		}
		long[] values = new long[n];
		for (int i = 0; i < n; i++) {
			values[i] = in.readLong();
		}
		return values;
	}

	private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
		out.writeInt(values.length);
		for (long v : values) {
			out.writeLong(v);
		}
	}
}
