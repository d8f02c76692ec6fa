// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.cli.Command;
import org.myrmex.io.SlpReader;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.UserInstance;

/** {@code myrmex track}: arguments and bad input (no file written), and small real runs with SLEAP's fixture models. */
class TrackCommandTest extends CommandTest {
	private static final String MODELS = "sleap/models/minimal_instance.UNet.";
	private static final String VIDEO = "sleap/videos/centered_pair_small.mp4";

	@TempDir
	Path dir;

	private static String model(String kind) {
		return Fixtures.get(MODELS + kind).toString();
	}

	private void assertUsage(String message, String... args) {
		assertEquals(Command.USAGE, run(args), err());
		assertTrue(err().contains("myrmex track: " + message), err());
		assertTrue(err().contains("Usage: myrmex track"), err());
	}

	@Test
	void helpListsTrack() {
		assertEquals(Command.OK, run("--help"));
		assertTrue(out().contains("  track "), out());
		assertEquals(Command.OK, run("track", "--help"));
		assertTrue(out().contains("Usage: myrmex track VIDEO_OR_LABELS -m MODEL_DIR [-m MODEL_DIR]"), out());
	}

	@Test
	void badArgumentsAreUsageErrors() {
		assertUsage("missing VIDEO_OR_LABELS", "track");
		assertUsage("missing -m MODEL_DIR", "track", "v.mp4");
		assertUsage("give one model, or two (centroid and centered instance), not 3", "track", "v.mp4", "-m", "a",
				"-m", "b", "-m", "c");
		assertUsage("unexpected argument 'w.mp4'", "track", "v.mp4", "w.mp4", "-m", "a");
		assertUsage("-m needs a value", "track", "v.mp4", "-m");
		assertUsage("choose one of --cpu and --gpu", "track", "v.mp4", "-m", "a", "--cpu", "--gpu");
		assertUsage("--frames 5-3 is an empty range: 3 < 5", "track", "v.mp4", "-m", "a", "--frames", "5-3");
		assertUsage("--frames takes A-B (first and last frame) or A, not 'x-3'", "track", "v.mp4", "-m", "a",
				"--frames", "x-3");
		assertUsage("--batch-size takes a number of at least 1, not 0", "track", "v.mp4", "-m", "a", "--batch-size",
				"0");
		assertUsage("-n takes a whole number, not '-2'", "track", "v.mp4", "-m", "a", "-n", "-2");
		assertUsage("--peak-threshold takes a number from 0 to 1, not '2'", "track", "v.mp4", "-m", "a",
				"--peak-threshold", "2");
		assertUsage("-o takes a .slp file, not 'out.csv'", "track", "v.mp4", "-m", "a", "-o", "out.csv");
		assertUsage("--only-labeled-frames needs a labels file (.slp), not a video", "track", "v.mp4", "-m", "a",
				"--only-labeled-frames");
		assertUsage("choose one of --frames, --only-labeled-frames and --only-suggested-frames", "track", "l.slp",
				"-m", "a", "--frames", "1-2", "--only-suggested-frames");
	}

	@Test
	void badInputFailsAndWritesNothing() throws Exception {
		Path output = dir.resolve("out.slp");
		String video = Fixtures.get(VIDEO).toString();
		assertEquals(Command.FAILED, run("track", dir.resolve("none.mp4").toString(), "-m", "a", "-o", output.toString()));
		assertTrue(err().contains("none.mp4: no such video or labels file"), err());
		assertEquals(Command.FAILED, run("track", video, "-m", dir.toString(), "-o", output.toString()));
		assertTrue(err().contains("not a model folder: it has no training_config.json"), err());
		assertEquals(Command.FAILED, run("track", video, "-m", model("centroid"), "-o", output.toString()));
		assertTrue(err().contains("needs exactly one centroid and one centered_instance model"), err());
		assertEquals(Command.FAILED, run("track", video, "-m", model("centroid"), "-m", model("centered_instance"),
				"--frames", "1095-1100", "-o", output.toString()));
		assertTrue(err().contains("frames 1095-1100 are out of range (the video has 1100 frames, 0-1099)"), err());
		assertFalse(Files.exists(output));
	}

	@Test
	void tracksAFewFramesOfAVideo() throws Exception {
		Path output = dir.resolve("pair.slp");
		assertEquals(Command.OK, run("track", Fixtures.get(VIDEO).toString(), "-m", model("centered_instance"), "-m",
				model("centroid"), "--frames", "3-7", "-n", "2", "--batch-size", "2", "--cpu", "-o",
				output.toString()), err());
		assertTrue(out().contains("Predicted 5 frames ("), out());
		assertTrue(out().contains("Saved " + output), out());
		assertTrue(err().contains("frame 5/5 [==========]"), err());
		Labels labels = SlpReader.read(output);
		assertEquals(List.of(3, 4, 5, 6, 7), labels.getLabeledFrames().stream().map(LabeledFrame::getFrameIndex).toList());
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			assertTrue(frame.getInstances().size() <= 2 && !frame.getInstances().isEmpty(), "frame " + frame.getFrameIndex());
			assertTrue(frame.getInstances().stream().allMatch(PredictedInstance.class::isInstance));
		}
	}

	@Test
	void tracksTheLabelledFramesOfLabelsBesideTheirUserInstances() throws Exception {
		Path input = Fixtures.get(MODELS + "centroid/labels_gt.train.slp");
		Path output = dir.resolve("predicted.slp");
		assertEquals(Command.OK, run("track", input.toString(), "-m", model("centroid"), "-m",
				model("centered_instance"), "--only-labeled-frames", "-o", output.toString()), err());
		Labels labels = SlpReader.read(output);
		Labels before = SlpReader.read(input);
		assertEquals(before.getLabeledFrames().size(), labels.getLabeledFrames().size());
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			assertEquals(2, frame.getInstances().stream().filter(UserInstance.class::isInstance).count());
			assertEquals(2, frame.getInstances().stream().filter(PredictedInstance.class::isInstance).count());
		}
	}
}
