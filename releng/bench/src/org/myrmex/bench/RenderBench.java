// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;
import org.myrmex.video.ColorMode;
import org.myrmex.video.FrameReader;
import org.myrmex.video.H264Writer;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;
import org.myrmex.video.render.LabelledVideoRenderer;
import org.myrmex.video.render.RenderOptions;

/**
 * Rendered labelled video ({@code myrmex render}): frames/s of a {@value #FRAMES}-frame render of
 * {@code tracks/clip.slp} (decode, draw, encode) against, in the same run, FFmpeg's libx264 encoding alone of the
 * same frames already decoded (the same encoder settings: crf 18, preset superfast, yuv420p) and decoding alone.
 * Median of {@value #ROUNDS} rounds after a warm-up. Usage: {@code releng/bench/run.sh render [LABELS.slp]}.
 */
final class RenderBench {
	private static final int FRAMES = 300;
	private static final int ROUNDS = 3;

	private RenderBench() {
	}

	static void run(String[] args) throws Exception {
		Path labelsFile = Path.of(args.length > 0 ? args[0] : "../shared/fixtures/sleap/tracks/clip.slp")
				.toAbsolutePath().normalize();
		Labels labels = LabelsFiles.load(labelsFile);
		Path out = Files.createTempDirectory("myrmex-render-bench");
		List<Integer> frames = IntStream.range(0, FRAMES).boxed().toList();
		System.out.println("== " + labelsFile.getFileName() + ", frames 0-" + (FRAMES - 1) + " (load average "
				+ Machine.loadAverage() + ")");
		render(labels, labelsFile, frames.subList(0, 20), out.resolve("warm.mp4"));
		double[] render = new double[ROUNDS];
		double[] encode = new double[ROUNDS];
		double[] decode = new double[ROUNDS];
		for (int r = 0; r < ROUNDS; r++) {
			render[r] = render(labels, labelsFile, frames, out.resolve("render.mp4"));
			long start = System.nanoTime();
			List<byte[]> bgr = decode(labels, labelsFile);
			decode[r] = FRAMES / ((System.nanoTime() - start) / 1e9);
			encode[r] = encode(bgr, out.resolve("encode.mp4"));
		}
		double renderFps = median(render);
		double encodeFps = median(encode);
		double decodeFps = median(decode);
		System.out.printf(Locale.ROOT, "render (decode + draw + encode): %6.1f frames/s%n", renderFps);
		System.out.printf(Locale.ROOT, "FFmpeg encode only (libx264):    %6.1f frames/s   render / encode-only = %.2f%n",
				encodeFps, renderFps / encodeFps);
		System.out.printf(Locale.ROOT, "decode only (RGB):               %6.1f frames/s%n", decodeFps);
		try (var files = Files.list(out)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
		Files.delete(out);
	}

	private static double render(Labels labels, Path file, List<Integer> frames, Path out) throws Exception {
		LabelledVideoRenderer.Result result = LabelledVideoRenderer.render(new LabelledVideoRenderer.Request(labels,
				file, 0, frames, RenderOptions.defaults(), out), new NullProgressMonitor());
		return result.fps();
	}

	/** @return the frames as Java2D's B, G, R bytes, as the renderer hands them to the encoder */
	private static List<byte[]> decode(Labels labels, Path file) throws Exception {
		List<byte[]> frames = new ArrayList<>();
		try (VideoSource source = Videos.open(labels.getVideos().get(0), file);
				FrameReader reader = source.sequential(0, ColorMode.RGB)) {
			for (int f = 0; f < FRAMES; f++) {
				VideoFrame frame = reader.next();
				byte[] rgb = frame.pixels();
				for (int i = 0; i < rgb.length; i += 3) {
					byte red = rgb[i];
					rgb[i] = rgb[i + 2];
					rgb[i + 2] = red;
				}
				frames.add(rgb);
			}
		}
		return frames;
	}

	private static double encode(List<byte[]> frames, Path out) throws Exception {
		long start = System.nanoTime();
		try (H264Writer writer = new H264Writer(out, 1024, 1024, 30, RenderOptions.defaults().crf(), 250, 3)) {
			for (byte[] frame : frames) {
				writer.writeBgr(frame);
			}
			writer.finish();
		}
		return frames.size() / ((System.nanoTime() - start) / 1e9);
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
