// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.myrmex.model.Labels;
import org.myrmex.nn.ComputeDevice;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.internal.predict.ModelRunner;
import org.myrmex.nn.predict.FrameSelection;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PredictionOptions;
import org.myrmex.nn.predict.PredictionProgress;
import org.myrmex.nn.predict.PredictionRun;
import org.myrmex.nn.predict.PredictionSummary;
import org.myrmex.nn.predict.TopDownPredictor;
import org.tensorflow.proto.ConfigProto;

/**
 * Top-down inference throughput on the CPU: a {@link PredictionRun} (decoding thread, conversion, both networks,
 * peaks, crops, merging into labels) over the first frames of SLEAP's {@code tracks/clip.mp4} (1024×1024 grey, two
 * flies) with a given centroid + centred-instance pair, against TensorFlow alone running the same two networks
 * ({@link RawForwardPass}) on constant batches of the same sizes — the centroid network on a batch of whole scaled
 * frames, the centred-instance network on as many crops as the run found instances — so the ratio is the pipeline's
 * overhead. With the networks' FLOPs per frame (from their convolutions) and a large 3×3 convolution's GFLOP/s
 * ({@link ConvThroughput}) as the machine's measure. Usage: {@code releng/bench/run.sh track CENTROID_DIR
 * CENTERED_DIR [FIXTURES_DIR] [--frames N] [--batch-size B]} (e.g. the run folders of {@code myrmex train}).
 */
final class TrackBench {
	private static final String VIDEO = "sleap/tracks/clip.mp4";
	private static final int WARM_UP = 2;
	private static final int RUNS = 5;

	private TrackBench() {
	}

	static void run(String[] args) throws Exception {
		List<String> rest = new ArrayList<>(Arrays.asList(args));
		int frames = take(rest, "--frames", 200);
		int batch = take(rest, "--batch-size", 4);
		if (rest.size() < 2) {
			System.err.println("usage: releng/bench/run.sh track CENTROID_DIR CENTERED_DIR [FIXTURES_DIR] "
					+ "[--frames N] [--batch-size B]");
			System.exit(2);
		}
		List<PoseModel> models = List.of(PoseModel.load(Path.of(rest.get(0))), PoseModel.load(Path.of(rest.get(1))));
		PoseModel centroid = models.stream().filter(m -> m.head() instanceof HeadConfig.Centroid).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no centroid model among " + models));
		PoseModel centred = models.get(models.get(0) == centroid ? 1 : 0);
		Path fixtures = Path.of(rest.size() > 2 ? rest.get(2) : "../shared/fixtures").toAbsolutePath().normalize();
		ConfigProto cpu = ComputeDevice.CPU.sessionConfig();

		List<PredictionProgress> batches = new ArrayList<>();
		PredictionSummary summary;
		int region;
		try (PredictionRun run = PredictionRun.create(models,
				PredictionOptions.defaults().withDevice(ComputeDevice.CPU).withBatchSize(batch))) {
			region = ((TopDownPredictor) run.predictor()).cropRegion();
			Labels labels = run.labelsFor(fixtures.resolve(VIDEO));
			summary = run.run(labels, null, FrameSelection.range(0, frames - 1), batches::add,
					new NullProgressMonitor());
		}
		PredictionProgress first = batches.get(0);
		double steady = (summary.frames() - first.frames()) * 1e9 / (summary.nanos() - first.elapsedNanos());
		double perFrame = (double) summary.instances() / summary.frames();
		int crops = Math.max(1, (int) Math.round(perFrame * batch));

		long side = ModelRunner.paddedSide(1024, centroid.inputScaling(), padStride(centroid), centroid.maxStride());
		long cropSide = ModelRunner.paddedSide(region, centred.inputScaling(), 1, centred.maxStride());
		double centroidFlops;
		double centredFlops;
		long[] centroidNanos;
		long[] centredNanos;
		try (RawForwardPass net = new RawForwardPass(centroid, side, side, cpu)) {
			centroidFlops = net.flopsPerImage();
			centroidNanos = net.time(batch, WARM_UP, RUNS);
		}
		try (RawForwardPass net = new RawForwardPass(centred, cropSide, cropSide, cpu)) {
			centredFlops = net.flopsPerImage();
			centredNanos = net.time(crops, WARM_UP, RUNS);
		}
		double rawSeconds = (median(centroidNanos) + median(centredNanos)) / 1e9;
		double raw = batch / rawSeconds;
		double frameFlops = centroidFlops + perFrame * centredFlops;
		long[] conv = ConvThroughput.time(1, 256, 256, 64, cpu, WARM_UP, RUNS);
		double machine = ConvThroughput.flops(1, 256, 256, 64) * 1e9 / median(conv);

		System.out.printf(Locale.ROOT, "video: %s, frames 0-%d (1024x1024 grey), batch %d, CPU%n", VIDEO, frames - 1,
				batch);
		System.out.printf(Locale.ROOT, "centroid: %s, network input %dx%dx%d, %.2f GFLOP per frame%n",
				centroid.folder(), side, side, centroid.channels(), centroidFlops / 1e9);
		System.out.printf(Locale.ROOT, "centred instance: %s, crop %d px, network input %dx%dx%d, %.2f GFLOP per "
				+ "instance; %.2f instances per frame (%d crops per batch)%n", centred.folder(), region, cropSide,
				cropSide, centred.channels(), centredFlops / 1e9, perFrame, crops);
		System.out.printf(Locale.ROOT, "FLOPs per frame: %.2f GFLOP%n", frameFlops / 1e9);
		System.out.printf("%-30s %10s %10s %10s %8s%n", "", "frames/s", "ms/frame", "GFLOP/s", "ratio");
		row("Myrmex PredictionRun", steady, frameFlops, steady / raw);
		System.out.printf(Locale.ROOT, "%-30s %10.2f %10s %10s %8s%n", "  whole run (graphs built)",
				summary.framesPerSecond(), "", "", "");
		row("raw forward pass, no pipeline", raw, frameFlops, 1.0);
		System.out.printf(Locale.ROOT, "%-30s %10s %10.1f %10.1f %8s%n", "conv 3x3 1x256x256x64", "",
				median(conv) / 1e6, machine / 1e9, "");
		System.out.printf(Locale.ROOT, "Myrmex: %.0f%% of the raw pass's rate; the raw pass reaches %.0f%% of the "
				+ "convolution's GFLOP/s%n", 100 * steady / raw, 100 * raw * frameFlops / machine);
	}

	private static void row(String name, double framesPerSecond, double frameFlops, double ratio) {
		System.out.printf(Locale.ROOT, "%-30s %10.2f %10.1f %10.1f %7.2fx%n", name, framesPerSecond,
				1000 / framesPerSecond, framesPerSecond * frameFlops / 1e9, ratio);
	}

	private static int padStride(PoseModel model) {
		Integer pad = model.config().data().preprocessing().padToStride();
		return pad == null ? model.maxStride() : Math.max(1, pad);
	}

	private static int take(List<String> args, String name, int fallback) {
		int at = args.indexOf(name);
		if (at < 0 || at + 1 >= args.size()) {
			return fallback;
		}
		int value = Integer.parseInt(args.get(at + 1));
		args.subList(at, at + 2).clear();
		return value;
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
