// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views.skeleton;

import java.nio.file.Path;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchWindow;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SkeletonJson;
import org.myrmex.model.Edge;
import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.edit.SkeletonCommands;
import org.myrmex.model.edit.SkeletonInstances;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.views.ActiveEditorHandler;

/**
 * The Skeleton view's commands, on the active labels editor's skeleton (the view's selection says which node or
 * edge): Add Node, Delete Node, Add Edge, Delete Edge, Load Skeleton…, Save Skeleton As…. The variant is the text
 * after the colon of the class name in {@code plugin.xml}. Load and Save take the file from the command's
 * {@value #FILE} parameter when given (scripts, tests), else from a file dialog. Enabled only while the page has a
 * labels editor.
 */
public final class SkeletonHandler extends ActiveEditorHandler {
	/** The optional parameter of Load Skeleton… and Save Skeleton As…: the JSON file, skipping the dialog. */
	public static final String FILE = "org.myrmex.ui.commands.skeleton.file";
	public static final String ADD_NODE = "org.myrmex.ui.commands.skeleton.addNode";
	public static final String DELETE_NODE = "org.myrmex.ui.commands.skeleton.deleteNode";
	public static final String ADD_EDGE = "org.myrmex.ui.commands.skeleton.addEdge";
	public static final String DELETE_EDGE = "org.myrmex.ui.commands.skeleton.deleteEdge";
	public static final String LOAD = "org.myrmex.ui.commands.skeleton.load";
	public static final String SAVE = "org.myrmex.ui.commands.skeleton.saveAs";
	/** Dialog titles. */
	public static final String ADD_NODE_TITLE = "Add Node";
	public static final String DELETE_NODE_TITLE = "Delete Node";
	public static final String LOAD_TITLE = "Load Skeleton";
	public static final String SAVE_TITLE = "Save Skeleton As";

	@Override
	protected void run(IWorkbenchWindow window, LabelsEditor editor, String variant, ExecutionEvent event) {
		SkeletonPanel panel = panel(window, editor);
		Shell shell = window.getShell();
		String file = event.getParameter(FILE);
		switch (variant) {
		case "addNode" -> addNode(shell, editor, panel);
		case "deleteNode" -> deleteNode(shell, editor, panel);
		case "addEdge" -> addEdge(shell, editor, panel);
		case "deleteEdge" -> deleteEdge(editor, panel);
		case "load" -> load(shell, editor, file);
		case "saveAs" -> save(shell, editor, file);
		default -> throw new IllegalStateException("unknown skeleton command " + variant);
		}
	}

	/** The Skeleton view's panel when it shows {@code editor}, else null (no selection then). */
	private static SkeletonPanel panel(IWorkbenchWindow window, LabelsEditor editor) {
		if (window.getActivePage().findView(SkeletonViewPart.ID) instanceof SkeletonViewPart view
				&& view.panel() != null && view.panel().editor() == editor) {
			return view.panel();
		}
		return null;
	}

	private static void addNode(Shell shell, LabelsEditor editor, SkeletonPanel panel) {
		Labels labels = editor.labels();
		Skeleton skeleton = SkeletonEdits.skeleton(labels);
		String suggestion = "node" + (skeleton == null ? 0 : skeleton.getNodes().size());
		InputDialog dialog = new InputDialog(shell, ADD_NODE_TITLE, "Name of the new node:", suggestion,
				text -> SkeletonEdits.nameProblem(SkeletonEdits.skeleton(labels), null, text));
		if (dialog.open() == Window.OK) {
			run(editor, panel, () -> SkeletonEdits.addNode(editor.getEditingDomain(), labels, dialog.getValue()));
		}
	}

	private static void deleteNode(Shell shell, LabelsEditor editor, SkeletonPanel panel) {
		Node node = panel == null ? null : panel.selectedNode();
		if (node == null) {
			report(shell, panel, DELETE_NODE_TITLE, "Select the node to delete in the Skeleton view");
			return;
		}
		int placed = SkeletonInstances.placedCount(editor.labels(), node);
		if (placed > 0 && !MessageDialog.openQuestion(shell, DELETE_NODE_TITLE,
				"Delete node " + node.getName() + " and its " + placed + " labelled point" + (placed == 1 ? "" : "s")
						+ "?")) {
			return;
		}
		run(editor, panel, () -> SkeletonCommands.deleteNode(editor.getEditingDomain(), editor.labels(), node));
	}

