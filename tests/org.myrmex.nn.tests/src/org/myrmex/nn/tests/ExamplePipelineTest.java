// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myrmex.model.Labels;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.OptimizationConfig.Augmentation;
import org.myrmex.nn.data.ExamplePipeline;
import org.myrmex.nn.data.FloatImage;
import org.myrmex.nn.data.FrameSource;
import org.myrmex.nn.data.InstanceCrops;
import org.myrmex.nn.data.LabelledSamples;
import org.myrmex.nn.data.Sample;
import org.myrmex.nn.data.TrainingExample;

/** Examples from the ant clip: crops, targets and whole images, checked against the labels and the frames. */
class ExamplePipelineTest {
	private static Labels labels;
	private static LabelledSamples samples;

	@BeforeAll
	static void read() throws Exception {
		labels = DataFixtures.readClip();
		samples = LabelledSamples.of(labels, "clip.slp");
	}

	private static FrameSource frames() throws Exception {
		return new FrameSource(labels.getVideos(), DataFixtures.clipLabels(), samples.samples(),
				DataFixtures.centred(null, null, Augmentation.defaults()).data().preprocessing());
	}

	@Test
	void readsTheUserInstancesOfEveryLabelledFrame() {
		assertEquals(1500, samples.samples().size());
		assertEquals(3000, samples.samples().stream().mapToInt(s -> s.instances().size()).sum());
		assertEquals(13, samples.nodes().size());
		assertEquals(335.25, samples.samples().get(0).instances().get(0)[0]);
	}

	@Test
	void automaticCropSizeIsTheLargestBoxPlusPaddingRoundedToTheStride() {
		int size = InstanceCrops.automaticSize(samples.samples(), 16, 16, 1.0);
		assertEquals(0, size % 16);
		double largest = 0;
		for (Sample sample : samples.samples()) {
			for (double[] p : sample.instances()) {
				double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
				for (int i = 0; i < p.length; i += 2) {
					if (!Double.isNaN(p[i])) {
						minX = Math.min(minX, p[i]);
						maxX = Math.max(maxX, p[i]);
						minY = Math.min(minY, p[i + 1]);
						maxY = Math.max(maxY, p[i + 1]);
					}
				}
				largest = Math.max(largest, Math.max(maxX - minX, maxY - minY));
			}
		}
		assertTrue(size >= largest + 16 && size < largest + 32, size + " for largest side " + largest);
	}

	@Test
	void cropsAreCentredOnTheAnchorWithPeaksAtTheLabelledPoints() throws Exception {
		try (FrameSource frames = frames()) {
			ExamplePipeline pipeline = new ExamplePipeline(DataFixtures.centred("thorax", 128, Augmentation
					.defaults()), samples, frames);
			Sample sample = samples.samples().get(0);
			List<TrainingExample> examples = pipeline.examples(sample, null);
			assertEquals(2, examples.size());
			FloatImage frame = frames.read(sample);
			for (int k = 0; k < 2; k++) {
				double[] p = sample.instances().get(k);
				FloatImage crop = examples.get(k).input();
				assertEquals(128, crop.width());
				assertEquals(128, crop.height());
				// the crop's centre (63.5, 63.5) is the thorax: crop pixel (64, 64) samples the frame at thorax + 0.5
				assertEquals(bilinear(frame, p[2] + 0.5, p[3] + 0.5), crop.get(64, 64, 0), 1e-4);
				FloatImage maps = examples.get(k).targets().get(0);
				assertEquals(64, maps.width());
				assertEquals(13, maps.channels());
				for (int n = 0; n < 13; n++) {
					int[] peak = maps.argmax(n);
					double x = p[2 * n] - p[2] + 63.5;
					double y = p[2 * n + 1] - p[3] + 63.5;
					if (x >= 0 && y >= 0 && x < 127 && y < 127) {
						assertTrue(Math.abs(peak[0] * 2 - x) <= 2 && Math.abs(peak[1] * 2 - y) <= 2, "node " + n);
					}
				}
			}
		}
	}

	@Test
	void centroidExamplesArePaddedToTheMaxStride() throws Exception {
		try (FrameSource frames = frames()) {
			ExamplePipeline pipeline = new ExamplePipeline(DataFixtures.config(new HeadConfig.Centroid("thorax", 2.5,
					4, 1, false), "thorax", null, Augmentation.defaults()), samples, frames);
			Sample sample = samples.samples().get(0);
			TrainingExample example = pipeline.examples(sample, null).get(0);
			assertEquals(0, example.input().width() % 16);
			assertEquals(0, example.input().height() % 16);
			FloatImage map = example.targets().get(0);
			assertEquals(example.input().width() / 4, map.width());
			double[] thorax = sample.instances().get(0);
			int col = (int) Math.round(thorax[2] / 4);
			int row = (int) Math.round(thorax[3] / 4);
			double d2 = Math.pow(col * 4 - thorax[2], 2) + Math.pow(row * 4 - thorax[3], 2);
			assertEquals(Math.exp(-d2 / (2 * 10.0 * 10.0)), map.get(col, row, 0), 1e-5);
			for (int dy = -1; dy <= 1; dy++) {
				for (int dx = -1; dx <= 1; dx++) {
					assertTrue(map.get(col + dx, row + dy, 0) <= map.get(col, row, 0));
				}
			}
		}
	}

	@Test
	void bottomUpExamplesHaveConfidenceMapsAndPartAffinityFields() throws Exception {
		HeadConfig.Confmaps confmaps = new HeadConfig.Confmaps(null, 2.5, 4, 1, false);
		HeadConfig.Pafs pafs = new HeadConfig.Pafs(List.of(new HeadConfig.Edge("thorax", "head"),
				new HeadConfig.Edge("thorax", "abdomen")), 5, 8, 1);
		try (FrameSource frames = frames()) {
			ExamplePipeline pipeline = new ExamplePipeline(DataFixtures.config(new HeadConfig.MultiInstance(confmaps,
					pafs), null, null, Augmentation.defaults()), samples, frames);
			TrainingExample example = pipeline.examples(samples.samples().get(0), null).get(0);
			assertEquals(13, example.targets().get(0).channels());
			assertEquals(4, example.targets().get(1).channels());
			assertEquals(example.input().width() / 8, example.targets().get(1).width());
			assertEquals(1f, example.targets().get(0).max(0), 0.2);
		}
	}

	static float bilinear(FloatImage image, double x, double y) {
		int x0 = (int) Math.floor(x);
		int y0 = (int) Math.floor(y);
		double fx = x - x0;
		double fy = y - y0;
		return (float) ((1 - fy) * ((1 - fx) * image.get(x0, y0, 0) + fx * image.get(x0 + 1, y0, 0))
				+ fy * ((1 - fx) * image.get(x0, y0 + 1, 0) + fx * image.get(x0 + 1, y0 + 1, 0)));
	}
}
