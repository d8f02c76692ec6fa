// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.project;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.SkeletonJson;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Video;

/**
 * Makes a new Myrmex project: the project with its nature, a {@code videos} folder linking to each video where
 * it lies (videos of many gigabytes are never copied), the skeleton as {@code skeleton.json} and the labels,
 * empty but for the videos and the skeleton, as {@code NAME.slp}.
 */
public final class NewProject implements IWorkspaceRunnable {
	/** The folder of links to the project's videos. */
	public static final String VIDEOS = "videos";
	/** The skeleton file, SLEAP's standalone skeleton JSON. */
	public static final String SKELETON = "skeleton.json";

	private final String name;
	private final URI location;
	private final List<Video> videos;
	private final Skeleton skeleton;
	private IProject project;

	/**
	 * @param location the project's folder, or null for the workspace's folder named {@code name}
	 * @param videos   the videos (absolute file names), in order
	 */
	public NewProject(String name, URI location, List<Video> videos, Skeleton skeleton) {
		this.name = name;
		this.location = location;
		this.videos = List.copyOf(videos);
		this.skeleton = skeleton;
	}

	@Override
	public void run(IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating project " + name, 3 + videos.size());
		project = MyrmexProjects.create(name, location, progress.split(1));
		IFolder links = project.getFolder(VIDEOS);
		if (!videos.isEmpty()) {
			links.create(false, true, progress.split(1));
		}
		progress.setWorkRemaining(1 + videos.size());
		Set<String> used = new HashSet<>();
		for (Video video : videos) {
			Path file = Path.of(video.getFilename());
			String linkName = unique(file.getFileName().toString(), used);
			IPath target = IPath.fromFile(file.toFile());
			if (java.nio.file.Files.isDirectory(file)) {
				links.getFolder(linkName).createLink(target, IResource.NONE, progress.split(1));
			} else {
				links.getFile(linkName).createLink(target, IResource.NONE, progress.split(1));
			}
		}
		Labels labels = LabelsFactory.eINSTANCE.createLabels();
		labels.getVideos().addAll(videos);
		labels.getSkeletons().add(skeleton);
		Path folder = MyrmexProjects.folderOf(project);
		try {
			if (!skeleton.getNodes().isEmpty()) {
				SkeletonJson.write(org.eclipse.emf.ecore.util.EcoreUtil.copy(skeleton), folder.resolve(SKELETON));
			}
			LabelsFiles.save(labels, labelsFile(), progress.split(1));
		} catch (LabelsFileException e) {
			throw new CoreException(Status.error(e.getMessage(), e));
		}
		project.refreshLocal(IResource.DEPTH_ONE, null);
	}

	private static String unique(String fileName, Set<String> used) {
		String candidate = fileName;
		for (int n = 2; !used.add(candidate); n++) {
			int dot = fileName.lastIndexOf('.');
			candidate = dot > 0 ? fileName.substring(0, dot) + "-" + n + fileName.substring(dot) : fileName + "-" + n;
		}
		return candidate;
	}

	/** @return the project made (after {@link #run}) */
	public IProject project() {
		return project;
	}

	/** @return the project's labels file (after {@link #run}) */
	public Path labelsFile() {
		return MyrmexProjects.folderOf(project).resolve(name + ".slp");
	}

	/** @return the project's labels file as a workspace file (after {@link #run}) */
	public IFile labels() {
		return project.getFile(name + ".slp");
	}
}
