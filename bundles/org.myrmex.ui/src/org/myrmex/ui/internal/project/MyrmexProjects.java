// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.project;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;

/** Workspace projects with the {@linkplain MyrmexNature Myrmex nature}. */
public final class MyrmexProjects {
	private MyrmexProjects() {
	}

	public static IWorkspace workspace() {
		return ResourcesPlugin.getWorkspace();
	}

	/** @return a problem with {@code name} as a new project's name, or null when it can be used */
	public static String checkName(String name) {
		if (name == null || name.isBlank()) {
			return "Enter a project name";
		}
		IStatus valid = workspace().validateName(name, IResource.PROJECT);
		if (!valid.isOK()) {
			return valid.getMessage();
		}
		if (workspace().getRoot().getProject(name).exists()) {
			return "A project named '" + name + "' already exists in the workspace";
		}
		return null;
	}

	/**
	 * Creates and opens a Myrmex project in {@code location} (null: the workspace's folder of that name).
	 *
	 * @throws CoreException naming the project when it cannot be created (e.g. the folder is not writable)
	 */
	public static IProject create(String name, URI location, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating project " + name, 2);
		IProject project = workspace().getRoot().getProject(name);
		IProjectDescription description = workspace().newProjectDescription(name);
		description.setLocationURI(location);
		description.setNatureIds(new String[] { MyrmexNature.ID });
		project.create(description, progress.split(1));
		project.open(progress.split(1));
		return project;
	}

	/**
	 * Makes the folder {@code folder} of the workspace a Myrmex project of the same name if it is not one yet
	 * (e.g. the sample project), and brings the workspace up to date with its files.
	 */
	public static IProject adopt(Path folder, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, 3);
		String name = folder.getFileName().toString();
		IProject project = workspace().getRoot().getProject(name);
		if (!project.exists()) {
			Path workspaceFolder = workspace().getRoot().getLocation().toFile().toPath();
			boolean inWorkspace = folder.toAbsolutePath().normalize().getParent().equals(workspaceFolder.toAbsolutePath().normalize());
			IProjectDescription description = workspace().newProjectDescription(name);
			description.setLocationURI(inWorkspace ? null : folder.toUri());
			description.setNatureIds(new String[] { MyrmexNature.ID });
			project.create(description, progress.split(1));
		}
		progress.setWorkRemaining(2);
		if (!project.isOpen()) {
			project.open(progress.split(1));
		}
		progress.setWorkRemaining(1);
		project.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
		return project;
	}

	/** @return whether {@code project} is open and a Myrmex project */
	public static boolean isMyrmex(IProject project) {
		try {
			return project.isOpen() && project.hasNature(MyrmexNature.ID);
		} catch (CoreException e) {
			return false;
		}
	}

	/** @return the open Myrmex projects of the workspace, by name */
	public static List<IProject> all() {
		List<IProject> projects = new ArrayList<>();
		for (IProject project : workspace().getRoot().getProjects()) {
			if (isMyrmex(project)) {
				projects.add(project);
			}
		}
		return projects;
	}

	/** @return the folder of {@code project} on disk */
	public static Path folderOf(IProject project) {
		return project.getLocation().toFile().toPath();
	}

	/** @return whether {@code folder} holds something (a new project there would mix with it) */
	public static boolean isNonEmptyFolder(Path folder) {
		try (var entries = Files.list(folder)) {
			return entries.findAny().isPresent();
		} catch (java.io.IOException e) {
			return false;
		}
	}
}
