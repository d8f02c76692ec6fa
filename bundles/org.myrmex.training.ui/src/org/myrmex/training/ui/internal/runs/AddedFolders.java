// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.runs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The model folders the user added to the Model Runs view, remembered per project: in the project's preferences
 * ({@code .settings/org.myrmex.training.ui.prefs}, key {@value #KEY}, one absolute path a line) when the labels lie
 * in a workspace project, else in the workspace's preferences under the labels folder's path.
 */
public final class AddedFolders {
	static final String NODE = "org.myrmex.training.ui";
	static final String KEY = "modelFolders";

	private AddedFolders() {
	}

	/** @return the folders added for the labels in {@code labelsFolder} */
	public static List<Path> get(Path labelsFolder) {
		String text = node(labelsFolder).get(key(labelsFolder), "");
		return Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).map(Path::of).toList();
	}

	/** Adds {@code folder} (once) to the list of {@code labelsFolder}. */
	static void add(Path labelsFolder, Path folder) throws BackingStoreException {
		List<Path> folders = new ArrayList<>(get(labelsFolder));
		Path added = folder.toAbsolutePath().normalize();
		if (!folders.contains(added)) {
			folders.add(added);
		}
		put(labelsFolder, folders);
	}

	/** Removes {@code folder} from the list of {@code labelsFolder}. */
	static void remove(Path labelsFolder, Path folder) throws BackingStoreException {
		List<Path> folders = new ArrayList<>(get(labelsFolder));
		folders.remove(folder.toAbsolutePath().normalize());
		put(labelsFolder, folders);
	}

	private static void put(Path labelsFolder, List<Path> folders) throws BackingStoreException {
		IEclipsePreferences node = node(labelsFolder);
		node.put(key(labelsFolder), String.join("\n", folders.stream().map(Path::toString).toList()));
		node.flush();
	}

	private static IEclipsePreferences node(Path labelsFolder) {
		IContainer container = container(labelsFolder);
		return container != null ? new ProjectScope(container.getProject()).getNode(NODE)
				: InstanceScope.INSTANCE.getNode(NODE);
	}

	private static String key(Path labelsFolder) {
		return container(labelsFolder) != null ? KEY : KEY + ":" + labelsFolder.toAbsolutePath().normalize();
	}

	/** @return the workspace folder or project at {@code folder}, or null when none is there */
	private static IContainer container(Path folder) {
		IContainer[] found = ResourcesPlugin.getWorkspace().getRoot()
				.findContainersForLocationURI(folder.toAbsolutePath().normalize().toUri());
		for (IContainer c : found) {
			if (c.getProject() != null && c.getProject().isOpen()) {
				return c;
			}
		}
		return null;
	}
}