	private static void addEdge(Shell shell, LabelsEditor editor, SkeletonPanel panel) {
		Skeleton skeleton = SkeletonEdits.skeleton(editor.labels());
		if (skeleton == null || skeleton.getNodes().size() < 2) {
			report(shell, panel, EdgeDialog.TITLE, "An edge joins two nodes: add nodes first");
			return;
		}
		EdgeDialog dialog = new EdgeDialog(shell, skeleton, panel == null ? null : panel.selectedNode());
		if (dialog.open() == Window.OK) {
			run(editor, panel,
					() -> SkeletonCommands.addEdge(editor.getEditingDomain(), skeleton, dialog.parent(), dialog.child()));
		}
	}

	private static void deleteEdge(LabelsEditor editor, SkeletonPanel panel) {
		Edge edge = panel == null ? null : panel.selectedEdge();
		if (edge == null) {
			report(editor.getSite().getShell(), panel, "Delete Edge", "Select the edge to delete in the Skeleton view");
			return;
		}
		run(editor, panel, () -> SkeletonCommands.removeEdge(editor.getEditingDomain(), edge));
	}

	private static void load(Shell shell, LabelsEditor editor, String file) {
		Labels labels = editor.labels();
		Skeleton current = SkeletonEdits.skeleton(labels);
		int used = current == null ? 0 : SkeletonEdits.instancesOf(labels, current);
		if (used > 0) {
			MessageDialog.openInformation(shell, LOAD_TITLE, "Skeleton " + current.getName() + " is used by " + used
					+ " instance" + (used == 1 ? "" : "s")
					+ ". A skeleton can be loaded only into labels that have no instances of the current one.");
			return;
		}
		String chosen = file != null ? file : chooseFile(shell, SWT.OPEN, LOAD_TITLE, null);
		if (chosen == null) {
			return;
		}
		try {
			Skeleton loaded = SkeletonJson.read(Path.of(chosen));
			editor.execute(SkeletonEdits.loadSkeleton(editor.getEditingDomain(), labels, loaded));
		} catch (LabelsFileException | IllegalArgumentException e) {
			MessageDialog.openError(shell, LOAD_TITLE, e.getMessage());
		}
	}

	private static void save(Shell shell, LabelsEditor editor, String file) {
		Skeleton skeleton = SkeletonEdits.skeleton(editor.labels());
		if (skeleton == null) {
			MessageDialog.openInformation(shell, SAVE_TITLE, "These labels have no skeleton yet");
			return;
		}
		String chosen = file != null ? file
				: chooseFile(shell, SWT.SAVE, SAVE_TITLE, skeleton.getName() + ".json");
		if (chosen == null) {
			return;
		}
		try {
			SkeletonJson.write(skeleton, Path.of(chosen));
		} catch (LabelsFileException e) {
			MessageDialog.openError(shell, SAVE_TITLE, e.getMessage());
		}
	}

	private static String chooseFile(Shell shell, int style, String title, String name) {
		FileDialog dialog = new FileDialog(shell, style);
		dialog.setText(title);
		dialog.setFilterExtensions(new String[] { "*.json", "*" });
		dialog.setFilterNames(new String[] { "SLEAP skeleton (*.json)", "All files" });
		if (name != null) {
			dialog.setFileName(name);
			dialog.setOverwrite(true);
		}
		return dialog.open();
	}

	/** Builds the command (refusals come as IllegalArgumentException) and runs it on the editor's stack. */
	private static void run(LabelsEditor editor, SkeletonPanel panel, java.util.function.Supplier<Command> command) {
		try {
			editor.execute(command.get());
		} catch (IllegalArgumentException e) {
			report(editor.getSite().getShell(), panel, "Skeleton", e.getMessage());
		}
	}

	private static void report(Shell shell, SkeletonPanel panel, String title, String text) {
		if (panel != null) {
			panel.report(text);
		} else {
			MessageDialog.openInformation(shell, title, text);
		}
	}
}
