// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Symmetry;
import org.myrmex.nn.config.DataConfig;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.config.OptimizationConfig.Augmentation;
import org.myrmex.nn.data.Augmenter;
import org.myrmex.nn.data.DataException;
import org.myrmex.nn.data.Example;
import org.myrmex.nn.data.ExamplePipeline;
import org.myrmex.nn.data.FloatImage;
import org.myrmex.nn.data.FrameSource;
import org.myrmex.nn.data.LabelledSamples;
import org.myrmex.nn.data.Preprocess;
import org.myrmex.nn.data.Sample;
import org.myrmex.nn.data.Targets;
import org.myrmex.nn.data.TrainingExample;

/** Flips with the skeleton's symmetries, input scaling and offset targets on real ant frames. */
class FlipAndScaleTest {
	private static Labels labels;
	private static LabelledSamples samples;
	private static FrameSource frames;

	@BeforeAll
	static void open() throws Exception {
		labels = DataFixtures.readClip();
		Skeleton skeleton = labels.getSkeletons().get(0);
		symmetric(skeleton, "wingL", "wingR");
		symmetric(skeleton, "eyeL", "eyeR");
		samples = LabelledSamples.of(labels, "clip.slp");
		frames = new FrameSource(labels.getVideos(), DataFixtures.clipLabels(), samples.samples().subList(0, 2),
				DataFixtures.centred(null, null, Augmentation.defaults()).data().preprocessing());
	}

	@AfterAll
	static void close() {
		frames.close();
	}

	private static void symmetric(Skeleton skeleton, String first, String second) {
		Symmetry symmetry = LabelsFactory.eINSTANCE.createSymmetry();
		symmetry.setFirst(node(skeleton, first));
		symmetry.setSecond(node(skeleton, second));
		skeleton.getSymmetries().add(symmetry);
	}

	private static Node node(Skeleton skeleton, String name) {
		return skeleton.getNodes().stream().filter(n -> n.getName().equals(name)).findFirst().orElseThrow();
	}

	@Test
	void flippedFrameMovesTheLeftWingPeakToTheRightWingChannelAtTheMirroredPosition() throws Exception {
		Sample sample = samples.samples().get(0);
		FloatImage frame = frames.read(sample);
		int wingL = samples.nodeIndex("wingL");
		int wingR = samples.nodeIndex("wingR");
		int head = samples.nodeIndex("head");
		Example flipped = Augmenter.flip(new Example(frame, sample.instances()), true, samples.flipPermutation());
		double[] before = sample.instances().get(0);
		FloatImage maps = Targets.confidenceMaps(flipped.image(), flipped.instances().get(0), 1, 1.5);
		double mirroredX = frame.width() - 1 - before[2 * wingL];
		assertArrayEquals(new int[] { (int) Math.round(mirroredX), (int) Math.round(before[2 * wingL + 1]) },
				near(maps.argmax(wingR), mirroredX, before[2 * wingL + 1]));
		assertEquals(frame.width() - 1 - before[2 * head], flipped.instances().get(0)[2 * head], 1e-9);
		assertEquals(frame.get(100, 50, 0), flipped.image().get(frame.width() - 101, 50, 0));
	}

	/** @return the argmax when it is within one pixel of (x, y), else the argmax itself (to fail the comparison) */
	private static int[] near(int[] argmax, double x, double y) {
		return Math.abs(argmax[0] - x) <= 1 && Math.abs(argmax[1] - y) <= 1
				? new int[] { (int) Math.round(x), (int) Math.round(y) } : argmax;
	}

	@Test
	void inputScalingResizesTheFrameAndItsPoints() throws Exception {
		Sample sample = samples.samples().get(0);
		FloatImage frame = frames.read(sample);
		Example half = Preprocess.scale(new Example(frame, sample.instances()), 0.5);
		assertEquals(Math.round(frame.width() * 0.5), half.image().width());
		assertEquals(sample.instances().get(0)[0] / 2, half.instances().get(0)[0], 1e-9);
		Example padded = Preprocess.padToStride(half, 32);
		assertEquals(0, padded.image().width() % 32);
		assertEquals(half.image().get(10, 10, 0), padded.image().get(10, 10, 0));
	}

	@Test
	void ensureRgbAndImagenetModeGiveNormalisedColourInputs() throws Exception {
		TrainingConfig grey = DataFixtures.centred("thorax", 64, Augmentation.defaults());
		DataConfig data = grey.data();
		TrainingConfig rgb = grey.withData(new DataConfig(data.labels(), new DataConfig.Preprocessing(true, false, "tf",
				1.0, null, true, null, null), data.instanceCropping()));
		Sample sample = samples.samples().get(0);
		try (FrameSource colour = new FrameSource(labels.getVideos(), DataFixtures.clipLabels(), List.of(sample), rgb
				.data().preprocessing())) {
			assertEquals(3, colour.channels());
			FloatImage input = new ExamplePipeline(rgb, samples, colour).examples(sample, null).get(0).input();
			FloatImage plain = new ExamplePipeline(grey, samples, frames).examples(sample, null).get(0).input();
			assertEquals(3, input.channels());
			assertEquals(plain.get(32, 32, 0) * 2 - 1, input.get(32, 32, 1), 1e-5);
			assertEquals(input.get(20, 40, 0), input.get(20, 40, 2));
		}
		DataException e = assertThrows(DataException.class, () -> new ExamplePipeline(grey.withData(new DataConfig(
				data.labels(), new DataConfig.Preprocessing(false, false, "torch", 1.0, null, true, null, null), data
						.instanceCropping())), samples, frames));
		assertTrue(e.getMessage().contains("ensure_rgb"), e.getMessage());
	}

	@Test
	void offsetRefinementAddsOffsetTargetsAfterTheMaps() throws Exception {
		ExamplePipeline pipeline = new ExamplePipeline(DataFixtures.config(new HeadConfig.CenteredInstance("thorax",
				null, 1.5, 2, 1, true), "thorax", 64, Augmentation.defaults()), samples, frames);
		TrainingExample example = pipeline.examples(samples.samples().get(0), null).get(0);
		assertEquals(2, example.targets().size());
		FloatImage offsets = example.targets().get(1);
		assertEquals(26, offsets.channels());
		// the thorax is at the crop centre (31.5, 31.5): grid cell (15, 15) at pixel (30, 30) is 0.75 cells away
		assertEquals(0.75, offsets.get(15, 15, 2), 1e-5);
		assertEquals(0.75, offsets.get(15, 15, 3), 1e-5);
	}

	@Test
	void bottomUpWithoutEdgesUsesTheSkeletonEdges() throws Exception {
		HeadConfig.MultiInstance head = new HeadConfig.MultiInstance(new HeadConfig.Confmaps(null, 1.5, 4, 1, false),
				new HeadConfig.Pafs(null, 15, 8, 1));
		ExamplePipeline pipeline = new ExamplePipeline(DataFixtures.config(head, null, null, Augmentation.defaults()),
				samples, frames);
		List<TrainingExample> examples = pipeline.examples(samples.samples().get(0), null);
		int edges = labels.getSkeletons().get(0).getEdges().size();
		assertTrue(edges > 0);
		assertEquals(2 * edges, examples.get(0).targets().get(1).channels());
	}
}
