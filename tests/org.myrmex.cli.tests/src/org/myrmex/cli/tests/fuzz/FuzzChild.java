// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.SkeletonJson;
import org.myrmex.io.dlc.DeepLabCut;
import org.myrmex.model.Labels;
import org.myrmex.nn.config.TrainingConfigException;
import org.myrmex.nn.config.TrainingConfigJson;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/**
 * The child JVM of the fuzzing harness, on a plain class path: reads one case a line from standard input
 * ({@code FORMAT<tab>PATH}), feeds the file to Myrmex's reader for that format and answers one line
 * {@code @@fuzz OUTCOME<tab>DETAIL} on standard output. The parent kills it on a hang and restarts it after a crash.
 */
public final class FuzzChild {
	static final String MARK = "@@fuzz ";
	/** File names that make the child misbehave on purpose, to test the harness: halt, hang, write. */
	static final String SELFTEST = "fuzz-selftest-";

	private FuzzChild() {
	}

	public static void main(String[] args) throws Exception {
		PrintStream answers = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
				StandardCharsets.UTF_8);
		System.setOut(System.err); // what the readers or natives print never mixes with the answers
		answers.println(MARK + "READY");
		BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
		for (String line = in.readLine(); line != null; line = in.readLine()) {
			int tab = line.indexOf('\t');
			Format format = Format.valueOf(line.substring(0, tab));
			Path path = Path.of(line.substring(tab + 1));
			selfTest(path);
			answers.println(MARK + answer(format, path));
		}
	}

	private static void selfTest(Path path) throws Exception {
		String name = path.getFileName().toString();
		if (name.equals(SELFTEST + "halt")) {
			Runtime.getRuntime().halt(134);
		} else if (name.equals(SELFTEST + "hang")) {
			Thread.sleep(Long.MAX_VALUE);
		} else if (name.equals(SELFTEST + "write")) {
			java.nio.file.Files.writeString(path.resolveSibling("written"), "x");
		}
	}

	/** @return {@code OUTCOME<tab>detail}, on one line */
	static String answer(Format format, Path path) {
		try {
			String summary = read(format, path);
			return Outcome.LOAD + "\t" + summary;
		} catch (LabelsFileException | VideoException | TrainingConfigException e) {
			String message = String.valueOf(e.getMessage());
			// the case folder's name is unique: a message naming the input (or a file in its folder) contains it
			boolean namesFile = message.contains(path.getParent().getFileName().toString());
			return (namesFile ? Outcome.CLEAN : Outcome.UNCLEAN) + "\t" + oneLine(
					namesFile ? message : "message does not name the file: " + e.getClass().getSimpleName() + ": " + message);
		} catch (Throwable e) { // NOSONAR: any other exception or error is the bug this harness looks for
			return Outcome.UNCLEAN + "\t" + oneLine(stackTrace(e));
		}
	}

	private static String read(Format format, Path path) throws Exception {
		switch (format) {
		case SLP, SLEAP_JSON, COCO -> {
			Labels labels = LabelsFiles.load(path);
			return labels.getVideos().size() + " videos, " + labels.getLabeledFrames().size() + " frames";
		}
		case DLC -> {
			Labels labels = DeepLabCut.read(path);
			return labels.getLabeledFrames().size() + " frames";
		}
		case SKELETON -> {
			return SkeletonJson.read(path).getNodes().size() + " nodes";
		}
		case CONFIG -> {
			TrainingConfigJson.read(path);
			return "config";
		}
		case VIDEO -> {
			try (VideoSource video = Videos.open(path)) {
				int count = video.frameCount();
				for (int index : new int[] { 0, count / 2, count - 1 }) {
					if (index >= 0) {
						video.readRgb(index);
					}
				}
				return count + " frames " + video.width() + "x" + video.height();
			}
		}
		default -> throw new IllegalArgumentException(format.toString());
		}
	}

	private static String stackTrace(Throwable e) {
		java.io.StringWriter text = new java.io.StringWriter();
		e.printStackTrace(new java.io.PrintWriter(text));
		String trace = text.toString();
		return trace.length() > 3000 ? trace.substring(0, 3000) : trace;
	}

	private static String oneLine(String text) {
		return text.replace('\t', ' ').replace("\r", "").replace("\n", " | ");
	}
}
