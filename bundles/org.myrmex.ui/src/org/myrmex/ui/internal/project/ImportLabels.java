// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.project;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.AtomicFiles;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;

/**
 * File › Import › SLEAP Labels, without the dialogs: brings a labels file ({@code .slp}, {@code .pkg.slp},
 * SLEAP's old {@code .json} or {@code .h5}, or {@code .xmi}) into a Myrmex project, either as a copy or as a link
 * to the file where it lies. A copy stores each video found by its absolute path (so it is found from the
 * project) and is saved as {@code .slp}; a package is copied byte for byte, its frames inside.
 */
public final class ImportLabels {
	/** How the file comes into the project. */
	public enum Mode {
		COPY, LINK
	}

	private final Path source;
	private Labels labels;

	public ImportLabels(Path source) {
		this.source = source.toAbsolutePath().normalize();
	}

	/** @return whether the source is a package ({@code .pkg.slp}): copied as it is, frames inside */
	public boolean isPackage() {
		return name().toLowerCase(Locale.ROOT).endsWith(".pkg.slp");
	}

	private String name() {
		return source.getFileName().toString();
	}

	/**
	 * Reads the source file.
	 *
	 * @return the labels, whose missing videos the caller may replace before {@link #into}
	 * @throws LabelsFileException naming the file when it is missing or not labels
	 */
	public Labels read(IProgressMonitor monitor) throws LabelsFileException {
		labels = LabelsFiles.load(source, monitor);
		return labels;
	}

	/** @return the name the labels get in the project: a copy is {@code .slp} unless it is a package */
	public String targetName(Mode mode) {
		if (mode == Mode.LINK || isPackage() || name().toLowerCase(Locale.ROOT).endsWith(".slp")) {
			return name();
		}
		int dot = name().lastIndexOf('.');
		return (dot > 0 ? name().substring(0, dot) : name()) + ".slp";
	}

	/**
	 * Brings the labels {@linkplain #read read} into {@code project}.
	 *
	 * @param replacements files chosen for missing videos (used by a copy)
	 * @return the labels file in the project
	 * @throws CoreException naming the file when it cannot be written or linked, or exists already
	 */
	public IFile into(IProject project, Mode mode, Map<Video, Path> replacements, IProgressMonitor monitor)
			throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Importing " + name(), 3);
		IFile target = project.getFile(targetName(mode));
		if (target.exists()) {
			throw new CoreException(Status.error(project.getName() + " already has a file " + target.getName()
					+ ": rename or remove it first"));
		}
		if (mode == Mode.LINK) {
			target.createLink(IPath.fromFile(source.toFile()), IResource.NONE, progress.split(3));
			return target;
		}
		Path file = MyrmexProjects.folderOf(project).resolve(target.getName());
		try {
			if (isPackage()) {
				AtomicFiles.write(file, out -> Files.copy(source, out));
			} else {
				MissingVideos.found(labels, source)
						.forEach((video, path) -> video.setFilename(path.toString()));
				replacements.forEach((video, path) -> video.setFilename(path.toString()));
				LabelsFiles.save(labels, file, progress.split(2));
			}
		} catch (LabelsFileException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		} catch (java.io.IOException e) {
			throw new CoreException(Status.error("Cannot copy " + source + " to " + file + ": " + e.getMessage(), e));
		}
		target.refreshLocal(IResource.DEPTH_ZERO, progress.split(1));
		return target;
	}
}
