// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.util.Arrays;

/**
 * Entry point of the benchmarks: {@code labels} (load/save of .slp files), {@code preprocess} (video
 * re-encoding against the ffmpeg command line), {@code video} (random access and sequential decoding against
 * JavaCV seeking and {@code ffmpeg -f null}), {@code train} (training steps on the CPU against TensorFlow alone),
 * {@code track} (top-down inference on the CPU against the networks' raw forward pass), {@code seek} (jumps to a
 * seek proxy's frame against the exact frame), {@code editor} (the labels editor's canvas while scrubbing,
 * against decoding alone; {@code editor --scale N}: opening N predicted frames to the last one, against reading
 * the file alone), {@code retrack} (identity tracking of predictions against ground truth and SLEAP's tracks),
 * {@code render} (a rendered labelled video against FFmpeg's encoding alone), {@code learning-curve} (steps of
 * learning-curve.sh: frame picks and configurations, the report) or a child measurement.
 */
public final class Main {
	private Main() {
	}

	public static void main(String[] args) throws Exception {
		String what = args.length == 0 ? "labels" : args[0];
		String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
		switch (what) {
		case "labels" -> LabelsBench.run(rest);
		case "preprocess" -> PreprocessBench.run(rest);
		case "video" -> VideoBench.run(rest);
		case "train" -> TrainBench.run(rest);
		case "track" -> TrackBench.run(rest);
		case "retrack" -> RetrackBench.run(rest);
		case "seek" -> SeekBench.run(rest);
		case "render" -> RenderBench.run(rest);
		case "learning-curve" -> LearningCurve.run(rest);
		// compiled only for "editor", whose class path has SWT (run.sh)
		case "editor" -> Class.forName("org.myrmex.ui.internal.editor.EditorBench").getMethod("run", String[].class)
				.invoke(null, (Object) rest);
		case "child" -> LabelsChild.run(rest);
		case "seek-child" -> SeekChild.run(rest);
		default -> {
			System.err.println("unknown benchmark " + what + "; known: labels, preprocess, video, train, track, retrack, seek, render, editor");
			System.exit(2);
		}
		}
	}
}
