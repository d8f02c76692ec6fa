// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.myrmex.video.preprocess.FfmpegCommand;
import org.myrmex.video.proxy.SeekProxy;

/**
 * Seek proxies ({@link SeekProxy}): the time to build one, against one plain decoding pass of the source
 * ({@code ffmpeg -f null}) in the same run, then cold random jumps, each timed twice back to back: the proxy frame
 * (what the labels editor shows at once, goal under 25 ms) and the exact frame from the normal source
 * ({@code Videos.open}: packet index, frame cache, read-ahead) as the baseline. The jumps run in {@value #ROUNDS}
 * fresh JVMs; each goes to a random frame at least a fifth of the video away from the previous one and not in the
 * source's frame cache, then pauses {@value #LOOK_MS} ms (a user looking at the frame; read-ahead settles).
 * Usage: {@code releng/bench/run.sh seek [VIDEO] [JUMPS]} (default {@code ../shared/fixtures/sleap/tracks/clip.mp4},
 * 200 jumps).
 */
final class SeekBench {
	private static final int ROUNDS = 4;
	static final long LOOK_MS = 250;
	private static final Pattern RESULT = Pattern.compile("RESULT proxy_ms=(\\S*) exact_ms=(\\S*)");
	private static final Pattern MEMORY = Pattern.compile(
			"MEMORY cache_peak=(\\d+) cache_limit=(\\d+) cache_frames=(\\d+) proxy_cache=(\\d+)");

	/** One fresh JVM's jumps: ms to the proxy frame and to the exact one; peak cache bytes, limit, frames, proxy's. */
	private record Round(double[] proxyMs, double[] exactMs, long[] memory) {
	}

	private SeekBench() {
	}

	static void run(String[] args) throws Exception {
		Path video = Path.of(args.length > 0 ? args[0] : "../shared/fixtures/sleap/tracks/clip.mp4").toAbsolutePath()
				.normalize();
		int jumps = args.length > 1 ? Integer.parseInt(args[1]) : 200;
		if (!Files.isRegularFile(video)) {
			throw new IllegalArgumentException(video + ": no such video");
		}
		Path cache = Path.of(System.getProperty("java.io.tmpdir"), "myrmex-bench", "seek-proxy");
		clear(cache);
		System.out.println("== " + video.getFileName() + " (load average " + Machine.loadAverage() + ")");

		double decodeSeconds = ffmpegDecodeSeconds(video);
		long start = System.nanoTime();
		int frames;
		try (SeekProxy proxy = SeekProxy.build(video, cache, new NullProgressMonitor())) {
			double buildSeconds = (System.nanoTime() - start) / 1e9;
			frames = proxy.frameCount();
			System.out.printf("proxy %dx%d of %dx%d (scale %.3f), %d frames, %.1f MB (%.1f kB/frame)%n", proxy.width(),
					proxy.height(), proxy.sourceWidth(), proxy.sourceHeight(), proxy.scale(), frames,
					Files.size(proxy.file()) / 1e6, Files.size(proxy.file()) / 1e3 / frames);
			System.out.printf("build %.2f s (%.0f frames/s, frame count verified) | one ffmpeg -f null decoding pass"
					+ " %.2f s | ratio %.2fx%n", buildSeconds, frames / buildSeconds, decodeSeconds,
					buildSeconds / decodeSeconds);
		}
		start = System.nanoTime();
		try (SeekProxy reopened = SeekProxy.open(video, cache).orElseThrow()) {
			System.out.printf("open of the cached proxy %.1f ms%n", (System.nanoTime() - start) / 1e6);
		}

		List<Double> proxyMs = new ArrayList<>();
		List<Double> exactMs = new ArrayList<>();
		double[] roundRatio = new double[ROUNDS];
		StringBuilder firsts = new StringBuilder();
		long[] memory = new long[4]; // the largest of each over the rounds
		for (int r = 0; r < ROUNDS; r++) {
			int n = jumps / ROUNDS + (r < jumps % ROUNDS ? 1 : 0);
			Round round = child(video, cache, n, 1000 + r);
			roundRatio[r] = pct(sorted(round.exactMs()), 50) / pct(sorted(round.proxyMs()), 50);
			firsts.append(String.format("%s%.1f/%.0f", r == 0 ? "" : ", ", round.proxyMs()[0], round.exactMs()[0]));
			for (int i = 0; i < round.proxyMs().length; i++) {
				proxyMs.add(round.proxyMs()[i]);
				exactMs.add(round.exactMs()[i]);
			}
			for (int i = 0; i < memory.length; i++) {
				memory[i] = Math.max(memory[i], round.memory()[i]);
			}
		}
		double[] proxy = sorted(proxyMs.stream().mapToDouble(Double::doubleValue).toArray());
		double[] exact = sorted(exactMs.stream().mapToDouble(Double::doubleValue).toArray());
		double[] paired = sorted(java.util.stream.IntStream.range(0, proxyMs.size())
				.mapToDouble(i -> exactMs.get(i) / proxyMs.get(i)).toArray());
		Arrays.sort(roundRatio);
		long under25 = Arrays.stream(proxy).filter(ms -> ms < 25).count();
		System.out.printf("%d cold jumps in %d fresh JVMs (>= %d frames apart, not cached, %d ms look between)%n",
				proxy.length, ROUNDS, Math.max(1, frames / 5), LOOK_MS);
		System.out.printf("  proxy frame   p50 %6.1f p95 %6.1f max %6.1f ms (%d of %d under 25 ms)%n", pct(proxy, 50),
				pct(proxy, 95), proxy[proxy.length - 1], under25, proxy.length);
		System.out.printf("  exact frame   p50 %6.1f p95 %6.1f max %6.1f ms (Videos.open, the baseline)%n",
				pct(exact, 50), pct(exact, 95), exact[exact.length - 1]);
		System.out.printf("  proxy first by p50 %.1fx, p95 %.1fx; per jump (exact/proxy) median %.1fx"
				+ " (rounds' p50 ratio %.1f-%.1fx)%n", pct(exact, 50) / pct(proxy, 50), pct(exact, 95) / pct(proxy, 95),
				pct(paired, 50), roundRatio[0], roundRatio[ROUNDS - 1]);
		System.out.println("  first jump of each JVM, proxy/exact ms (classes loading): " + firsts);
		System.out.println("  load average after: " + Machine.loadAverage());
		System.out.printf("  memory: frame cache peak %.0f MB of its %.0f MB limit (%d frames held at the end),"
				+ " seek proxy cache %.1f MB%n", memory[0] / 1e6, memory[1] / 1e6, memory[2], memory[3] / 1e6);
		clear(cache);
	}

