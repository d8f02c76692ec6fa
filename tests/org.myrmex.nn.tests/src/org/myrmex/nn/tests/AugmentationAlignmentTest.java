// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.myrmex.model.Labels;
import org.myrmex.nn.config.DataConfig;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.OptimizationConfig.Augmentation;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.data.Example;
import org.myrmex.nn.data.ExamplePipeline;
import org.myrmex.nn.data.FloatImage;
import org.myrmex.nn.data.FrameSource;
import org.myrmex.nn.data.LabelledSamples;
import org.myrmex.nn.data.Sample;
import org.myrmex.nn.data.TrainingExample;

/**
 * Every augmentation, in the crop (centred-instance) and whole-frame (single-instance) pipelines and at two input
 * scalings, keeps each label on the image feature it marks: a small spot is added to a real frame of the clip at one
 * labelled point, the frame goes through the training pipeline twice with the same random choices (with and without
 * the spot), and the spot's centre in the network input — the difference of the two inputs — must lie where the
 * target confidence map of that node (its symmetric partner after a flip) has its centre.
 */
class AugmentationAlignmentTest {
	/** Largest distance in input pixels between the spot and its label. */
	private static final double TOLERANCE = 0.25;
	private static final int SEEDS = 2;
	private static Labels labels;
	private static LabelledSamples samples;
	private static Sample sample;
	private static FloatImage frame;

	@BeforeAll
	static void read() throws Exception {
		labels = DataFixtures.readClip();
		samples = LabelledSamples.of(labels, "clip.slp");
		sample = samples.samples().get(0);
		try (FrameSource frames = new FrameSource(labels.getVideos(), DataFixtures.clipLabels(), samples.samples(),
				DataConfig.Preprocessing.defaults())) {
			frame = frames.read(sample);
		}
	}

	/**
	 * @param photometric whether the augmentation changes pixel values (noise, contrast, brightness): the spot then
	 *                    sits on a uniform grey frame, where the change is the same all around it; otherwise on the real
	 *                    frame, whose own pixels cancel exactly in the difference of two geometric warps
	 */
	private record Case(String name, Augmentation augmentation, boolean photometric) {
	}

	private static Stream<Case> augmentations() {
		Augmentation none = Augmentation.defaults();
		return Stream.of(new Case("rotation", with(none, true, false, false, false, false), false),
				new Case("scale", with(none, false, true, false, false, false), false),
				new Case("translation", with(none, false, false, true, false, false), false),
				new Case("horizontal flip", with(none, false, false, false, true, true), false),
				new Case("vertical flip", with(none, false, false, false, true, false), false),
				new Case("noise, contrast and brightness", new Augmentation(false, -180, 180, false, -5, 5, false,
						0.9, 1.1, true, 0, 10, true, 5, 1, true, 0.5, 2.0, true, 0, 10, false, 256, 256, false, true), true),
				new Case("random crop", new Augmentation(false, -180, 180, false, -5, 5, false, 0.9, 1.1, false,
						0, 10, false, 5, 1, false, 0.5, 2.0, false, 0, 10, true, 640, 640, false, true), false),
				new Case("everything", DataFixtures.everything(), true));
	}

	/** Rotation over the full circle, scale 0.5–1.5, translation ±40 px, flips: wider than SLEAP's defaults. */
	private static Augmentation with(Augmentation a, boolean rotate, boolean scale, boolean translate, boolean flip,
			boolean horizontal) {
		return new Augmentation(rotate, -180, 180, translate, -40, 40, scale, 0.5, 1.5, a.uniformNoise(),
				a.uniformNoiseMinVal(), a.uniformNoiseMaxVal(), a.gaussianNoise(), a.gaussianNoiseMean(),
				a.gaussianNoiseStddev(), a.contrast(), a.contrastMinGamma(), a.contrastMaxGamma(), a.brightness(),
				a.brightnessMinVal(), a.brightnessMaxVal(), false, 256, 256, flip, horizontal);
	}

