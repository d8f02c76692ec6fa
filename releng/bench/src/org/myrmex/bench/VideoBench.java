// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.myrmex.video.ColorMode;
import org.myrmex.video.FrameReader;
import org.myrmex.video.internal.media.MediaSettings;
import org.myrmex.video.internal.media.MediaVideo;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.myrmex.video.preprocess.FfmpegCommand;
import org.myrmex.video.preprocess.PreprocessOptions;
import org.myrmex.video.preprocess.Preprocessor;

/**
 * Random access and sequential decoding of Myrmex's media source against the baselines in the same run: JavaCV's
 * {@code setVideoFrameNumber} + {@code grabImage} (single-threaded, grey) for seeks, and the bundled
 * {@code ffmpeg -f null} for sequential decoding. Usage: {@code releng/bench/run.sh video [FIXTURES_DIR]}.
 */
final class VideoBench {
	private static final int REQUESTS = 200;
	/** A timeline drag delivers about one request per screen refresh. */
	private static final long SCRUB_PAUSE_MS = 16;

	private VideoBench() {
	}

	/** One way of getting frame n. */
	private interface Reader extends AutoCloseable {
		void read(int frame) throws Exception;

		@Override
		default void close() throws Exception {
			// nothing to release
		}
	}

	static void run(String[] args) throws Exception {
		Path fixtures = Path.of(args.length > 0 ? args[0] : "../shared/fixtures").toAbsolutePath().normalize();
		for (Path video : List.of(fixtures.resolve("sleap/tracks/clip.mp4"), fixtures.resolve("sleap/videos/centered_pair_small.mp4"))) {
			System.out.println("== " + video.getFileName());
			int frames;
			try (MediaVideo probe = MediaVideo.open(video)) {
				frames = probe.frameCount();
				System.out.printf("%d frames %dx%d, keyframes every %d frames%n", frames, probe.width(), probe.height(),
						probe.keyframes().length > 1 ? probe.keyframes()[1] : frames);
			}
			int[] jumps = new Random(42).ints(REQUESTS, 0, frames).toArray();
			int[] walk = scrubbing(frames, new Random(43));
			compare("cold random jumps", video, jumps, 0);
			compare("scrubbing (+-8 frames, 60 Hz)", video, walk, SCRUB_PAUSE_MS);
			sequential(video, frames);
			allIntra(video, jumps);
		}
	}

	/** Cold jumps again after {@code myrmex preprocess --all-intra}: every frame is a keyframe. */
	private static void allIntra(Path video, int[] jumps) throws Exception {
		Path work = java.nio.file.Files.createTempDirectory("myrmex-bench-intra");
		PreprocessOptions options = PreprocessOptions.defaults().allIntra();
		Preprocessor.run(List.of(video), work, options, new NullProgressMonitor());
		Path intra = Preprocessor.outputFor(video, work, options);
		try {
			compare("cold jumps, all-intra copy", intra, jumps, 0);
		} finally {
			java.nio.file.Files.deleteIfExists(intra);
			java.nio.file.Files.deleteIfExists(work);
		}
	}

	/** A random walk: steps of 1 to 8 frames, forward twice as often as back, as a user drags the timeline. */
	private static int[] scrubbing(int frames, Random random) {
		int[] walk = new int[REQUESTS];
		int at = random.nextInt(frames);
		for (int i = 0; i < walk.length; i++) {
			int step = 1 + random.nextInt(8);
			at = Math.max(0, Math.min(frames - 1, at + (random.nextInt(3) == 0 ? -step : step)));
			walk[i] = at;
		}
		return walk;
	}

	private static void compare(String what, Path video, int[] frames, long pauseMs) throws Exception {
		double[] base;
		try (Reader grabber = grabber(video)) {
			base = sorted(latencies(grabber, frames, pauseMs));
		}
		double[] mine;
		boolean[] missed = new boolean[frames.length];
		try (MediaVideo source = MediaVideo.open(video)) {
			int[] request = { 0 };
			mine = latencies(frame -> {
				missed[request[0]++] = !source.isCached(frame);
				source.readGray(frame);
			}, frames, pauseMs);
		}
		double[] misses = sorted(java.util.stream.IntStream.range(0, frames.length).filter(i -> missed[i])
				.mapToDouble(i -> mine[i]).toArray());
		double[] all = sorted(mine);
		System.out.printf("%-30s setVideoFrameNumber p50 %6.1f p95 %6.1f ms | Myrmex p50 %5.1f p95 %5.1f ms"
				+ " (%d cache misses: p50 %5.1f p95 %5.1f ms) | p95 %.1fx faster%n", what, pct(base, 50), pct(base, 95),
				pct(all, 50), pct(all, 95), misses.length, pct(misses, 50), pct(misses, 95), pct(base, 95) / pct(all, 95));
	}

