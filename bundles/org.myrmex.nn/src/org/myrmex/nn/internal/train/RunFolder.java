// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.myrmex.io.AtomicFiles;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.nn.config.OutputsConfig;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.data.Sample;

/**
 * A run folder as SLEAP lays it out: {@code initial_config.json} (the configuration as given),
 * {@code training_config.json} (as trained: crop size, run name and epochs filled in), {@code labels_gt.train.slp},
 * {@code labels_gt.val.slp} and (with test frames) {@code labels_gt.test.slp}, {@code training_log.csv} and the best model — here a TensorFlow SavedModel folder
 * {@code best_model}. {@code checkpoint/} holds the latest checkpoint and {@link RunState} for resuming.
 */
public final class RunFolder {
	private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyMMdd_HHmmss");
	private final Path folder;

	/** @param folder the run folder */
	public RunFolder(Path folder) {
		this.folder = folder;
	}

	/**
	 * @return SLEAP's default run folder: {@code <labels folder>/<runs_folder>/<prefix><run_name><suffix>}, the run
	 *         name defaulting to {@code yyMMdd_HHmmss.<head>}
	 */
	public static Path defaultFolder(TrainingConfig config, Path labels) {
		OutputsConfig outputs = config.outputs();
		String name = outputs.runName() != null && !outputs.runName().isBlank() ? outputs.runName()
				: LocalDateTime.now().format(RUN_TIME) + "." + config.model().head().key();
		name = nonNull(outputs.runNamePrefix()) + name + nonNull(outputs.runNameSuffix());
		String runs = outputs.runsFolder() == null || outputs.runsFolder().isBlank() ? "models" : outputs.runsFolder();
		return labels.toAbsolutePath().getParent().resolve(runs).resolve(name);
	}

	private static String nonNull(String text) {
		return text == null ? "" : text;
	}

	/** @return the folder */
	public Path path() {
		return folder;
	}

	/** @return {@code training_log.csv} */
	public Path log() {
		return folder.resolve("training_log.csv");
	}

	/** @return {@code training_config.json} */
	public Path trainingConfig() {
		return folder.resolve("training_config.json");
	}

	/** @return the best model's SavedModel folder */
	public Path bestModel() {
		return folder.resolve("best_model");
	}

	/** @return the checkpoint folder */
	public Path checkpoints() {
		return folder.resolve("checkpoint");
	}

	/** @return the saved {@link RunState} */
	public Path state() {
		return checkpoints().resolve("state.json");
	}

	/** @return the prefix of the checkpoint saved after {@code epoch} */
	public Path checkpoint(int epoch) {
		return checkpoints().resolve("epoch-" + epoch);
	}

	/** @return whether a run has trained in this folder (a log or a checkpoint) */
	public boolean holdsRun() {
		return Files.exists(log()) || Files.exists(state());
	}

	/** @return whether a checkpoint can be resumed from */
	public boolean canResume() {
		return Files.isRegularFile(state());
	}

	/** Creates the folder. */
	public void create() throws IOException {
		Files.createDirectories(folder);
	}

	/** Writes {@code initial_config.json}: the configuration file as given, byte for byte. */
	public void writeInitialConfig(Path config) throws IOException {
		byte[] bytes = Files.readAllBytes(config);
		AtomicFiles.write(folder.resolve("initial_config.json"), out -> out.write(bytes));
	}

	/**
	 * Writes {@code labels_gt.<split>.slp}: the labels restricted to the samples' labelled frames.
	 */
	public void writeLabels(Labels labels, List<Sample> samples, String split, IProgressMonitor monitor)
			throws LabelsFileException {
		Set<Integer> keep = new HashSet<>();
		samples.forEach(s -> keep.add(s.index()));
		Labels copy = EcoreUtil.copy(labels);
		List<LabeledFrame> frames = copy.getLabeledFrames();
		List<LabeledFrame> kept = new ArrayList<>(keep.size());
		for (int i = 0; i < frames.size(); i++) {
			if (keep.contains(i)) {
				kept.add(frames.get(i));
			}
		}
		frames.clear(); // one pass, where removing frame by frame would shift the list each time
		frames.addAll(kept);
		SlpWriter.write(copy, folder.resolve("labels_gt." + split + ".slp"), monitor);
	}

