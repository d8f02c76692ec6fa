// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.analysis.suggest.FrameSuggestion;
import org.myrmex.analysis.suggest.ImageFeatureSuggester;
import org.myrmex.analysis.suggest.Suggester;
import org.myrmex.analysis.suggest.SuggestionException;
import org.myrmex.analysis.suggest.SuggestionMethod;
import org.myrmex.analysis.suggest.SuggestionOptions;
import org.myrmex.analysis.suggest.SuggestionResult;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Suggestion;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.video.VideoModels;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/** Labelling suggestions on SLEAP's fixtures: sampling, image features, prediction scores, jumps, instance counts. */
class SuggesterTest {
	private static final String MINIMAL = "sleap/slp_hdf5/minimal_instance.slp";
	private static final String PREDICTIONS = "sleap/hdf5_format_v1/centered_pair_predictions.slp";

	private static SuggestionResult suggest(Path file, Labels labels, SuggestionOptions options) throws Exception {
		return Suggester.suggest(labels, file, options, new NullProgressMonitor());
	}

	private static Set<Integer> userFrames(Labels labels) {
		Set<Integer> frames = new HashSet<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			if (frame.getInstances().stream().anyMatch(UserInstance.class::isInstance)) {
				frames.add(frame.getFrameIndex());
			}
		}
		return frames;
	}

	@Test
	void samplingMethodsGiveDistinctUnlabelledFramesTheSameForTheSameSeed() throws Exception {
		Path file = Fixtures.get(MINIMAL);
		Labels labels = LabelsFiles.load(file);
		Set<Integer> labelled = userFrames(labels);
		assertEquals(1, labelled.size());
		for (SuggestionMethod method : List.of(SuggestionMethod.RANDOM, SuggestionMethod.STRIDE,
				SuggestionMethod.IMAGE_FEATURES)) {
			SuggestionOptions options = SuggestionOptions.of(method, 20).withSeed(7);
			List<Integer> frames = frames(suggest(file, labels, options));
			assertEquals(20, frames.size(), method.id());
			assertEquals(20, new HashSet<>(frames).size(), method.id() + ": distinct");
			assertTrue(frames.stream().noneMatch(labelled::contains), method.id() + " skips the labelled frame");
			assertTrue(frames.stream().allMatch(f -> f >= 0 && f < 1100), method.id());
			assertEquals(frames, frames(suggest(file, labels, options)), method.id() + ": reproducible");
		}
		assertNotEquals(frames(suggest(file, labels, SuggestionOptions.of(SuggestionMethod.RANDOM, 20).withSeed(7))),
				frames(suggest(file, labels, SuggestionOptions.of(SuggestionMethod.RANDOM, 20).withSeed(8))));
		List<Integer> stride = frames(suggest(file, labels, SuggestionOptions.of(SuggestionMethod.STRIDE, 4)));
		assertEquals(4, stride.size());
		assertTrue(stride.get(1) - stride.get(0) >= 270 && stride.get(1) - stride.get(0) <= 276, stride.toString());
	}

	@Test
	void askingForMoreFramesThanExistGivesEveryRemainingFrameWithANote() throws Exception {
		Path file = Fixtures.get(MINIMAL);
		Labels labels = LabelsFiles.load(file);
		SuggestionResult result = suggest(file, labels, SuggestionOptions.of(SuggestionMethod.RANDOM, 5000));
		assertEquals(1099, result.frames().size());
		assertEquals(1, result.notes().size());
		assertTrue(result.notes().get(0).contains("only 1099 of the 5000"), result.notes().get(0));
	}

	@Test
	void imageFeaturesPutVisuallyDifferentSegmentsInDifferentClusters() throws Exception {
		Path video = Fixtures.get("sleap/videos/centered_pair_small.mp4");
		List<Integer> first = IntStream.range(0, 40).boxed().toList();
		List<Integer> later = IntStream.range(1000, 1040).boxed().toList();
		List<Integer> frames = new ArrayList<>(first);
		frames.addAll(later);
		for (String features : List.of("hog", "brisk")) {
			SuggestionOptions options = SuggestionOptions.of(SuggestionMethod.IMAGE_FEATURES, 10)
					.withFeatures(features, 2, 5);
			int[] clusters;
			try (VideoSource source = Videos.open(video)) {
				clusters = ImageFeatureSuggester.clusters(source, frames, options, new NullProgressMonitor());
			}
			System.out.println(features + " " + java.util.Arrays.toString(clusters));
			for (int i = 1; i < 40; i++) {
				assertEquals(clusters[0], clusters[i], features + ": frame " + frames.get(i) + " with frame 0");
				assertEquals(clusters[40], clusters[40 + i], features + ": frame " + frames.get(40 + i) + " with 1000");
			}
			assertNotEquals(clusters[0], clusters[40], features + ": the two segments apart");
		}
	}

	@Test
	void predictionScorePicksTheLowestScoringFrames() throws Exception {
		Path file = Fixtures.get(PREDICTIONS);
		Labels labels = LabelsFiles.load(file);
		List<LabeledFrame> sorted = new ArrayList<>(labels.getLabeledFrames());
		sorted.removeIf(f -> f.getInstances().isEmpty());
		sorted.sort(Comparator.comparingDouble(SuggesterTest::lowestScore)
				.thenComparingInt(LabeledFrame::getFrameIndex));
		List<Integer> expected = sorted.subList(0, 25).stream().map(LabeledFrame::getFrameIndex).toList();
		SuggestionResult result = suggest(file, labels, SuggestionOptions.of(SuggestionMethod.PREDICTION_SCORE, 25));
		assertEquals(expected, frames(result));
		assertTrue(result.frames().get(0).reason().startsWith("lowest instance score"));
		double below = lowestScore(sorted.get(40));
		List<Integer> threshold = frames(suggest(file, labels, SuggestionOptions
				.of(SuggestionMethod.PREDICTION_SCORE, 1000).withThreshold(below)));
		assertEquals(sorted.stream().filter(f -> lowestScore(f) < below).count(), threshold.size());
	}

	private static double lowestScore(LabeledFrame frame) {
		return frame.getInstances().stream().filter(PredictedInstance.class::isInstance)
				.mapToDouble(i -> ((PredictedInstance) i).getScore()).min().orElse(Double.POSITIVE_INFINITY);
	}

	@Test
	void instanceCountChangesAndTrackJumpsArePicked() throws Exception {
		Path file = Fixtures.get(PREDICTIONS);
		Labels labels = LabelsFiles.load(file);
		List<LabeledFrame> frames = new ArrayList<>(labels.getLabeledFrames());
		frames.removeIf(f -> f.getInstances().isEmpty());
		frames.sort(Comparator.comparingInt(LabeledFrame::getFrameIndex));
		Set<Integer> changes = new HashSet<>();
		for (int i = 1; i < frames.size(); i++) {
			if (frames.get(i).getInstances().size() != frames.get(i - 1).getInstances().size()) {
				changes.add(frames.get(i).getFrameIndex());
			}
		}
		assertTrue(changes.size() > 10, changes.size() + " changes");
		List<Integer> counted = frames(suggest(file, labels, SuggestionOptions.of(SuggestionMethod.INSTANCE_COUNT,
				10_000)));
		assertEquals(changes, new HashSet<>(counted));

		SuggestionResult jumps = suggest(file, labels, SuggestionOptions.of(SuggestionMethod.VELOCITY, 20));
		assertEquals(20, jumps.frames().size());
		for (int i = 1; i < jumps.frames().size(); i++) {
			assertTrue(jumps.frames().get(i).score() <= jumps.frames().get(i - 1).score(), "ranked");
		}
		assertTrue(jumps.frames().get(19).score() >= 3, "every jump is ≥ 3 standard deviations");
	}

	@Test
	void suggestionsRoundTripThroughSlpBesideSleapsOwn(@TempDir Path temp) throws Exception {
		Labels labels = LabelsFiles.load(Fixtures.get("ants/datasets/main.v001.slp"));
		List<String> sleaps = keys(labels);
		assertEquals(80, sleaps.size());
		Video video = labels.getVideos().get(0);
		List<FrameSuggestion> frames = new ArrayList<>();
		for (int f = 0; f < 5; f++) {
			frames.add(new FrameSuggestion(video, 100_000 + f, 1, "test", SuggestionMethod.RANDOM));
		}
		frames.add(new FrameSuggestion(labels.getSuggestions().get(0).getVideo(),
				labels.getSuggestions().get(0).getFrameIndex(), 1, "already suggested", SuggestionMethod.RANDOM));
		List<Suggestion> added = Suggester.newSuggestions(labels, frames, 3);
		assertEquals(5, added.size(), "the frame SLEAP already suggests is not added twice");
		labels.getSuggestions().addAll(added);
		Path out = temp.resolve("with-suggestions.slp");
		SlpWriter.write(labels, out, null);
		Labels read = LabelsFiles.load(out);
		List<String> all = keys(read);
		assertEquals(85, all.size());
		assertTrue(all.containsAll(sleaps), "SLEAP's suggestions kept");
		assertTrue(all.contains("0/100004/3"));
	}

	private static List<String> keys(Labels labels) {
		return labels.getSuggestions().stream().map(s -> labels.getVideos().indexOf(s.getVideo()) + "/"
				+ s.getFrameIndex() + "/" + s.getGroup()).toList();
	}

	@Test
	void activeLearningRanksUnlabelledFramesByUncertaintyAndNovelty() throws Exception {
		Path file = Fixtures.get("sleap/slp_hdf5/small_robot_minimal.slp");
		Labels labels = LabelsFiles.load(file);
		Set<Integer> labelled = userFrames(labels);
		SuggestionOptions options = SuggestionOptions.of(SuggestionMethod.ACTIVE_LEARNING, 6).withSeed(3)
				.withModels(List.of(Fixtures.get("sleap/models/minimal_robot.UNet.single_instance")));
		SuggestionResult result = suggest(file, labels, options);
		List<Integer> frames = frames(result);
		assertEquals(6, frames.size(), result.notes().toString());
		assertEquals(6, new HashSet<>(frames).size());
		assertTrue(frames.stream().noneMatch(labelled::contains), "labelled frames " + labelled + " skipped");
		for (int i = 1; i < 6; i++) {
			assertTrue(result.frames().get(i).score() <= result.frames().get(i - 1).score(), "ranked best first");
		}
		assertTrue(result.frames().get(0).reason().startsWith("uncertainty "), result.frames().get(0).reason());
		assertEquals(frames, frames(suggest(file, labels, options)), "reproducible");

		Path flies = Fixtures.get("sleap/tracks/clip.slp");
		Labels clip = LabelsFiles.load(flies);
		SuggestionException skeleton = assertThrows(SuggestionException.class, () -> suggest(flies, clip, options));
		assertTrue(skeleton.getMessage().contains("lacks"), skeleton.getMessage());
		SuggestionException none = assertThrows(SuggestionException.class, () -> suggest(file, labels,
				SuggestionOptions.of(SuggestionMethod.ACTIVE_LEARNING, 6)));
		assertTrue(none.getMessage().contains("--model"), none.getMessage());
	}

	@Test
	void badInputIsNamed(@TempDir Path temp) throws Exception {
		Labels empty = LabelsFactory.eINSTANCE.createLabels();
		Path file = temp.resolve("empty.slp");
		SuggestionException none = assertThrows(SuggestionException.class,
				() -> suggest(file, empty, SuggestionOptions.of(SuggestionMethod.RANDOM, 5)));
		assertTrue(none.getMessage().contains("empty.slp") && none.getMessage().contains("no video"), none.getMessage());

		Path minimal = Fixtures.get(MINIMAL);
		Labels labels = LabelsFiles.load(minimal);
		SuggestionException unpredicted = assertThrows(SuggestionException.class,
				() -> suggest(minimal, labels, SuggestionOptions.of(SuggestionMethod.PREDICTION_SCORE, 5)));
		assertTrue(unpredicted.getMessage().contains("predict first"), unpredicted.getMessage());

		Video missing = VideoModels.of(Fixtures.get("sleap/videos/centered_pair_small.mp4"));
		missing.setFilename(temp.resolve("gone.mp4").toString());
		missing.setFrameCount(0);
		labels.getVideos().add(missing);
		SuggestionResult result = suggest(minimal, labels, SuggestionOptions.of(SuggestionMethod.RANDOM, 5));
		assertEquals(5, result.frames().size(), "the readable video still gets its frames");
		assertTrue(result.notes().stream().anyMatch(n -> n.contains("skipped") && n.contains("gone.mp4")),
				result.notes().toString());
		assertThrows(IllegalArgumentException.class, () -> SuggestionOptions.of(SuggestionMethod.RANDOM, 0));
		assertThrows(IllegalArgumentException.class, () -> SuggestionMethod.of("psychic"));
	}

	private static List<Integer> frames(SuggestionResult result) {
		return result.frames().stream().map(FrameSuggestion::frame).toList();
	}
}
