// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.analysis.suggest.FrameSuggestion;
import org.myrmex.analysis.suggest.Suggester;
import org.myrmex.analysis.suggest.SuggestionMethod;
import org.myrmex.analysis.suggest.SuggestionOptions;
import org.myrmex.analysis.suggest.SuggestionResult;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PosePredictor;
import org.myrmex.nn.predict.PredictedPose;
import org.myrmex.nn.predict.PredictionOptions;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The spread of the confidence maps, active learning's third uncertainty term, on SLEAP's single-instance robot
 * model: one robot gives each node one sharp peak; the same frame twice side by side gives the model two equal
 * candidates per node, so the strongest other peak is nearly as high as the node's own.
 */
class ConfidenceSpreadTest {
	private static final String ROBOT = "sleap/slp_hdf5/small_robot_minimal.slp";
	private static final String MODEL = "sleap/models/minimal_robot.UNet.single_instance";

	@Test
	void aSecondRobotBesideTheFirstSpreadsTheMaps() throws Exception {
		Path file = Fixtures.get(ROBOT);
		Labels labels = LabelsFiles.load(file);
		LabeledFrame labelled = labels.getLabeledFrames().get(0);
		try (VideoSource source = Videos.open(labelled.getVideo(), file);
				PosePredictor predictor = PosePredictor.create(List.of(PoseModel.load(Fixtures.get(MODEL))),
						PredictionOptions.defaults())) {
			ColorMode mode = source.channels() == 3 ? ColorMode.RGB : ColorMode.GRAY;
			VideoFrame frame = source.read(labelled.getFrameIndex(), mode);
			PredictedPose one = predictor.predict(List.of(frame)).get(0).get(0);
			PredictedPose two = predictor.predict(List.of(twice(frame))).get(0).get(0);
			double sharp = mean(one.pointSpreads());
			double spread = mean(two.pointSpreads());
			assertTrue(sharp < 0.3, "one robot: mean spread " + sharp + " " + Arrays.toString(one.pointSpreads()));
			assertTrue(spread > 0.7, "two robots: mean spread " + spread + " " + Arrays.toString(two.pointSpreads()));
		}
	}

	@Test
	void withoutFlipTrainingMirrorDisagreementIsLeftOut() throws Exception {
		SuggestionResult result = suggest(Fixtures.get(MODEL));
		assertTrue(result.notes().stream().anyMatch(n -> n.startsWith("mirror disagreement left out")),
				result.notes().toString());
		Pattern terms = Pattern.compile("uncertainty (\\S+) \\(confidence (\\S+), mirror disagreement left out, map "
				+ "spread (\\S+)\\)");
		for (FrameSuggestion f : result.frames()) {
			Matcher m = terms.matcher(f.reason());
			assertTrue(m.find(), f.reason());
			double expected = (1 - Double.parseDouble(m.group(2)) + Double.parseDouble(m.group(3))) / 2;
			assertEquals(expected, Double.parseDouble(m.group(1)), 0.01, "half each of unconfidence and spread: "
					+ f.reason());
		}
	}

	/** The same model, its configuration saying it was trained with left/right flips (SLEAP's random_flip). */
	@Test
	void withFlipTrainingEachPickWeighsAllThreeTerms(@TempDir Path temp) throws Exception {
		Path model = Files.createDirectories(temp.resolve("flip-trained"));
		try (Stream<Path> files = Files.list(Fixtures.get(MODEL))) {
			for (Path file : files.toList()) {
				Files.copy(file, model.resolve(file.getFileName()));
			}
		}
		ObjectNode config = (ObjectNode) new ObjectMapper().readTree(model.resolve("training_config.json").toFile());
		((ObjectNode) config.path("optimization").path("augmentation_config")).put("random_flip", true)
				.put("flip_horizontal", true);
		new ObjectMapper().writeValue(model.resolve("training_config.json").toFile(), config);

		SuggestionResult result = suggest(model);
		assertTrue(result.notes().stream().noneMatch(n -> n.startsWith("mirror disagreement")),
				result.notes().toString());
		Pattern terms = Pattern.compile("uncertainty (\\S+) \\(confidence (\\S+), mirror disagreement (\\S+), map "
				+ "spread (\\S+)\\)");
		for (FrameSuggestion f : result.frames()) {
			Matcher m = terms.matcher(f.reason());
			assertTrue(m.find(), f.reason());
			double expected = (1 - Double.parseDouble(m.group(2)) + Double.parseDouble(m.group(3))
					+ Double.parseDouble(m.group(4))) / 3;
			assertEquals(expected, Double.parseDouble(m.group(1)), 0.01, "a third each of unconfidence, "
					+ "disagreement and spread: " + f.reason());
		}
	}

	private static SuggestionResult suggest(Path model) throws Exception {
		Path file = Fixtures.get(ROBOT);
		Labels labels = LabelsFiles.load(file);
		SuggestionOptions options = SuggestionOptions.of(SuggestionMethod.ACTIVE_LEARNING, 4).withSeed(1)
				.withModels(List.of(model));
		SuggestionResult result = Suggester.suggest(labels, file, options, new NullProgressMonitor());
		assertEquals(4, result.frames().size());
		return result;
	}

	/** @return the frame and a copy of it to its right */
	private static VideoFrame twice(VideoFrame frame) {
		int w = frame.width();
		int c = frame.channels();
		byte[] in = frame.pixels();
		byte[] out = new byte[2 * in.length];
		for (int y = 0; y < frame.height(); y++) {
			System.arraycopy(in, y * w * c, out, 2 * y * w * c, w * c);
			System.arraycopy(in, y * w * c, out, (2 * y + 1) * w * c, w * c);
		}
		return VideoFrame.wrap(2 * w, frame.height(), c, out);
	}

	private static double mean(double[] values) {
		return Arrays.stream(values).filter(v -> !Double.isNaN(v)).average().orElse(Double.NaN);
	}
}
