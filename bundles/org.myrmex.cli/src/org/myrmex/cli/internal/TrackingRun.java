// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.myrmex.cli.Command;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PredictedInstance;
import org.myrmex.tracking.TrackerOptions;
import org.myrmex.tracking.Tracking;
import org.myrmex.tracking.TrackingException;
import org.myrmex.tracking.TrackingSummary;
import org.myrmex.tracking.VideoFrames;

/** Tracking for {@code myrmex track}: after prediction, or alone on a predictions file ({@code --tracking-only}). */
final class TrackingRun {
	private TrackingRun() {
	}

	/** Tracks predicted labels in place and prints what it did. */
	static TrackingSummary track(Labels labels, Path source, TrackerOptions options, PrintStream out,
			IProgressMonitor monitor) throws TrackingException {
		try (VideoFrames frames = new VideoFrames(source)) {
			TrackingSummary summary = Tracking.run(labels, options, frames, monitor);
			out.printf(Locale.ROOT, "Tracked %d frames (%d instances, %d tracks) with the %s tracker in %s, %.1f"
					+ " frames/s%n", summary.frames(), summary.instances(), summary.tracks(), options.tracker().id(),
					TrainingConsole.duration(summary.nanos()), summary.framesPerSecond());
			if (summary.dropped() > 0) {
				out.printf(Locale.ROOT, "Dropped %d predicted instances (over the target count or the track cap)%n",
						summary.dropped());
			}
			return summary;
		}
	}

	/** {@code --tracking-only}: loads the predictions, tracks them and saves them atomically, or writes nothing. */
	static int retrack(Path input, Path output, TrackerOptions options, PrintStream out, PrintStream err,
			IProgressMonitor monitor) {
		IProgressMonitor cancelOnly = new CancelOnlyMonitor(monitor);
		try {
			Labels labels = LabelsFiles.load(input, cancelOnly);
			int framesWithPredictions = 0;
			for (LabeledFrame frame : labels.getLabeledFrames()) {
				if (frame.getInstances().stream().anyMatch(PredictedInstance.class::isInstance)) {
					framesWithPredictions++;
				}
			}
			if (framesWithPredictions == 1) {
				err.println("myrmex track: " + input + " has predictions in a single frame: each instance gets a"
						+ " track of its own");
			}
			track(labels, input, options, out, cancelOnly);
			LabelsFiles.save(labels, output, cancelOnly);
			out.println("Saved " + output);
			return Command.OK;
		} catch (OperationCanceledException e) {
			err.println("myrmex track: cancelled; nothing written");
			return Command.CANCELLED;
		} catch (LabelsFileException e) {
			err.println("myrmex track: " + e.getMessage());
			return Command.FAILED;
		} catch (TrackingException e) {
			err.println("myrmex track: " + input + ": " + e.getMessage() + "; nothing written");
			return Command.FAILED;
		}
	}
}
