// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.nio.file.Path;
import java.util.Random;
import java.util.StringJoiner;

import org.myrmex.video.Videos;
import org.myrmex.video.internal.media.MediaVideo;
import org.myrmex.video.proxy.SeekProxy;

/**
 * One round of {@link SeekBench} in a fresh JVM: {@code VIDEO CACHE JUMPS SEED}. Opens the built proxy and the
 * source as the labels editor does, then for each jump reads the proxy frame and then the exact frame, in that order
 * (the editor's), timing each; prints {@code MEMORY …} (the frame caches) and {@code RESULT proxy_ms=… exact_ms=…}.
 */
final class SeekChild {
	private SeekChild() {
	}

	static void run(String[] args) throws Exception {
		Path video = Path.of(args[0]);
		Path cache = Path.of(args[1]);
		int jumps = Integer.parseInt(args[2]);
		Random random = new Random(Long.parseLong(args[3]));
		StringJoiner proxyMs = new StringJoiner(",");
		StringJoiner exactMs = new StringJoiner(",");
		try (SeekProxy proxy = SeekProxy.open(video, cache).orElseThrow(() -> new IllegalStateException(
				"no seek proxy of " + video + " in " + cache));
				MediaVideo source = (MediaVideo) Videos.open(video)) {
			int frames = source.frameCount();
			int apart = Math.max(1, frames / 5);
			int previous = random.nextInt(frames);
			for (int i = 0; i < jumps; i++) {
				int target = previous;
				for (int tries = 0; tries < 1000
						&& (Math.abs(target - previous) < apart || source.isCached(target)); tries++) {
					target = random.nextInt(frames);
				}
				long start = System.nanoTime();
				proxy.frame(target);
				long shown = System.nanoTime();
				source.read(target, org.myrmex.video.ColorMode.ofChannels(source.channels()));
				long exact = System.nanoTime();
				proxyMs.add(String.format(java.util.Locale.ROOT, "%.3f", (shown - start) / 1e6));
				exactMs.add(String.format(java.util.Locale.ROOT, "%.3f", (exact - shown) / 1e6));
				previous = target;
				Thread.sleep(SeekBench.LOOK_MS);
			}
			System.out.println("MEMORY cache_peak=" + source.peakCachedBytes() + " cache_limit=" + source.cacheLimit()
					+ " cache_frames=" + source.cachedFrames() + " proxy_cache=" + proxy.cachedBytes());
		}
		System.out.println("RESULT proxy_ms=" + proxyMs + " exact_ms=" + exactMs);
	}
}