	/** @return {@code jumps} jumps measured in a fresh JVM */
	private static Round child(Path video, Path cache, int jumps, long seed) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"--add-opens", "java.base/java.lang=ALL-UNNAMED",
				"-Dorg.bytedeco.javacpp.cachedir=" + System.getProperty("org.bytedeco.javacpp.cachedir",
						Path.of(System.getProperty("user.home"), ".cache", "myrmex", "javacpp").toString()),
				"-cp", System.getenv("MYRMEX_BENCH_CP"), "org.myrmex.bench.Main", "seek-child", video.toString(),
				cache.toString(), Integer.toString(jumps), Long.toString(seed)));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		Matcher result = RESULT.matcher(output);
		if (process.waitFor() != 0 || !result.find()) {
			throw new IOException("measurement failed:\n" + output);
		}
		Matcher held = MEMORY.matcher(output);
		long[] memory = new long[4];
		if (held.find()) {
			for (int i = 0; i < memory.length; i++) {
				memory[i] = Long.parseLong(held.group(i + 1));
			}
		}
		return new Round(parse(result.group(1)), parse(result.group(2)), memory);
	}

	private static double[] parse(String list) {
		return Arrays.stream(list.split(",")).mapToDouble(Double::parseDouble).toArray();
	}

	/** @return the time {@code ffmpeg -f null} reports for decoding every frame (process start-up not counted) */
	private static double ffmpegDecodeSeconds(Path video) throws Exception {
		List<String> command = List.of(FfmpegCommand.executable().toString(), "-benchmark", "-nostdin", "-hide_banner",
				"-nostats", "-i", video.toString(), "-map", "0:v:0", "-f", "null", "-");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		Matcher rtime = Pattern.compile("rtime=([0-9.]+)s").matcher(output);
		if (process.waitFor() != 0 || !rtime.find()) {
			throw new IllegalStateException("ffmpeg failed on " + video + ":\n" + output);
		}
		return Double.parseDouble(rtime.group(1));
	}

	private static void clear(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	static double[] sorted(double[] values) {
		double[] copy = values.clone();
		Arrays.sort(copy);
		return copy.length == 0 ? new double[] { 0 } : copy;
	}

	static double pct(double[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.round(p / 100.0 * (sorted.length - 1)))];
	}
}