	/** @return each request's latency in ms, in request order */
	private static double[] latencies(Reader reader, int[] frames, long pauseMs) throws Exception {
		double[] ms = new double[frames.length];
		for (int i = 0; i < frames.length; i++) {
			long start = System.nanoTime();
			reader.read(frames[i]);
			ms[i] = (System.nanoTime() - start) / 1e6;
			if (pauseMs > 0) {
				Thread.sleep(pauseMs);
			}
		}
		return ms;
	}

	private static double[] sorted(double[] values) {
		double[] copy = values.clone();
		Arrays.sort(copy);
		return copy.length == 0 ? new double[] { 0 } : copy;
	}

	private static Reader grabber(Path video) throws Exception {
		FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(video.toFile());
		grabber.setPixelFormat(avutil.AV_PIX_FMT_GRAY8);
		grabber.setVideoOption("threads", "1");
		grabber.start();
		return new Reader() {
			@Override
			public void read(int frame) throws Exception {
				grabber.setVideoFrameNumber(frame);
				grabber.grabImage();
			}

			@Override
			public void close() throws Exception {
				grabber.close();
			}
		};
	}

	/**
	 * Seven rounds, each timing {@code ffmpeg -f null}, {@code ffmpeg -pix_fmt gray} and Myrmex back to back, so that
	 * each ratio compares runs made under the same machine load; the medians are printed with the spread of the
	 * per-round ratios.
	 */
	private static void sequential(Path video, int frames) throws Exception {
		int rounds = 7;
		double[] mine = new double[rounds];
		double[] ffmpeg = new double[rounds];
		double[] ffmpegGrey = new double[rounds];
		double[] ratio = new double[rounds];
		double[] greyRatio = new double[rounds];
		String executable = FfmpegCommand.executable().toString();
		for (int r = 0; r < rounds; r++) {
			ffmpeg[r] = frames / ffmpegSeconds(executable, video);
			ffmpegGrey[r] = frames / ffmpegSeconds(executable, video, "-pix_fmt", "gray");
			try (MediaVideo source = MediaVideo.open(video, MediaSettings.current().withReadAhead(false))) {
				byte[] frame = new byte[source.width() * source.height()];
				try (FrameReader reader = source.sequential(0, ColorMode.GRAY)) {
					long start = System.nanoTime(); // like ffmpeg's rtime: opening the file is not counted
					while (reader.hasNext()) {
						reader.nextInto(frame);
					}
					mine[r] = frames / ((System.nanoTime() - start) / 1e9);
				}
			}
			ratio[r] = mine[r] / ffmpeg[r];
			greyRatio[r] = mine[r] / ffmpegGrey[r];
		}
		for (double[] values : List.of(mine, ffmpeg, ffmpegGrey, ratio, greyRatio)) {
			Arrays.sort(values);
		}
		int median = rounds / 2;
		System.out.printf("%-30s ffmpeg -f null %5.0f fps, with -pix_fmt gray %5.0f fps | Myrmex grey frames %5.0f fps"
				+ " | ratio %.2fx (rounds %.2f-%.2f; %.2fx against grey)%n", "sequential (median of " + rounds + ")",
				ffmpeg[median], ffmpegGrey[median], mine[median], ratio[median], ratio[0], ratio[rounds - 1],
				greyRatio[median]);
	}

	/** @return the decoding time ffmpeg reports itself with {@code -benchmark} (process start-up not counted) */
	private static double ffmpegSeconds(String executable, Path video, String... outputOptions) throws Exception {
		java.util.List<String> command = new java.util.ArrayList<>(List.of(executable, "-benchmark", "-nostdin",
				"-hide_banner", "-nostats", "-i", video.toString()));
		command.addAll(List.of(outputOptions));
		command.addAll(List.of("-f", "null", "-"));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		java.util.regex.Matcher rtime = java.util.regex.Pattern.compile("rtime=([0-9.]+)s").matcher(output);
		if (process.waitFor() != 0 || !rtime.find()) {
			throw new IllegalStateException("ffmpeg failed on " + video + ":\n" + output);
		}
		return Double.parseDouble(rtime.group(1));
	}

	private static double pct(double[] sorted, int p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.round(p / 100.0 * (sorted.length - 1)))];
	}
}
