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
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;

/** {@code myrmex track}: arguments and bad input (no file written), and small real runs with SLEAP's fixture models. */
class TrackCommandTest extends CommandTest {
	private static final String MODELS = "sleap/models/minimal_instance.UNet.";
	private static final String VIDEO = "sleap/videos/centered_pair_small.mp4";
	private static final String CLIP = "sleap/tracks/clip.predictions.slp";

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
	void badTrackingArgumentsAreUsageErrors() {
		assertUsage("--similarity needs --tracker simple or flow", "track", "v.mp4", "-m", "a", "--similarity", "iou");
		assertUsage("unknown tracker 'kalman' (simple, flow, none)", "track", "v.mp4", "-m", "a", "--tracker",
				"kalman");
		assertUsage("unknown matching 'best' (greedy, hungarian)", "track", "p.slp", "--tracking-only", "--match",
				"best");
		assertUsage("--tracking-only re-tracks predictions without a model: drop -m", "track", "p.slp",
				"--tracking-only", "-m", "a");
		assertUsage("--tracking-only needs a labels file with predictions, not 'v.mp4'", "track", "v.mp4",
				"--tracking-only");
		assertUsage("--tracking-only with --tracker none does nothing", "track", "p.slp", "--tracking-only",
				"--tracker", "none");
		assertUsage("--connect-breaks needs --target-instances N", "track", "p.slp", "--tracking-only",
				"--connect-breaks");
		assertUsage("--track-window takes a number of at least 1, not 0", "track", "p.slp", "--tracking-only",
				"--track-window", "0");
		assertUsage("--cull-iou takes a number from 0 to 1, not '3'", "track", "p.slp", "--tracking-only",
				"--target-instances", "2", "--cull-iou", "3");
	}

	@Test
	void retracksPredictionsIntoExactlyTheTargetCount() throws Exception {
		Path output = dir.resolve("retracked.slp");
		assertEquals(Command.OK, run("track", Fixtures.get(CLIP).toString(), "--tracking-only", "--target-instances",
				"2", "--connect-breaks", "--max-tracks", "2", "--match", "hungarian", "-o", output.toString()), err());
		assertTrue(out().contains("Tracked 1500 frames (2948 instances, 2 tracks) with the simple tracker in "), out());
		assertTrue(out().contains("Saved " + output), out());
		Labels labels = SlpReader.read(output);
		assertEquals(List.of("track_0", "track_1"), labels.getTracks().stream().map(Track::getName).toList());
		int tracked = 0;
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				assertTrue(instance.getTrack() != null, "frame " + frame.getFrameIndex());
				tracked++;
			}
		}
		assertEquals(2948, tracked);
	}

	@Test
	void retracksWithTheFlowTracker() throws Exception {
		Path output = dir.resolve("flow.slp");
		assertEquals(Command.OK, run("track", Fixtures.get(CLIP).toString(), "--tracking-only", "--tracker", "flow",
				"--similarity", "normalized_instance", "-o", output.toString()), err());
		assertTrue(out().contains("Tracked 1500 frames (2948 instances, "), out());
		assertTrue(out().contains(" tracks) with the flow tracker in "), out());
		assertEquals(1500, SlpReader.read(output).getLabeledFrames().size());
	}

	@Test
	void badPredictionsFailClearlyAndWriteNothing() throws Exception {
		Path output = dir.resolve("out.slp");
		Path truth = Fixtures.get("sleap/tracks/clip.slp");
		assertEquals(Command.FAILED, run("track", truth.toString(), "--tracking-only", "-o", output.toString()));
		assertTrue(err().contains("myrmex track: " + truth + ": no predicted instances to track; nothing written"),
				err());
		Labels unscored = SlpReader.read(Fixtures.get(CLIP));
		unscored.getLabeledFrames().removeIf(frame -> frame.getFrameIndex() >= 10);
		int predictions = 0;
		for (LabeledFrame frame : unscored.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				((PredictedInstance) instance).setScore(Double.NaN);
				predictions++;
			}
		}
		Path input = dir.resolve("unscored.slp");
		SlpWriter.write(unscored, input, null);
		assertEquals(Command.FAILED, run("track", input.toString(), "--tracking-only", "--target-instances", "1", "-o",
				output.toString()));
		assertTrue(err().contains(input + ": " + predictions + " of " + predictions + " predicted instances have no"
				+ " score; culling frames to the target count ranks instances by score; nothing written"), err());
		assertFalse(Files.exists(output));
	}

	@Test
	void aSingleFrameAndFramesWithoutInstancesAreTracked() throws Exception {
		Labels labels = SlpReader.read(Fixtures.get(CLIP));
		labels.getLabeledFrames().removeIf(frame -> frame.getFrameIndex() > 0);
		Path single = dir.resolve("single.slp");
		SlpWriter.write(labels, single, null);
		Path output = dir.resolve("single.tracked.slp");
		assertEquals(Command.OK, run("track", single.toString(), "--tracking-only", "-o", output.toString()), err());
		assertTrue(err().contains(single + " has predictions in a single frame: each instance gets a track of its own"),
				err());
		assertEquals(labels.getLabeledFrames().get(0).getInstances().size(), SlpReader.read(output).getTracks().size());
		labels = SlpReader.read(Fixtures.get(CLIP));
		labels.getLabeledFrames().removeIf(frame -> frame.getFrameIndex() >= 20);
		for (int t = 5; t < 10; t++) {
			labels.getLabeledFrames().get(t).getInstances().clear();
		}
		Path gaps = dir.resolve("gaps.slp");
		SlpWriter.write(labels, gaps, null);
		assertEquals(Command.OK, run("track", gaps.toString(), "--tracking-only", "-o", output.toString()), err());
		int frames = SlpReader.read(gaps).getLabeledFrames().size();
		assertTrue(out().contains("Tracked " + frames + " frames ("), out());
		for (LabeledFrame frame : SlpReader.read(output).getLabeledFrames()) {
			assertTrue(frame.getInstances().stream().allMatch(i -> i.getTrack() != null));
		}
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
