// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.LabelsLock;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.Labels;

/**
 * Saves labels by the target's name: {@code .pkg.slp} embeds the labelled frames' images (read from the videos,
 * or from the package the labels came from), anything else is written by {@link LabelsFiles#save}. Every save
 * is atomic: the old file stays as it was when writing fails or is cancelled.
 */
public final class LabelsSaving {
	private LabelsSaving() {
	}

	/**
	 * @param sourceFile the file the labels were read from: embedded frames and relative video paths are found
	 *                   from there
	 * @throws LabelsFileException naming the file when it cannot be written or a frame to embed cannot be read
	 */
	public static void save(Labels labels, Path file, Path sourceFile, IProgressMonitor monitor)
			throws LabelsFileException {
		if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pkg.slp")) {
			try (LabelsLock lock = LabelsLock.acquire(file, LabelsFiles.program());
					LabelledFramesPackage frames = new LabelledFramesPackage(labels, sourceFile)) {
				SlpWriter.writePackage(labels, file, frames, monitor);
			}
		} else {
			LabelsFiles.save(labels, file, monitor);
		}
	}
}
