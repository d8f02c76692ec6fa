// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The metrics files of a run folder, each split once: Myrmex's {@code metrics.<split>.json} ({@link MetricsJson}),
 * else SLEAP's {@code metrics.<split>.npz} ({@link MetricsNpzReader}). A file that cannot be read is listed with
 * the reason, the others still read.
 */
public final class RunMetrics {
	private static final Pattern NAME = Pattern.compile("metrics\\.(.+)\\.(json|npz)");

	/**
	 * One split's metrics file: its figures, or why they cannot be read.
	 *
	 * @param split   the split, from the file's name
	 * @param file    the file
	 * @param metrics the figures, null when the file cannot be read
	 * @param problem what is wrong with the file (naming it), null when it was read
	 */
	public record SplitFile(String split, Path file, SplitMetrics metrics, String problem) {
	}

	private RunMetrics() {
	}

	/** @return the splits' metrics files of {@code runFolder}: train, val, test, then any other split by name */
	public static List<SplitFile> read(Path runFolder) {
		List<SplitFile> splits = new ArrayList<>();
		for (Map.Entry<String, Path> entry : files(runFolder).entrySet()) {
			Path file = entry.getValue();
			try {
				SplitMetrics metrics = file.getFileName().toString().endsWith(".json")
						? MetricsJsonReader.read(entry.getKey(), file)
						: NpzSplitMetrics.read(entry.getKey(), file);
				splits.add(new SplitFile(entry.getKey(), file, metrics, null));
			} catch (IOException e) {
				splits.add(new SplitFile(entry.getKey(), file, null, e.getMessage()));
			}
		}
		return splits;
	}

	/** @return whether {@code runFolder} holds a metrics file of any split */
	public static boolean evaluated(Path runFolder) {
		return !files(runFolder).isEmpty();
	}

	/** @return per split, the file to read: JSON over NPZ */
	private static Map<String, Path> files(Path runFolder) {
		Map<String, Path> files = new LinkedHashMap<>();
		if (!Files.isDirectory(runFolder)) {
			return files;
		}
		List<Path> found;
		try (Stream<Path> children = Files.list(runFolder)) {
			found = children.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
					.sorted(Comparator.comparing((Path p) -> order(split(p))).thenComparing(p -> split(p))
							.thenComparing(p -> p.getFileName().toString().endsWith(".npz")))
					.toList();
		} catch (IOException e) {
			return files;
		}
		for (Path file : found) {
			files.putIfAbsent(split(file), file);
		}
		return files;
	}

	private static String split(Path file) {
		Matcher matcher = NAME.matcher(file.getFileName().toString());
		return matcher.matches() ? matcher.group(1) : "";
	}

	private static int order(String split) {
		int index = RunEvaluation.SPLITS.indexOf(split);
		return index < 0 ? RunEvaluation.SPLITS.size() : index;
	}
}
