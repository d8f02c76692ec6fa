// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.dlc;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SkeletonJson;
import org.myrmex.io.internal.dlc.DlcConfig;
import org.myrmex.io.internal.dlc.DlcCsv;
import org.myrmex.io.internal.dlc.DlcLabels;
import org.myrmex.model.Labels;
import org.myrmex.model.Skeleton;

/**
 * Reads DeepLabCut labelled data, single- or multi-animal, as SLEAP's importer does: a project's
 * {@code config.yaml} (every {@code labeled-data/*}{@code /CollectedData_*.csv}, body parts and skeleton from the
 * config, a body part the config lacks refused) or one labelled-data CSV on its own (its body parts the skeleton's
 * nodes, no edges). Both CSV layouts are read: the image path in one column or split over three ({@code _v2}).
 * Each CSV's images become one image-list video; each individual of a multi-animal file a track. DeepLabCut's
 * {@code .h5} files (pandas tables) are not read: the CSV beside each holds the same labels.
 */
public final class DeepLabCut {
	private DeepLabCut() {
	}

	/** @return whether {@code file}'s name says DeepLabCut: a {@code .yaml}/{@code .yml} config or a {@code .csv} */
	public static boolean isDeepLabCutName(Path file) {
		String name = lower(file);
		return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".csv");
	}

	/** Reads a {@code config.yaml} or a labelled-data CSV. */
	public static Labels read(Path file) throws LabelsFileException {
		return read(file, new NullProgressMonitor());
	}

	/**
	 * Reads a {@code config.yaml} (the whole project) or a labelled-data {@code .csv}.
	 *
	 * @throws LabelsFileException naming the file: missing, a DeepLabCut {@code .h5}, a broken header, a body part
	 *                             the config does not list
	 */
	public static Labels read(Path file, IProgressMonitor monitor) throws LabelsFileException {
		if (!Files.isRegularFile(file)) {
			throw new LabelsFileException(file, "no such file");
		}
		String name = lower(file);
		if (name.endsWith(".h5")) {
			throw new LabelsFileException(file, "DeepLabCut .h5 files (pandas tables) are not read: import the "
					+ "CSV beside it (CollectedData_*.csv) or the project's config.yaml");
		}
		if (name.endsWith(".csv")) {
			DlcLabels labels = new DlcLabels(null);
			labels.add(DlcCsv.read(file), file);
			return checked(labels.labels(), file);
		}
		if (name.endsWith(".yaml") || name.endsWith(".yml")) {
			return checked(readProject(file, monitor), file);
		}
		throw new LabelsFileException(file, "is neither a DeepLabCut config.yaml nor a labelled-data .csv");
	}

	/** The skeleton as every Myrmex file must hold it: unique, non-empty node names. */
	private static Labels checked(Labels labels, Path file) throws LabelsFileException {
		for (Skeleton skeleton : labels.getSkeletons()) {
			SkeletonJson.validate(skeleton, file);
		}
		return labels;
	}

	private static Labels readProject(Path config, IProgressMonitor monitor) throws LabelsFileException {
		DlcConfig settings = DlcConfig.read(config);
		List<Path> csvs = collectedData(config);
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + config.getFileName(), csvs.size());
		DlcLabels labels = new DlcLabels(settings);
		for (Path csv : csvs) {
			DlcCsv data = DlcCsv.read(csv);
			if (data.multiAnimal() != settings.multiAnimal()) {
				throw new LabelsFileException(csv, (data.multiAnimal() ? "is multi-animal" : "is single-animal")
						+ " but " + config.getFileName() + " says multianimalproject: " + settings.multiAnimal());
			}
			labels.add(data, csv);
			progress.split(1);
		}
		return labels.labels();
	}

	/** @return each {@code labeled-data} subfolder's first {@code CollectedData_*.csv}, folders in name order */
	private static List<Path> collectedData(Path config) throws LabelsFileException {
		Path labelled = config.toAbsolutePath().normalize().getParent().resolve("labeled-data");
		if (!Files.isDirectory(labelled)) {
			throw new LabelsFileException(config, "has no labeled-data folder beside it (" + labelled + ")");
		}
		List<Path> csvs = new ArrayList<>();
		try (Stream<Path> folders = Files.list(labelled)) {
			for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
				try (Stream<Path> files = Files.list(folder)) {
					files.filter(f -> f.getFileName().toString().matches("CollectedData_.*\\.csv")).sorted().findFirst()
							.ifPresent(csvs::add);
				}
			}
		} catch (IOException e) {
			throw new LabelsFileException(config, "cannot list " + labelled + " (" + e.getMessage() + ")", e);
		}
		if (csvs.isEmpty()) {
			throw new LabelsFileException(config, "no labeled-data/*/CollectedData_*.csv: nothing is labelled yet");
		}
		return csvs;
	}

	private static String lower(Path file) {
		return file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
	}
}
