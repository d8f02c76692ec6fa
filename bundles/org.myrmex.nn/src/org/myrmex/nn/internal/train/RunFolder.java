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
	 * Deletes the checkpoints other than the one of {@code epoch} (kept: the latest, as the state names it).
	 */
	public void deleteCheckpointsBut(int epoch) throws IOException {
		String kept = checkpoint(epoch).getFileName() + ".";
		try (Stream<Path> files = Files.list(checkpoints())) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith("epoch-") && !name.startsWith(kept)) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	/** Replaces {@code target} by the folder {@code fresh} (a rename on the same file system). */
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
