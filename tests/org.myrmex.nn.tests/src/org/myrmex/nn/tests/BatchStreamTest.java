// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myrmex.model.Labels;
import org.myrmex.nn.config.OptimizationConfig.Augmentation;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.data.Batch;
import org.myrmex.nn.data.BatchStream;
import org.myrmex.nn.data.ExamplePipeline;
import org.myrmex.nn.data.FrameSource;
import org.myrmex.nn.data.LabelledSamples;
import org.myrmex.nn.data.Sample;
import org.myrmex.nn.data.TrainingExample;

/** Batches of ant crops built ahead on other threads: shapes, order, determinism, cancellation. */
class BatchStreamTest {
	private static LabelledSamples samples;
	private static FrameSource frames;
	private static List<Sample> few;

	@BeforeAll
	static void open() throws Exception {
		Labels labels = DataFixtures.readClip();
		samples = LabelledSamples.of(labels, "clip.slp");
		few = samples.samples().subList(0, 12);
		frames = new FrameSource(labels.getVideos(), DataFixtures.clipLabels(), few, DataFixtures.centred(null, null,
				Augmentation.defaults()).data().preprocessing());
		frames.preload(few, new NullProgressMonitor());
	}

	@AfterAll
	static void close() {
		frames.close();
	}

	private static ExamplePipeline pipeline(Augmentation augmentation) throws Exception {
		TrainingConfig config = DataFixtures.centred("thorax", 96, augmentation);
		return new ExamplePipeline(config, samples, frames);
	}

	@Test
	void preloadedFramesAreTheFramesReadOneByOne() throws Exception {
		Labels labels = DataFixtures.readClip();
		List<Sample> spread = List.of(samples.samples().get(700), samples.samples().get(3), samples.samples().get(
				1400), samples.samples().get(5));
		try (FrameSource direct = new FrameSource(labels.getVideos(), DataFixtures.clipLabels(), spread, DataFixtures
				.centred(null, null, Augmentation.defaults()).data().preprocessing())) {
			FrameSource loaded = new FrameSource(labels.getVideos(), DataFixtures.clipLabels(), spread, DataFixtures
					.centred(null, null, Augmentation.defaults()).data().preprocessing());
			try (loaded) {
				loaded.preload(spread, new NullProgressMonitor());
				assertEquals(4, loaded.preloadedFrames());
				for (Sample sample : spread) {
					assertArrayEquals(direct.read(sample).data(), loaded.read(sample).data(), "frame " + sample.frame());
				}
			}
		}
	}

	@Test
	void batchesAreNhwcArraysOfCropsAndTheirMaps() throws Exception {
		try (BatchStream stream = new BatchStream(pipeline(Augmentation.defaults()), few, 8, false, 1, 0, 2, 2,
				new NullProgressMonitor())) {
			Batch batch = stream.take();
			assertArrayEquals(new long[] { 8, 96, 96, 1 }, batch.inputShape());
			assertEquals(8 * 96 * 96, batch.inputs().length);
			assertArrayEquals(new long[] { 8, 48, 48, 13 }, batch.targetShapes().get(0));
			assertEquals(8 * 48 * 48 * 13, batch.targets().get(0).length);
		}
	}

	@Test
	void validationBatchesKeepTheSamplesInOrderAcrossEpochs() throws Exception {
		ExamplePipeline pipeline = pipeline(Augmentation.defaults());
		List<TrainingExample> expected = new ArrayList<>();
		for (Sample sample : few) {
			expected.addAll(pipeline.examples(sample, null));
		}
		try (BatchStream stream = new BatchStream(pipeline, few, 8, false, 1, 0, 2, 3, new NullProgressMonitor())) {
			List<TrainingExample> seen = new ArrayList<>();
			for (int b = 0; b < 4; b++) {
				Batch batch = stream.take();
				int size = 96 * 96;
				for (int i = 0; i < 8; i++) {
					float[] image = Arrays.copyOfRange(batch.inputs(), i * size, (i + 1) * size);
					TrainingExample want = expected.get((seen.size()) % expected.size());
					assertArrayEquals(want.input().data(), image, "example " + seen.size());
					seen.add(want);
				}
			}
		}
	}

	@Test
	void augmentedShuffledBatchesAreTheSameForASeedWhateverTheThreads() throws Exception {
		ExamplePipeline pipeline = pipeline(DataFixtures.everything());
		try (BatchStream one = new BatchStream(pipeline, few, 4, true, 16, 9, 2, 1, new NullProgressMonitor());
				BatchStream three = new BatchStream(pipeline, few, 4, true, 16, 9, 2, 3, new NullProgressMonitor());
				BatchStream other = new BatchStream(pipeline, few, 4, true, 16, 10, 2, 3,
						new NullProgressMonitor())) {
			for (int b = 0; b < 3; b++) {
				Batch a = one.take();
				Batch c = three.take();
				assertArrayEquals(a.inputs(), c.inputs(), "batch " + b);
				assertArrayEquals(a.targets().get(0), c.targets().get(0), "batch " + b);
				assertFalse(Arrays.equals(a.inputs(), other.take().inputs()), "batch " + b);
			}
		}
	}

	@Test
	void closingWaitsForTheDecodersSoTheVideosCanBeClosedRightAfter() throws Exception {
		Labels labels = DataFixtures.readClip();
		for (int round = 0; round < 3; round++) {
			try (FrameSource own = new FrameSource(labels.getVideos(), DataFixtures.clipLabels(), samples.samples(),
					DataFixtures.centred(null, null, Augmentation.defaults()).data().preprocessing())) {
				ExamplePipeline pipeline = new ExamplePipeline(DataFixtures.centred("thorax", 96, DataFixtures
						.everything()), samples, own);
				try (BatchStream stream = new BatchStream(pipeline, samples.samples(), 4, true, 8, round, 2, 2,
						new NullProgressMonitor())) {
					assertEquals(4, stream.take().size());
				}
			}
		}
	}

	@Test
	void cancellingTheMonitorStopsTheStream() throws Exception {
		NullProgressMonitor monitor = new NullProgressMonitor();
		try (BatchStream stream = new BatchStream(pipeline(Augmentation.defaults()), few, 8, true, 4, 0, 2, 2,
				monitor)) {
			stream.take();
			monitor.setCanceled(true);
			assertThrows(OperationCanceledException.class, stream::take);
		}
	}
}
