// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.merge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;
import org.myrmex.model.merge.LabelsMerger;
import org.myrmex.model.merge.MergeChoices;
import org.myrmex.model.merge.MergeConflict;
import org.myrmex.model.merge.MergeConflictException;
import org.myrmex.model.merge.MergeReport;
import org.myrmex.model.merge.MergeResult;
import org.myrmex.model.merge.Resolution;

/**
 * What the Merge wizard merges: the base (an editor's labels, first) and the files added, loaded once, with the
 * choice per conflict. {@link #preview} merges them in memory as {@code myrmex merge} does ({@link LabelsMerger}),
 * with the choices; nothing is written.
 */
final class MergeInputs {
	/** A merge done in memory: its report, or the conflicts that refuse it. */
	record Preview(MergeReport report, List<MergeConflict> resolvable, List<MergeConflict> refused) {
	}

	private final Labels base;
	private final Path baseFile;
	private final Map<Path, Labels> added = new LinkedHashMap<>();
	final MergeChoices choices = new MergeChoices(Resolution.KEEP_BASE);

	MergeInputs(Labels base, Path baseFile) {
		this.base = base;
		this.baseFile = baseFile;
	}

	Path baseFile() {
		return baseFile;
	}

	List<Path> addedFiles() {
		return List.copyOf(added.keySet());
	}

	/** Loads the files not added yet (any thread). @throws LabelsFileException naming a file that cannot be read */
	void add(List<Path> files, IProgressMonitor monitor) throws LabelsFileException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading labels", files.size());
		for (Path file : files) {
			Path absolute = file.toAbsolutePath().normalize();
			if (absolute.equals(baseFile) || added.containsKey(absolute)) {
				progress.split(1);
				continue;
			}
			added.put(absolute, LabelsFiles.load(absolute, progress.split(1)));
		}
	}

	void remove(Path file) {
		added.remove(file);
	}

	/** Merges in memory with the choices so far. */
	Preview preview() {
		choices.startMerge();
		try {
			MergeResult result = merge(base);
			return new Preview(result.report(), choices.asked(), List.of());
		} catch (MergeConflictException e) {
			return new Preview(null, choices.asked(), e.getConflicts());
		}
	}

	/** Merges {@code baseLabels} (the base or a copy of it) with the added files, with the choices. */
	MergeResult merge(Labels baseLabels) throws MergeConflictException {
		List<Labels> inputs = new ArrayList<>();
		List<String> names = new ArrayList<>();
		inputs.add(baseLabels);
		names.add(baseFile.getFileName().toString());
		for (Map.Entry<Path, Labels> file : added.entrySet()) {
			inputs.add(file.getValue());
			names.add(file.getKey().getFileName().toString());
		}
		return new LabelsMerger().merge(inputs, names, choices);
	}

	/** @return {@code NAME.merged.slp} beside the base, numbered where that exists */
	Path defaultOutput() {
		String name = baseFile.getFileName().toString();
		String stem = name.endsWith(".pkg.slp") ? name.substring(0, name.length() - 8)
				: name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
		Path target = baseFile.resolveSibling(stem + ".merged.slp");
		for (int n = 2; Files.exists(target); n++) {
			target = baseFile.resolveSibling(stem + ".merged-" + n + ".slp");
		}
		return target;
	}
}
