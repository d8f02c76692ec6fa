// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.tracking.Matching;
import org.myrmex.tracking.TrackerKind;
import org.myrmex.tracking.TrackerOptions;
import org.myrmex.tracking.Tracking;
import org.myrmex.tracking.TrackingAccuracy;
import org.myrmex.tracking.TrackingSummary;
import org.myrmex.tracking.VideoFrames;

/**
 * Identity tracking against SLEAP's own: the tracks are stripped from {@code tracks/clip.predictions.slp} and the
 * predictions re-tracked by Myrmex (simple and flow trackers, a few settings); each result, and SLEAP's tracks in
 * that file as the baseline, is scored against the ground-truth tracks of {@code tracks/clip.slp} (identity
 * switches, fragmentations, MOTA; a pair counts within {@value #MAX_DISTANCE} px mean node distance, and again
 * within {@value #LOOSE_DISTANCE} px), with the tracking speed (frames/s of the tracking alone, frames decoded
 * included for flow; simple: median of {@value #RUNS} runs after a warm-up run, flow: one run). Then the
 * track count of {@code hdf5_format_v1/centered_pair_predictions.slp} re-tracked, against SLEAP's 27.
 * Usage: {@code releng/bench/run.sh retrack [FIXTURES_DIR]}.
 */
final class RetrackBench {
	private static final double MAX_DISTANCE = 20;
	private static final double LOOSE_DISTANCE = 50;
	private static final int RUNS = 3;

	private RetrackBench() {
	}

	static void run(String[] args) throws Exception {
		Path fixtures = Path.of(args.length > 0 ? args[0] : "../shared/fixtures").resolve("sleap");
		Path clip = fixtures.resolve("tracks/clip.predictions.slp");
		Labels truth = LabelsFiles.load(fixtures.resolve("tracks/clip.slp"));
		TrackerOptions simple = TrackerOptions.defaults();
		TrackerOptions flow = simple.withTracker(TrackerKind.FLOW);
		Object[][] configs = {
				{ "simple (SLEAP defaults: instance, greedy, window 5)", simple },
				{ "simple, hungarian", simple.withMatch(Matching.HUNGARIAN) },
				{ "simple, --target-instances 2 --connect-breaks", simple.withTargetInstances(2, true, 0)
						.withConnectBreaks(true) },
				{ "simple, --max-tracks 2", simple.withMaxTracks(2) },
				{ "simple, --target-instances 2 --connect-breaks --max-tracks 2", simple.withTargetInstances(2, true, 0)
						.withConnectBreaks(true).withMaxTracks(2) },
				{ "flow (SLEAP defaults)", flow },
				{ "flow, --target-instances 2 --connect-breaks", flow.withTargetInstances(2, true, 0)
						.withConnectBreaks(true) },
				{ "flow, --max-tracks 2", flow.withMaxTracks(2) }, };
		System.out.println("clip: 1500 frames, 2 flies; ground truth tracks/clip.slp, predictions tracks/clip.predictions.slp");
		System.out.println();
		System.out.println("| tracks from | tracks | ID sw. ≤20 px | frag. | misses | false pos. | MOTA"
				+ " | ID sw. ≤50 px | frag. | MOTA | frames/s |");
		System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
		Labels sleap = LabelsFiles.load(clip);
		row("SLEAP (clip.predictions.slp as stored)", sleap.getTracks().size(), truth, sleap, Double.NaN);
		for (Object[] config : configs) {
			TrackerOptions options = (TrackerOptions) config[1];
			int runs = options.tracker() == TrackerKind.FLOW ? 1 : RUNS;
			double[] fps = new double[runs];
			Labels labels = null;
			TrackingSummary summary = null;
			for (int run = runs == 1 ? 0 : -1; run < runs; run++) {
				labels = stripped(clip);
				try (VideoFrames frames = new VideoFrames(clip)) {
					summary = Tracking.run(labels, options, frames, null);
				}
				if (run >= 0) {
					fps[run] = summary.framesPerSecond();
				}
			}
			Arrays.sort(fps);
			row("Myrmex " + config[0], summary.tracks(), truth, labels, fps[runs / 2]);
		}
		Path pair = fixtures.resolve("hdf5_format_v1/centered_pair_predictions.slp");
		System.out.println();
		System.out.println("centered_pair_predictions.slp (1100 frames, 2 animals): SLEAP's tracks "
				+ LabelsFiles.load(pair).getTracks().size());
		for (Object[] config : configs) {
			Labels labels = stripped(pair);
			try (VideoFrames frames = new VideoFrames(pair)) {
				TrackingSummary summary = Tracking.run(labels, (TrackerOptions) config[1], frames, null);
				System.out.printf(Locale.ROOT, "  Myrmex %s: %d tracks%n", config[0], summary.tracks());
			} catch (Exception e) {
				System.out.printf(Locale.ROOT, "  Myrmex %s: failed: %s%n", config[0], e.getMessage());
			}
		}
	}

	private static Labels stripped(Path file) throws Exception {
		Labels labels = LabelsFiles.load(file);
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				instance.setTrack(null);
			}
		}
		labels.getTracks().clear();
		return labels;
	}

	private static void row(String what, int tracks, Labels truth, Labels tracked, double fps) {
		TrackingAccuracy.Figures f = TrackingAccuracy.compare(truth, tracked, MAX_DISTANCE);
		TrackingAccuracy.Figures loose = TrackingAccuracy.compare(truth, tracked, LOOSE_DISTANCE);
		System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.4f | %d | %d | %.4f | %s |%n", what, tracks,
				f.switches(), f.fragmentations(), f.misses(), f.falsePositives(), f.mota(), loose.switches(),
				loose.fragmentations(), loose.mota(), Double.isNaN(fps) ? "–" : String.format(Locale.ROOT, "%.0f", fps));
	}
}
