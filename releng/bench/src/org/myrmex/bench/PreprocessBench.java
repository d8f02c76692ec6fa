// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;
import org.myrmex.video.preprocess.FfmpegCommand;
import org.myrmex.video.preprocess.PreprocessOptions;
import org.myrmex.video.preprocess.Preprocessor;

/**
 * Pre-processing throughput: Myrmex's {@link Preprocessor} (checks, encode with progress, frame-count
 * verification, atomic rename) against the bundled {@code ffmpeg} executable run by hand with the same flags, in
 * the same run, alternating which goes first; the median of {@value #REPEATS} runs each. The ratio is the median
 * of the ratios of back-to-back pairs, which share the machine's load. Goal: ratio ≥ 0.9.
 * Usage: {@code releng/bench/run.sh preprocess [FIXTURES_DIR]}.
 */
final class PreprocessBench {
	private static final int REPEATS = 3;

	private PreprocessBench() {
	}

	static void run(String[] args) throws Exception {
		Path fixtures = Path.of(args.length > 0 ? args[0] : "../shared/fixtures").toAbsolutePath().normalize();
		Path work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "myrmex-bench", "preprocess"));
		List<Path> videos = List.of(fixtures.resolve("sleap/tracks/clip.mp4"),
				fixtures.resolve("sleap/videos/centered_pair_small.mp4"));
		PreprocessOptions defaults = PreprocessOptions.defaults().withOverwrite(true);
		System.out.println("ffmpeg: " + FfmpegCommand.executable());
		System.out.printf("%-26s %-10s %6s %13s %13s %7s%n", "video", "options", "frames", "myrmex fps", "ffmpeg fps",
				"ratio");
		for (Path video : videos) {
			for (PreprocessOptions options : List.of(defaults, defaults.allIntra())) {
				measure(video, options, work);
			}
		}
	}

	private static void measure(Path video, PreprocessOptions options, Path work) throws Exception {
		int frames;
		int width;
		int height;
		try (VideoSource source = Videos.open(video)) {
			frames = source.frameCount();
			width = source.width();
			height = source.height();
		}
		Path byHand = work.resolve("by-hand.mp4");
		List<String> command = new ArrayList<>();
		command.add(FfmpegCommand.executable().toString());
		command.addAll(FfmpegCommand.arguments(options, video, byHand, width, height));
		double[] myrmex = new double[REPEATS];
		double[] ffmpeg = new double[REPEATS];
		for (int i = 0; i < REPEATS; i++) {
			if (i % 2 == 0) {
				myrmex[i] = timeMyrmex(video, options, work);
				ffmpeg[i] = timeCommand(command);
			} else {
				ffmpeg[i] = timeCommand(command);
				myrmex[i] = timeMyrmex(video, options, work);
			}
		}
		double[] paired = new double[REPEATS];
		for (int i = 0; i < REPEATS; i++) {
			paired[i] = ffmpeg[i] / myrmex[i];
		}
		System.out.printf("%-26s %-10s %6d %9.1f f/s %9.1f f/s %6.2fx%n", video.getFileName(),
				options.keyframeInterval() == 1 ? "all-intra" : "defaults", frames, frames / median(myrmex),
				frames / median(ffmpeg), median(paired));
		System.out.println("  by hand: " + String.join(" ", command));
		Files.deleteIfExists(byHand);
	}

	private static double timeMyrmex(Path video, PreprocessOptions options, Path work) throws Exception {
		long start = System.nanoTime();
		Preprocessor.run(List.of(video), work, options, new NullProgressMonitor());
		double seconds = (System.nanoTime() - start) / 1e9;
		Files.deleteIfExists(Preprocessor.outputFor(video, work, options));
		return seconds;
	}

	private static double timeCommand(List<String> command) throws IOException, InterruptedException {
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).inheritIO().start();
		if (process.waitFor() != 0) {
			throw new IOException("ffmpeg failed: " + String.join(" ", command));
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