	@TestFactory
	Stream<DynamicTest> cropsKeepEveryLabelOnItsFeature() {
		return augmentations().map(c -> DynamicTest.dynamicTest("crops: " + c.name(), () -> {
			for (double scaling : new double[] { 1.0, 0.5 }) {
				TrainingConfig config = scaled(DataFixtures.centred("thorax", 192, c.augmentation()), scaling);
				assertAligned(c.name() + ", input scaling " + scaling, config, true, c.photometric());
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> wholeFramesKeepEveryLabelOnItsFeature() {
		return augmentations().map(c -> DynamicTest.dynamicTest("whole frames: " + c.name(), () -> {
			for (double scaling : new double[] { 1.0, 0.5 }) {
				TrainingConfig config = scaled(DataFixtures.config(
						new HeadConfig.SingleInstance(null, 2.5, 2, 1.0, false), null, null, c.augmentation()), scaling);
				assertAligned(c.name() + ", input scaling " + scaling, config, false, c.photometric());
			}
		}));
	}

	/**
	 * SLEAP resizes images with half-pixel centres but multiplies points by the scale s, so after input scaling a
	 * label lies (1 − s) / 2 input pixels right of and below its feature; inference divides by s again, so the offset
	 * cancels (Myrmex keeps SLEAP's convention so that SLEAP's models predict the same points).
	 */
	private static void assertAligned(String what, TrainingConfig config, boolean crops, boolean photometric)
			throws Exception {
		ExamplePipeline pipeline = new ExamplePipeline(config, samples, null);
		double offset = (1 - config.data().preprocessing().inputScaling()) / 2;
		FloatImage base = photometric ? grey(frame) : frame;
		int stride = crops ? ((HeadConfig.CenteredInstance) config.model().head()).outputStride()
				: ((HeadConfig.SingleInstance) config.model().head()).outputStride();
		int[] permutation = samples.flipPermutation();
		int nodes = samples.nodes().size();
		int checked = 0;
		for (int instance = 0; instance < (crops ? 2 : 1); instance++) {
			double[] points = sample.instances().get(instance);
			for (int node = 0; node < nodes; node++) {
				if (Double.isNaN(points[2 * node])) {
					continue;
				}
				Example marked = new Example(withSpot(base, points[2 * node], points[2 * node + 1]),
						sample.instances());
				Example plain = new Example(base, sample.instances());
				for (long seed = 0; seed < SEEDS; seed++) {
					TrainingExample a = pipeline.examples(marked, new Random(seed)).get(instance);
					TrainingExample b = pipeline.examples(plain, new Random(seed)).get(instance);
					double[] spot = spotCentre(a.input(), b.input());
					if (spot == null) {
						continue; // moved out of the input
					}
					spot[0] += offset;
					spot[1] += offset;
					FloatImage maps = a.targets().get(0);
					int channel = channelOf(node, permutation, a, b, maps, stride, spot);
					double[] label = mapCentre(maps, channel, stride);
					String where = what + ", " + samples.nodes().get(node) + " of instance " + instance + ", seed "
							+ seed + ": spot at " + spot[0] + ", " + spot[1];
					assertTrue(label != null, where + " but no target there");
					assertEquals(0, Math.hypot(spot[0] - label[0], spot[1] - label[1]), TOLERANCE,
							where + ", label at " + label[0] + ", " + label[1]);
					checked++;
				}
			}
		}
		assertTrue(checked >= (crops ? 20 : 10), what + ": only " + checked + " spots stayed in view");
	}

	/**
	 * The node's own channel, or its symmetric partner's when the example was flipped: the channel whose centre lies
	 * nearer the spot.
	 */
	private static int channelOf(int node, int[] permutation, TrainingExample a, TrainingExample b, FloatImage maps,
			int stride, double[] spot) {
		int partner = permutation[node];
		if (partner == node) {
			return node;
		}
		double[] own = mapCentre(maps, node, stride);
		double[] other = mapCentre(maps, partner, stride);
		if (own == null) {
			return partner;
		}
		if (other == null) {
			return node;
		}
		return Math.hypot(own[0] - spot[0], own[1] - spot[1]) <= Math.hypot(other[0] - spot[0], other[1] - spot[1])
				? node : partner;
	}

	/** @return a uniform grey image (0.3) of the frame's size */
	private static FloatImage grey(FloatImage image) {
		float[] data = new float[image.data().length];
		Arrays.fill(data, 0.3f);
		return new FloatImage(image.width(), image.height(), image.channels(), data);
	}

	/** @return the frame with a Gaussian spot (σ 1.5 px, height 0.4) added at (x, y) */
	private static FloatImage withSpot(FloatImage image, double x, double y) {
		float[] data = image.data().clone();
		int w = image.width();
		int c = image.channels();
		for (int py = (int) y - 8; py <= (int) y + 8; py++) {
			for (int px = (int) x - 8; px <= (int) x + 8; px++) {
				if (px >= 0 && py >= 0 && px < w && py < image.height()) {
					float add = (float) (0.4 * Math.exp(-((px - x) * (px - x) + (py - y) * (py - y)) / (2 * 1.5 * 1.5)));
					for (int k = 0; k < c; k++) {
						data[(py * w + px) * c + k] += add;
					}
				}
			}
		}
		return new FloatImage(w, image.height(), c, data);
	}

	/**
	 * @return the weighted centre of {@code marked − plain} (channel 0) where it exceeds a tenth of its largest value,
	 *         or {@code null} when the spot is missing or touches the border
	 */
	private static double[] spotCentre(FloatImage marked, FloatImage plain) {
		float max = 0;
		for (int y = 0; y < marked.height(); y++) {
			for (int x = 0; x < marked.width(); x++) {
				max = Math.max(max, marked.get(x, y, 0) - plain.get(x, y, 0));
			}
		}
		if (max < 0.02f) {
			return null;
		}
		double sum = 0, sx = 0, sy = 0;
		for (int y = 0; y < marked.height(); y++) {
			for (int x = 0; x < marked.width(); x++) {
				double d = marked.get(x, y, 0) - plain.get(x, y, 0);
				if (d > max / 10) {
					if (x == 0 || y == 0 || x == marked.width() - 1 || y == marked.height() - 1) {
						return null;
					}
					sum += d;
					sx += d * x;
					sy += d * y;
				}
			}
		}
		return new double[] { sx / sum, sy / sum };
	}

	/**
	 * @return the centre, in input pixels, of a confidence map channel: the peak refined by a parabola through the
	 *         logarithms of its neighbours (exact for a sampled Gaussian), or {@code null} when the map is empty or
	 *         the peak lies on its border
	 */
	private static double[] mapCentre(FloatImage maps, int channel, int stride) {
		if (maps.max(channel) < 0.5f) {
			return null;
		}
		int[] p = maps.argmax(channel);
		if (p[0] < 1 || p[1] < 1 || p[0] >= maps.width() - 1 || p[1] >= maps.height() - 1) {
			return null;
		}
		double dx = vertex(maps.get(p[0] - 1, p[1], channel), maps.get(p[0], p[1], channel),
				maps.get(p[0] + 1, p[1], channel));
		double dy = vertex(maps.get(p[0], p[1] - 1, channel), maps.get(p[0], p[1], channel),
				maps.get(p[0], p[1] + 1, channel));
		return new double[] { (p[0] + dx) * stride, (p[1] + dy) * stride };
	}

	private static double vertex(double left, double centre, double right) {
		double l = Math.log(left);
		double c = Math.log(centre);
		double r = Math.log(right);
		return (l - r) / (2 * (l - 2 * c + r));
	}

	private static TrainingConfig scaled(TrainingConfig c, double scaling) {
		DataConfig d = c.data();
		DataConfig.Preprocessing p = d.preprocessing();
		DataConfig.Preprocessing scaled = new DataConfig.Preprocessing(p.ensureRgb(), p.ensureGrayscale(),
				p.imagenetMode(), scaling, p.padToStride(), p.resizeAndPadToTarget(), p.targetHeight(),
				p.targetWidth());
		return new TrainingConfig(new DataConfig(d.labels(), scaled, d.instanceCropping()), c.model(),
				c.optimization(), c.outputs(), c.name(), c.description(), c.sleapVersion(), c.filename());
	}
}
