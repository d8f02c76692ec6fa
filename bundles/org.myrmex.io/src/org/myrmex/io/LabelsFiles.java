// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.myrmex.io.coco.CocoKeypoints;
import org.myrmex.io.dlc.DeepLabCut;
import org.myrmex.model.Labels;

/**
 * Opens and saves labels in whichever format the file name says: SLEAP {@code .slp} / {@code .pkg.slp} /
 * {@code .h5} (HDF5), SLEAP's old {@code .json}, or Myrmex's {@code .xmi}; read only: COCO keypoints {@code .json}
 * (told from SLEAP's JSON by its keys), DeepLabCut's {@code config.yaml} or labelled-data {@code .csv}.
 */
public final class LabelsFiles {
	private static volatile String program = "Myrmex";

	private LabelsFiles() {
	}

	public static Labels load(Path file) throws LabelsFileException {
		return load(file, new NullProgressMonitor());
	}

	public static Labels load(Path file, IProgressMonitor monitor) throws LabelsFileException {
		if (Files.isDirectory(file)) {
			throw new LabelsFileException(file, "is a folder, not a labels file");
		}
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".json")) {
			return CocoKeypoints.isCoco(file) ? CocoKeypoints.read(file) : SleapJsonReader.read(file);
		}
		if (DeepLabCut.isDeepLabCutName(file)) {
			return DeepLabCut.read(file, monitor);
		}
		if (name.matches("collecteddata_.*\\.h5|.*dlc_.*\\.h5")) {
			return DeepLabCut.read(file, monitor); // refused with the way out, the CSV beside it
		}
		if (name.endsWith(".xmi")) {
			return LabelsXmi.load(file);
		}
		return SlpReader.read(file, monitor);
	}

	/**
	 * Saves as {@code .xmi} or, for any other name, SLEAP {@code .slp}; atomically, holding the file's
	 * {@link LabelsLock} (for the program {@link #setProgram} named).
	 *
	 * @throws LabelsFileException naming the file: it cannot be written, or another program holds its lock (named)
	 */
	public static void save(Labels labels, Path file, IProgressMonitor monitor) throws LabelsFileException {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".json")) {
			throw new LabelsFileException(file, "SLEAP's old JSON format is read-only; save as .slp (or export COCO keypoints)");
		} else if (DeepLabCut.isDeepLabCutName(file)) {
			throw new LabelsFileException(file, "DeepLabCut files are read-only here; save as .slp");
		}
		if (Files.isDirectory(file)) {
			throw new LabelsFileException(file, "is a folder, not a labels file");
		}
		try (LabelsLock lock = LabelsLock.acquire(file, program)) {
			if (name.endsWith(".xmi")) {
				LabelsXmi.save(labels, file);
			} else {
				SlpWriter.write(labels, file, monitor);
			}
		}
	}

	/** Names this process in the lock of the files it saves, e.g. "myrmex merge" or "the Myrmex workbench". */
	public static void setProgram(String name) {
		program = name;
	}

	/** @return the name {@link #setProgram} gave this process, "Myrmex" by default */
	public static String program() {
		return program;
	}
}