	/**
	 * @return the hidden prefix a checkpoint is saved under before {@link #publishCheckpoint(int)} renames its files
	 *         to {@link #checkpoint(int)}
	 */
	public Path pendingCheckpoint(int epoch) {
		return checkpoints().resolve("." + checkpoint(epoch).getFileName());
	}

	/**
	 * Renames the files saved under {@link #pendingCheckpoint(int)} to {@link #checkpoint(int)}: the data first, the
	 * index last, so that an index always names complete data. The checkpoint counts only once the state names it.
	 */
	public void publishCheckpoint(int epoch) throws IOException {
		String pending = pendingCheckpoint(epoch).getFileName() + ".";
		List<Path> files;
		try (Stream<Path> all = Files.list(checkpoints())) {
			files = all.filter(f -> f.getFileName().toString().startsWith(pending)).sorted(
					Comparator.comparing((Path f) -> f.getFileName().toString().endsWith(".index")).thenComparing(f -> f))
					.toList();
		}
		if (files.stream().noneMatch(f -> f.getFileName().toString().endsWith(".index"))) {
			throw new IOException("checkpoint " + pendingCheckpoint(epoch) + " was not saved (no index)");
		}
		for (Path file : files) {
			String name = file.getFileName().toString().substring(1);
			AtomicFiles.move(file, file.resolveSibling(name));
		}
	}

	/**
	 * Deletes the checkpoints other than the one of {@code epoch} (kept: the latest, as the state names it), and
	 * what killed saves left in the checkpoint folder: hidden files and TensorFlow's {@code .tempstate} files.
	 */
	public void deleteCheckpointsBut(int epoch) throws IOException {
		String kept = checkpoint(epoch).getFileName() + ".";
		try (Stream<Path> files = Files.list(checkpoints())) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				boolean leftover = name.startsWith(".") || name.contains(".tempstate");
				if (leftover || name.startsWith("epoch-") && !name.startsWith(kept)) {
					deleteTree(file);
				}
			}
		}
	}

	/**
	 * Removes what writes killed mid-way left behind; called with the run's lock held, before the run writes. In the
	 * folder: temporary files and SavedModel folders ({@code .NAME….tmp}), and a model folder's previous version
	 * {@code .NAME.old} — put back where a kill between the two renames of {@link #replaceFolder} left no
	 * {@code NAME}. In {@code checkpoint/}: hidden and {@code .tempstate} files, and every checkpoint but the one the
	 * state names (all of them when there is no state).
	 *
	 * @return the names removed or put back, relative to the folder
	 */
	public List<String> removeLeftovers() throws IOException {
		List<String> removed = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return removed;
		}
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path entry : entries.toList()) {
				String name = entry.getFileName().toString();
				if (name.startsWith(".") && name.endsWith(".tmp")) {
					deleteTree(entry);
					removed.add(name);
				} else if (name.startsWith(".") && name.endsWith(".old") && name.length() > 5) {
					Path target = entry.resolveSibling(name.substring(1, name.length() - 4));
					if (Files.exists(target)) {
						deleteTree(entry);
					} else {
						Files.move(entry, target);
					}
					removed.add(name);
				}
			}
		}
		if (Files.isDirectory(checkpoints())) {
			int kept = canResume() ? RunState.read(state()).epochsDone() : -1;
			List<String> before = names(checkpoints());
			deleteCheckpointsBut(kept);
			before.removeAll(names(checkpoints()));
			before.forEach(name -> removed.add(checkpoints().getFileName() + "/" + name));
		}
		return removed;
	}

	private static List<String> names(Path directory) throws IOException {
		try (Stream<Path> entries = Files.list(directory)) {
			return new ArrayList<>(entries.map(p -> p.getFileName().toString()).sorted().toList());
		}
	}

	/**
	 * Replaces {@code target} by the folder {@code fresh} (a rename on the same file system). Between the two
	 * renames the previous folder is {@code .NAME.old}, which {@link #removeLeftovers()} puts back after a kill.
	 */
	public static void replaceFolder(Path fresh, Path target) throws IOException {
		Path old = target.resolveSibling("." + target.getFileName() + ".old");
		deleteTree(old);
		if (Files.exists(target)) {
			Files.move(target, old);
		}
		Files.move(fresh, target);
		deleteTree(old);
	}

	/** Deletes a folder and everything in it, if it exists. */
	public static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> all = Files.walk(path)) {
			for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
