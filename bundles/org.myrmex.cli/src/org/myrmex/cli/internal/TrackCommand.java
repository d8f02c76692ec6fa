// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.myrmex.cli.Command;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;
import org.myrmex.nn.ComputeDevice;
import org.myrmex.nn.predict.FrameSelection;
import org.myrmex.nn.predict.ModelException;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PredictionException;
import org.myrmex.nn.predict.PredictionOptions;
import org.myrmex.nn.predict.PredictionRun;
import org.myrmex.nn.predict.PredictionSummary;
import org.myrmex.tracking.TrackerKind;
import org.myrmex.tracking.TrackerOptions;
import org.myrmex.tracking.TrackingException;

/**
 * {@code myrmex track VIDEO_OR_LABELS -m MODEL_DIR […]}: predicts poses with trained models (SLEAP's or Myrmex's)
 * over a video or the videos of a labels file, as {@code sleap-track} does, and saves the labels with the predicted
 * instances as a {@code .slp}, atomically; a progress line shows frames/s and the ETA; Ctrl-C stops after the
 * current batch and writes nothing. With tracking options it then tracks the predictions ({@link TrackingRun});
 * {@code --tracking-only} re-tracks a predictions file without a model.
 */
public final class TrackCommand implements Command {

	/** The parsed command line; {@code tracking} null for no tracking. */
	private record Request(Path input, List<Path> models, Path output, FrameSelection selection,
			PredictionOptions options, TrackerOptions tracking) {
	}

	@Override
	public String name() {
		return "track";
	}

	@Override
	public String summary() {
		return "predict poses in a video or labels with trained models";
	}

