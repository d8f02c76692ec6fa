// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.myrmex.io.LabelsFiles;
import org.myrmex.nn.ComputeDevice;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.config.TrainingConfigJson;
import org.myrmex.nn.network.SkeletonNames;
import org.myrmex.nn.train.BatchProgress;
import org.myrmex.nn.train.Trainer;
import org.myrmex.nn.train.TrainingListener;
import org.myrmex.nn.train.TrainingOptions;
import org.myrmex.nn.train.TrainingPlan;
import org.tensorflow.proto.ConfigProto;

/**
 * Training throughput on the CPU: Myrmex's {@link Trainer} on the ant group's centred-instance configuration (UNet
 * filters 32, max stride 32, crop 288) against TensorFlow alone running the very same training step (network, loss, AMSGrad) on
 * one constant batch ({@link RawTrainingStep}), in the same JVM; a single 3×3 convolution's GFLOP/s as context
 * ({@link ConvThroughput}). The ants' videos are not in the fixtures, so the ant configuration trains on SLEAP's
 * {@code tracks/clip.slp} + {@code clip.mp4} (1024×1024, 13 nodes). The first {@value #WARM_UP} steps of each are not
 * timed. Goal: the pipeline never starves the network, at least 90 % of Myrmex's step time in TensorFlow.
 * Usage: {@code releng/bench/run.sh train [FIXTURES_DIR] [--no-preload]}.
 */
final class TrainBench {
	private static final String ANT_CONFIG = "ants/models/general_models/filter_32-stride_32.240425_031454"
			+ ".centered_instance/training_config.json";
	private static final String LABELS = "sleap/tracks/clip.slp";
	private static final int WARM_UP = 3;
	private static final int STEPS = 20;
	private static final int RAW_STEPS = 10;
	private static final int CONV_RUNS = 10;

	private TrainBench() {
	}

	static void run(String[] args) throws Exception {
		List<String> options = new ArrayList<>(Arrays.asList(args));
		Boolean preload = options.remove("--no-preload") ? Boolean.FALSE : null;
		Path fixtures = Path.of(options.isEmpty() ? "../shared/fixtures" : options.get(0)).toAbsolutePath()
				.normalize();
		Path work = Path.of(System.getProperty("java.io.tmpdir"), "myrmex-bench", "train");
		delete(work);
		Files.createDirectories(work);
		Path labels = fixtures.resolve(LABELS);
		Path config = work.resolve("training_config.json");
		BenchTrainingConfig.write(fixtures.resolve(ANT_CONFIG), labels, WARM_UP + STEPS, preload, config);
		System.out.println("config: " + fixtures.relativize(fixtures.resolve(ANT_CONFIG)) + " (model, pre-processing,"
				+ " cropping, augmentation" + (preload == null ? ", preload" : ", frames decoded while training")
				+ ")");
		System.out.println("labels: " + LABELS + " + clip.mp4 (the ant labels' videos are not in the fixtures)");

		Steps steps = new Steps();
		long start = System.nanoTime();
		Trainer.train(new TrainingOptions(config, labels, work.resolve("run"), 1, ComputeDevice.CPU, 1, false), steps,
				new NullProgressMonitor());
		double runSeconds = (System.nanoTime() - start) / 1e9;
		long[] shape = steps.plan.inputShape();
		List<BatchProgress> timed = steps.batches.subList(Math.min(WARM_UP, steps.batches.size()),
				steps.batches.size());
		long[] stepTotal = timed.stream().mapToLong(b -> b.stepNanos() + b.waitNanos()).toArray();
		long inTensorFlow = timed.stream().mapToLong(BatchProgress::stepNanos).sum();
		long waiting = timed.stream().mapToLong(BatchProgress::waitNanos).sum();
		long images = timed.stream().mapToLong(BatchProgress::images).sum();
		double myrmexRate = images * 1e9 / (inTensorFlow + waiting);
		System.out.printf(Locale.ROOT, "input %s, %,d parameters; whole run %.1f s (data set-up, %d steps, "
				+ "validation, saving)%n", Arrays.toString(shape), steps.plan.parameters(), runSeconds,
				steps.batches.size());

		ConfigProto cpu = ComputeDevice.CPU.sessionConfig();
		TrainingConfig trained = TrainingConfigJson.read(config);
		SkeletonNames skeleton = SkeletonNames.of(LabelsFiles.load(labels).getSkeletons().get(0));
		long[] raw = RawTrainingStep.time(trained, skeleton, shape, cpu, WARM_UP, RAW_STEPS);
		double rawRate = shape[0] * 1e9 / mean(raw);

		long channels = 32;
		long[] conv = ConvThroughput.time(shape[0], shape[1], shape[2], channels, cpu, WARM_UP, CONV_RUNS);
		double gflops = ConvThroughput.flops(shape[0], shape[1], shape[2], channels) / median(conv);

		System.out.printf("%-22s %12s %12s %10s %10s%n", "", "step p50", "images/s", "in TF", "ratio");
		System.out.printf(Locale.ROOT, "%-22s %9.1f ms %12.2f %9.1f%% %9.2fx%n", "Myrmex Trainer",
				median(stepTotal) / 1e6, myrmexRate, 100.0 * inTensorFlow / (inTensorFlow + waiting),
				myrmexRate / rawRate);
		System.out.printf(Locale.ROOT, "%-22s %9.1f ms %12.2f %10s %9.2fx%n", "same step, no pipeline",
				median(raw) / 1e6, rawRate, "100.0%", 1.0);
		System.out.printf(Locale.ROOT, "%-22s %9.1f ms %12s %10s %10s  %.1f GFLOP/s%n",
				"conv 3x3 " + shape[0] + "x" + shape[1] + "x" + shape[2] + "x" + channels, median(conv) / 1e6, "", "",
				"", gflops);
		System.out.printf(Locale.ROOT, "Myrmex: %d timed steps, %.1f ms mean in TensorFlow, %.1f ms mean waiting for "
				+ "data; goal: at least 90%% in TensorFlow%n", timed.size(), inTensorFlow / 1e6 / timed.size(),
				waiting / 1e6 / timed.size());
	}

	/** Keeps the plan and every step. */
	private static final class Steps implements TrainingListener {
		private TrainingPlan plan;
		private final List<BatchProgress> batches = new ArrayList<>();

		@Override
		public void started(TrainingPlan started) {
			plan = started;
		}

		@Override
		public void batchEnded(BatchProgress progress) {
			batches.add(progress);
		}
	}

	private static double mean(long[] values) {
		return Arrays.stream(values).average().orElse(Double.NaN);
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length == 0 ? Double.NaN : sorted[sorted.length / 2];
	}

	private static void delete(Path folder) throws Exception {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
