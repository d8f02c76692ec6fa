// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.myrmex.cli.Command;
import org.myrmex.io.Hdf5Library;
import org.myrmex.nn.TensorFlowRuntime;
import org.myrmex.video.Ffmpeg;
import org.myrmex.video.OpenCv;

/** {@code myrmex info}: the native stack this installation runs on, each part loaded and exercised. */
public final class InfoCommand implements Command {

	@Override
	public String name() {
		return "info";
	}

	@Override
	public String summary() {
		return "show the native libraries (FFmpeg, OpenCV, HDF5, TensorFlow) and check that they work";
	}

	@Override
	public String usage() {
		return """
				Usage: myrmex info [--check]

				Loads FFmpeg, OpenCV, HDF5 and TensorFlow and prints their versions and the Java runtime.
				  --check   also train a tiny TensorFlow network for one step (proves gradients work)""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		boolean check = false;
		for (String arg : args) {
			if (arg.equals("--check")) {
				check = true;
			} else {
				err.println("myrmex info: unknown argument '" + arg + "'");
				err.println(usage());
				return USAGE;
			}
		}
		out.println("Java        " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")");
		int failures = 0;
		failures += line(out, err, "FFmpeg", () -> Ffmpeg.version() + (Ffmpeg.hasLibx264() ? ", libx264 present" : ", NO libx264"));
		failures += line(out, err, "OpenCV", OpenCv::version);
		failures += line(out, err, "HDF5", Hdf5Library::version);
		failures += line(out, err, "TensorFlow", TensorFlowRuntime::version);
		if (check) {
			failures += line(out, err, "TF check", () -> {
				TensorFlowRuntime.StepResult step = TensorFlowRuntime.selfCheck();
				String verdict = step.lossAfter() < step.lossBefore() ? "ok" : "FAILED";
				return String.format("one gradient step: loss %.5f -> %.5f, %s", step.lossBefore(), step.lossAfter(), verdict);
			});
		}
		return failures == 0 ? OK : FAILED;
	}

	private interface Probe {
		String get();
	}

	private static int line(PrintStream out, PrintStream err, String name, Probe probe) {
		try {
			String value = probe.get();
			out.printf("%-11s %s%n", name, value);
			return value.contains("FAILED") || value.contains("NO libx264") ? 1 : 0;
		} catch (RuntimeException | LinkageError e) {
			err.printf("%-11s cannot load: %s%n", name, e.getMessage());
			return 1;
		}
	}
}