	@Override
	public String usage() {
		return """
				Usage: myrmex track VIDEO_OR_LABELS -m MODEL_DIR [-m MODEL_DIR] [-o OUT.slp] [--frames A-B]
				                    [--only-labeled-frames | --only-suggested-frames] [--batch-size N]
				                    [--peak-threshold X] [-n MAX_INSTANCES] [--cpu|--gpu] [TRACKING]
				       myrmex track PREDICTIONS.slp --tracking-only [-o OUT.slp] [TRACKING]
				TRACKING: [--tracker simple|flow|none] [--similarity S] [--match greedy|hungarian]
				          [--track-window N] [--max-tracks N] [--target-instances N [--cull-iou X]]
				          [--connect-breaks]

				Predicts poses, as sleap-track does, in every frame of a video (MP4, AVI, a folder of images …) or of
				the videos of a labels file (.slp), and saves the labels with the predicted instances to OUT.slp,
				written whole or not at all. Each predicted frame's previous predictions are replaced; user
				instances are kept as they are. Ctrl-C stops after the current batch and writes nothing.
				  -m MODEL_DIR              a trained model folder (SLEAP's, with best_model.h5, or a Myrmex run
				                            folder): one single-instance or bottom-up model, or a centroid and
				                            a centered-instance model (top-down), in any order
				  -o OUT.slp                the labels to write (default: VIDEO_OR_LABELS.predictions.slp)
				  --frames A-B              only frames A to B, inclusive, of every video (or one frame: A)
				  --only-labeled-frames     only the frames of the labels that hold user instances
				  --only-suggested-frames   only the labels' suggested frames
				  --batch-size N            frames per network call (default 4)
				  --peak-threshold X        minimum confidence of a peak, 0-1 (default 0.2)
				  -n MAX_INSTANCES          keep at most this many instances per frame (default: all)
				  --cpu                     run TensorFlow on the CPU only
				  --gpu                     run TensorFlow on a CUDA GPU; fail when there is none
				                            (default: a GPU when there is one, else the CPU)

				Tracking links each video's predicted instances over time into tracks track_0, track_1 … as SLEAP's
				tracker does (each instance's tracking score is its match's similarity); user instances keep theirs.
				  --tracking-only           re-track the predictions of a labels file, without a model
				  --tracker simple|flow|none  simple: match against the poses of the last frames; flow: those poses
				                            moved by optical flow; none: no tracking (default: none with a model,
				                            simple with --tracking-only)
				  --similarity S            instance (default), normalized_instance, centroid, iou, object_keypoint
				  --match greedy|hungarian  how instances are paired with tracks (default greedy)
				  --track-window N          frames back to look for candidates (default 5)
				  --max-tracks N            at most N tracks, each keeping its last poses as candidates however long
				                            it is gone; instances beyond them are dropped
				  --target-instances N      animals per frame: frames with more keep the N best scores
				  --cull-iou X              with --target-instances, first drop instances overlapping a better one
				                            by more than X (0-1)
				  --connect-breaks          with --target-instances, join a single lost track with a single new one""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		Request request;
		try {
			request = request(new Arguments(args, List.of("-m", "-o", "--frames", "--batch-size", "--peak-threshold",
					"-n", "--tracker", "--similarity", "--match", "--track-window", "--max-tracks", "--target-instances",
					"--cull-iou"), List.of("--only-labeled-frames", "--only-suggested-frames", "--cpu", "--gpu",
							"--tracking-only", "--connect-breaks")));
		} catch (IllegalArgumentException e) {
			err.println("myrmex track: " + e.getMessage());
			err.println(usage());
			return USAGE;
		}
		if (!Files.exists(request.input())) {
			err.println("myrmex track: " + request.input() + ": no such video or labels file");
			return FAILED;
		}
		if (request.models().isEmpty()) {
			return TrackingRun.retrack(request.input(), request.output(), request.tracking(), out, err, monitor);
		}
		PredictionConsole console = new PredictionConsole(err, err == System.err && System.console() != null);
		IProgressMonitor cancelOnly = new CancelOnlyMonitor(monitor);
		try {
			List<PoseModel> models = new ArrayList<>();
			for (Path model : request.models()) {
				models.add(PoseModel.load(model));
				err.println("Model: " + models.get(models.size() - 1));
			}
			try (PredictionRun run = PredictionRun.create(models, request.options())) {
				boolean isLabels = isLabels(request.input());
				Labels labels = isLabels ? LabelsFiles.load(request.input(), cancelOnly)
						: run.labelsFor(request.input());
				PredictionSummary summary = run.run(labels, isLabels ? request.input() : null, request.selection(),
						console, cancelOnly);
				console.clearLine();
				if (request.tracking() != null) {
					TrackingRun.track(labels, request.input(), request.tracking(), out, cancelOnly);
				}
				LabelsFiles.save(labels, request.output(), cancelOnly);
				out.printf(Locale.ROOT, "Predicted %d frames (%d instances) in %s, %.1f frames/s%n", summary.frames(),
						summary.instances(), TrainingConsole.duration(summary.nanos()), summary.framesPerSecond());
				out.println("Saved " + request.output());
				return OK;
			}
		} catch (OperationCanceledException e) {
			console.clearLine();
			err.println("myrmex track: cancelled; nothing written");
			return CANCELLED;
		} catch (ModelException | PredictionException | LabelsFileException e) {
			console.clearLine();
			err.println("myrmex track: " + e.getMessage());
			return FAILED;
		} catch (TrackingException e) {
			console.clearLine();
			err.println("myrmex track: " + request.input() + ": " + e.getMessage() + "; nothing written");
			return FAILED;
		}
	}

	private static Request request(Arguments arguments) {
		List<String> positionals = arguments.positionals();
		if (positionals.isEmpty()) {
			throw new IllegalArgumentException("missing VIDEO_OR_LABELS");
		}
		if (positionals.size() > 1) {
			throw new IllegalArgumentException("unexpected argument '" + positionals.get(1) + "'");
		}
		Path input = Path.of(positionals.get(0));
		List<String> models = arguments.values("-m");
		boolean trackingOnly = arguments.flag("--tracking-only");
		if (trackingOnly) {
			if (!models.isEmpty()) {
				throw new IllegalArgumentException("--tracking-only re-tracks predictions without a model: drop -m");
			}
			if (!isLabels(input)) {
				throw new IllegalArgumentException("--tracking-only needs a labels file with predictions, not '"
						+ input + "'");
			}
			String output = arguments.option("-o", input + ".tracked.slp");
			if (!output.endsWith(".slp")) {
				throw new IllegalArgumentException("-o takes a .slp file, not '" + output + "'");
			}
			TrackerOptions tracking = TrackingArguments.parse(arguments, TrackerKind.SIMPLE);
			if (tracking == null) {
				throw new IllegalArgumentException("--tracking-only with --tracker none does nothing");
			}
			return new Request(input, List.of(), Path.of(output), FrameSelection.all(), PredictionOptions.defaults(),
					tracking);
		}
		if (models.isEmpty() || models.size() > 2) {
			throw new IllegalArgumentException(models.isEmpty() ? "missing -m MODEL_DIR"
					: "give one model, or two (centroid and centered instance), not " + models.size());
		}
		if (arguments.flag("--cpu") && arguments.flag("--gpu")) {
			throw new IllegalArgumentException("choose one of --cpu and --gpu");
		}
		String output = arguments.option("-o", input + ".predictions.slp");
		if (!output.endsWith(".slp")) {
			throw new IllegalArgumentException("-o takes a .slp file, not '" + output + "'");
		}
		PredictionOptions options = PredictionOptions.defaults()
				.withDevice(arguments.flag("--cpu") ? ComputeDevice.CPU
						: arguments.flag("--gpu") ? ComputeDevice.GPU : ComputeDevice.AUTO)
				.withBatchSize(atLeastOne(arguments, "--batch-size", 4))
				.withPeakThreshold(threshold(arguments.option("--peak-threshold", "0.2")));
		if (arguments.option("-n", null) != null) {
			options = options.withMaxInstances(atLeastOne(arguments, "-n", 1));
		}
		return new Request(input, models.stream().map(Path::of).toList(), Path.of(output),
				selection(arguments, isLabels(input)), options, TrackingArguments.parse(arguments, TrackerKind.NONE));
	}

	private static FrameSelection selection(Arguments arguments, boolean isLabels) {
		String frames = arguments.option("--frames", null);
		boolean labeled = arguments.flag("--only-labeled-frames");
		boolean suggested = arguments.flag("--only-suggested-frames");
		if ((frames != null ? 1 : 0) + (labeled ? 1 : 0) + (suggested ? 1 : 0) > 1) {
			throw new IllegalArgumentException(
					"choose one of --frames, --only-labeled-frames and --only-suggested-frames");
		}
		if ((labeled || suggested) && !isLabels) {
			throw new IllegalArgumentException((labeled ? "--only-labeled-frames" : "--only-suggested-frames")
					+ " needs a labels file (.slp), not a video");
		}
		if (labeled) {
			return FrameSelection.labeled();
		}
		if (suggested) {
			return FrameSelection.suggested();
		}
		return frames == null ? FrameSelection.all() : range(frames);
	}

	/** @return frames {@code A-B} (inclusive) or the single frame {@code A} */
	static FrameSelection range(String text) {
		if (!text.matches("\\d{1,9}(-\\d{1,9})?")) {
			throw new IllegalArgumentException("--frames takes A-B (first and last frame) or A, not '" + text + "'");
		}
		String[] ends = text.split("-");
		int first = Integer.parseInt(ends[0]);
		int last = ends.length == 1 ? first : Integer.parseInt(ends[1]);
		if (last < first) {
			throw new IllegalArgumentException("--frames " + text + " is an empty range: " + last + " < " + first);
		}
		return FrameSelection.range(first, last);
	}

	private static int atLeastOne(Arguments arguments, String name, int fallback) {
		int value = arguments.number(name, fallback);
		if (value < 1) {
			throw new IllegalArgumentException(name + " takes a number of at least 1, not " + value);
		}
		return value;
	}

	private static double threshold(String text) {
		try {
			double value = Double.parseDouble(text);
			if (value >= 0 && value <= 1) {
				return value;
			}
		} catch (NumberFormatException e) {
			// the message below
		}
		throw new IllegalArgumentException("--peak-threshold takes a number from 0 to 1, not '" + text + "'");
	}

	/** @return whether the input is a labels file (SLEAP's {@code .slp}, old {@code .json}, Myrmex's {@code .xmi}) */
	static boolean isLabels(Path input) {
		String name = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
		return name.endsWith(".slp") || name.endsWith(".json") || name.endsWith(".xmi");
	}
}
