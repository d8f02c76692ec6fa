// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.ui.internal.app.AnalysisPerspective;
import org.myrmex.ui.internal.app.LabellingPerspective;
import org.myrmex.ui.tests.Gui;

/**
 * A workspace project for the analysis views, in a temporary folder (the fixtures are only read): the ant group's
 * {@code main.v001.slp} and {@code col224.v001.slp}, and in {@code models/} copies of their top-down pair of SLEAP
 * runs from {@code ants/models/general_models/}.
 */
final class AnalysisProject {
	static final String MAIN = "main.v001.slp";
	static final String COL224 = "col224.v001.slp";
	static final String RUNS = "ants/models/general_models/";
	static final String CENTROID = "filter_32-stride_32.240425_031454.centroid";
	static final String CENTRED = "filter_32-stride_32.240425_031454.centered_instance";

	private AnalysisProject() {
	}

	/** Fills {@code folder} and opens it as the workspace project {@code name}. */
	static IProject create(String name, Path folder) throws IOException, CoreException {
		for (String labels : List.of(MAIN, COL224)) {
			copy(Fixtures.require("ants/datasets/" + labels), folder.resolve(labels));
		}
		for (String run : List.of(CENTROID, CENTRED)) {
			copyFolder(Fixtures.require(RUNS + run), folder.resolve("models").resolve(run));
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProject project = workspace.getRoot().getProject(name);
		IProjectDescription description = workspace.newProjectDescription(name);
		description.setLocation(org.eclipse.core.runtime.Path.fromOSString(folder.toString()));
		project.create(description, null);
		project.open(null);
		return project;
	}

	/** Copies a folder's files (the copies writable: the fixtures are read-only). */
	static void copyFolder(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					copy(file, target);
				}
			}
		}
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to.getParent());
		Files.copy(from, to);
		Files.setPosixFilePermissions(to, PosixFilePermissions.fromString("rw-r--r--"));
	}

	/** Selects {@code resource} in the Project Explorer, as a click would: the explorer active, then its selection. */
	static void select(IResource resource) throws Exception {
		CommonNavigator explorer = (CommonNavigator) Gui.page().findView(IPageLayout.ID_PROJECT_EXPLORER);
		Gui.page().activate(explorer);
		Gui.spinUntil(() -> {
			explorer.getCommonViewer().refresh();
			explorer.getCommonViewer().setSelection(new StructuredSelection(resource), true);
			return explorer.getCommonViewer().getTree().getSelectionCount() == 1;
		}, resource.getName() + " in the Project Explorer");
		Gui.settle();
	}

	/** @return the resource selected in the Project Explorer, or null */
	static Object explorerSelection() {
		CommonNavigator explorer = (CommonNavigator) Gui.page().findView(IPageLayout.ID_PROJECT_EXPLORER);
		return explorer.getCommonViewer().getStructuredSelection().getFirstElement();
	}

	static void analysisPerspective() {
		perspective(AnalysisPerspective.ID);
	}

	static void labellingPerspective() {
		perspective(LabellingPerspective.ID);
	}

	private static void perspective(String id) {
		Gui.page().setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id));
		Gui.settle();
	}
}
