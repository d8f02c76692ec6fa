// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.edit.LabelsEditing;

/** Copies of the two-fly clip's labels in a temporary folder, beside a link to its video. */
final class ClipFiles {
	private ClipFiles() {
	}

	static Path copy(Path folder, String labels) throws Exception {
		Files.createSymbolicLink(folder.resolve("clip.mp4"), Fixtures.require("sleap/tracks/clip.mp4"));
		return Files.copy(Fixtures.require("sleap/tracks/" + labels), folder.resolve(labels));
	}

	/** Edits {@code file} with the command {@code edit} makes, then saves it. */
	static void edit(Path file, java.util.function.BiFunction<EditingDomain, Labels, Command> edit) throws Exception {
		Labels labels = LabelsFiles.load(file);
		EditingDomain domain = LabelsEditing.createDomain(labels);
		domain.getCommandStack().execute(edit.apply(domain, labels));
		LabelsFiles.save(labels, file, new NullProgressMonitor());
	}

	/** The track name of every instance, frame by frame in file order. */
	static List<String> trackNames(Labels labels) {
		List<String> names = new ArrayList<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				names.add(frame.getFrameIndex() + ":" + (instance.getTrack() == null ? "-" : instance.getTrack().getName()));
			}
		}
		return names;
	}
}
