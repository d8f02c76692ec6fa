// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.SkeletonJson;
import org.myrmex.model.Edge;
import org.myrmex.model.Instance;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Symmetry;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;
import org.myrmex.model.edit.SkeletonInstances;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.views.SkeletonView;
import org.myrmex.ui.internal.views.skeleton.EdgeDialog;
import org.myrmex.ui.internal.views.skeleton.SkeletonHandler;
import org.myrmex.ui.internal.views.skeleton.SkeletonPanel;

/**
 * The Skeleton view in the real workbench: a project with one video and no skeleton yet, whose skeleton is built
 * through the view's commands and cell editors into {@code ants/antSkeleton.json}'s 18-node ant, saved as JSON
 * and compared with the fixture; undo with Ctrl+Z; deleting a labelled node; loading a skeleton.
 */
@ExtendWith(EditorTestSetup.class)
class SkeletonViewTest {
	@TempDir
	Path folder;

	@Test
	void buildsTheAntSkeletonThroughTheViewAndSavesItAsTheFixture() throws Exception {
		Skeleton ant = SkeletonJson.read(Fixtures.require("ants/antSkeleton.json"));
		assertEquals(18, ant.getNodes().size());
		LabelsEditor editor = openProjectWithoutSkeleton();
		SkeletonPanel panel = showView(editor);
		assertEquals("No skeleton yet: add a node or load a skeleton", panel.checkText());

		// nodes: the first one under a provisional name, renamed in place below
		List<String> names = names(ant.getNodes());
		addNode(panel, "first");
		for (String name : names.subList(1, names.size())) {
			addNode(panel, name);
		}
		// the Add Node dialog refuses a duplicate and a blank name
		Gui.whenShellOpens(SkeletonHandler.ADD_NODE_TITLE, dialog -> {
			Text text = find(dialog, Text.class).get(0);
			Button ok = dialog.getDefaultButton();
			text.setText(names.get(1));
			assertFalse(ok.isEnabled(), "OK for a duplicate name");
			text.setText("  ");
			assertFalse(ok.isEnabled(), "OK for a blank name");
			dialog.close();
		});
		execute(SkeletonHandler.ADD_NODE, Map.of());
		Skeleton skeleton = panel.skeleton();
		assertEquals(18, skeleton.getNodes().size());
		assertEquals("Skeleton-1", skeleton.getName());
		assertTrue(editor.isDirty());

		// rename in place: a blank name is refused with a message, a good one renames
		Node first = skeleton.getNodes().get(0);
		Text nameEditor = editCell(panel.nodesViewer(), first, 1, Text.class);
		nameEditor.setText("");
		assertEquals("A node name must not be blank", panel.message());
		nameEditor.notifyListeners(SWT.DefaultSelection, new Event());
		Gui.settle();
		assertEquals("first", first.getName());
		nameEditor = editCell(panel.nodesViewer(), first, 1, Text.class);
		nameEditor.setText(names.get(0));
		nameEditor.notifyListeners(SWT.DefaultSelection, new Event());
		Gui.settle();
		assertEquals(names, names(skeleton.getNodes()));
		assertEquals(names.get(0), panel.nodesViewer().getTable().getItem(0).getText(1));
		assertEquals("17", panel.nodesViewer().getTable().getItem(17).getText(0));
		assertTrue(panel.checkText().startsWith("18 roots: " + names.get(0) + ", " + names.get(1)),
				panel.checkText());

		// edges through Add Edge from the selected node, the last one first with a wrong parent
		List<String[]> edges = edgePairs(ant);
		for (int i = 0; i < edges.size(); i++) {
			String[] edge = edges.get(i);
			boolean last = i == edges.size() - 1;
			String parent = last ? wrongParent(skeleton, edge) : edge[0];
			panel.nodesViewer().setSelection(new StructuredSelection(node(skeleton, parent)), true);
			AtomicReference<String> preselected = new AtomicReference<>();
			Gui.whenShellOpens(EdgeDialog.TITLE, dialog -> {
				List<Combo> combos = find(dialog, Combo.class);
				preselected.set(combos.get(0).getText());
				choose(combos.get(1), edge[1]);
				Button ok = dialog.getDefaultButton();
				Gui.click(ok, 1, ok.getSize().x / 2, ok.getSize().y / 2);
			});
			execute(SkeletonHandler.ADD_EDGE, Map.of());
			Gui.settle();
			assertEquals(parent, preselected.get(), "the Add Edge dialog starts from the selected node");
			assertEquals(i + 1, skeleton.getEdges().size(), "edge " + parent + " → " + edge[1]);
		}
		// the last edge's parent fixed in its row's drop-down: one remove + add, order kept
		Edge wrong = skeleton.getEdges().get(edges.size() - 1);
		CCombo parentEditor = editCell(panel.edgesViewer(), wrong, 0, CCombo.class);
		choose(parentEditor, edges.get(edges.size() - 1)[0]);
		Gui.settle();
		assertEquals(edges.stream().map(e -> e[0] + "→" + e[1]).toList(), edgePairs(skeleton).stream()
				.map(e -> e[0] + "→" + e[1]).toList());
		assertEquals(SkeletonPanel.SINGLE_TREE, panel.checkText());
		assertEquals(edges.get(edges.size() - 1)[0],
				panel.edgesViewer().getTable().getItem(edges.size() - 1).getText(0));

		// symmetries through each first node's Symmetric drop-down
		for (Symmetry symmetry : ant.getSymmetries()) {
			Node node = node(skeleton, symmetry.getFirst().getName());
			CCombo twin = editCell(panel.nodesViewer(), node, 2, CCombo.class);
			assertEquals("(none)", twin.getItem(0));
			choose(twin, symmetry.getSecond().getName());
			Gui.settle();
		}
		assertEquals(symmetryPairs(ant), symmetryPairs(skeleton));
		int twinRow = skeleton.getNodes().indexOf(node(skeleton, ant.getSymmetries().get(0).getSecond().getName()));
		assertEquals(ant.getSymmetries().get(0).getFirst().getName(),
				panel.nodesViewer().getTable().getItem(twinRow).getText(2));

		// Save Skeleton As…, read back
		Path saved = folder.resolve("built.json");
		execute(SkeletonHandler.SAVE, Map.of(SkeletonHandler.FILE, saved.toString()));
		Skeleton read = SkeletonJson.read(saved);
		assertEquals(names(ant.getNodes()), names(read.getNodes()));
		assertEquals(edgePairs(ant).stream().map(e -> e[0] + "→" + e[1]).toList(),
				edgePairs(read).stream().map(e -> e[0] + "→" + e[1]).toList());
		assertEquals(symmetryPairs(ant), symmetryPairs(read));
		assertEquals(6, symmetryPairs(read).size(), "antSkeleton.json pairs 6 left/right nodes");

		Gui.screenshot(Gui.window().getShell(), "skeleton-view");
	}

	@Test
	void ctrlZOnTheCanvasRemovesTheLastNodeAdded() throws Exception {
		LabelsEditor editor = openProjectWithoutSkeleton();
		SkeletonPanel panel = showView(editor);
		addNode(panel, "Head");
		addNode(panel, "Thorax");
		addNode(panel, "Gaster");
		assertEquals(List.of("Head", "Thorax", "Gaster"), names(panel.skeleton().getNodes()));
		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL, 'z');
		Gui.spinUntil(() -> panel.nodesViewer().getTable().getItemCount() == 2, "the view to drop the node");
		assertEquals(List.of("Head", "Thorax"), names(panel.skeleton().getNodes()));
		assertEquals("Thorax", panel.nodesViewer().getTable().getItem(1).getText(1));
		assertEquals("2 roots: Head, Thorax", panel.checkText());
	}

	@Test
	void deletingALabelledNodeAsksAndIsOneUndoableStep() throws Exception {
		LabelsEditor editor = openProjectWithoutSkeleton();
		SkeletonPanel panel = showView(editor);
		for (String name : List.of("Head", "Thorax", "Gaster")) {
			addNode(panel, name);
		}
		Skeleton skeleton = panel.skeleton();
		addEdge(panel, skeleton, "Head", "Thorax");
		addEdge(panel, skeleton, "Thorax", "Gaster");
		assertEquals(SkeletonPanel.SINGLE_TREE, panel.checkText());
		editor.newInstance(null);
		Gui.settle();
		Instance instance = editor.labeledFrame().orElseThrow().getInstances().get(0);
		assertEquals(3, instance.getPoints().size());
		Node thorax = node(skeleton, "Thorax");
		assertEquals(1, SkeletonInstances.placedCount(editor.labels(), thorax));
		double thoraxX = instance.getPoints().x(1);

		// Delete Edge on the selected edge
		panel.edgesViewer().setSelection(new StructuredSelection(skeleton.getEdges().get(1)), true);
		execute(SkeletonHandler.DELETE_EDGE, Map.of());
		Gui.settle();
		assertEquals(1, skeleton.getEdges().size());
		assertEquals("2 roots: Head, Gaster", panel.checkText());
		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL, 'z');
		Gui.spinUntil(() -> skeleton.getEdges().size() == 2, "the edge back");

		// asked; No keeps the node
		panel.nodesViewer().setSelection(new StructuredSelection(thorax), true);
		AtomicReference<String> question = new AtomicReference<>();
		Gui.whenShellOpens(SkeletonHandler.DELETE_NODE_TITLE, dialog -> {
			question.set(message(dialog));
			Button no = button(dialog, "No");
			Gui.click(no, 1, no.getSize().x / 2, no.getSize().y / 2);
		});
		execute(SkeletonHandler.DELETE_NODE, Map.of());
		Gui.settle();
		assertEquals("Delete node Thorax and its 1 labelled point?", question.get());
		assertEquals(3, skeleton.getNodes().size());

		// Yes deletes node, edges and point in one command
		Gui.whenShellOpens(SkeletonHandler.DELETE_NODE_TITLE, dialog -> {
			Button yes = button(dialog, "Yes");
			Gui.click(yes, 1, yes.getSize().x / 2, yes.getSize().y / 2);
		});
		execute(SkeletonHandler.DELETE_NODE, Map.of());
		Gui.settle();
		assertEquals(List.of("Head", "Gaster"), names(skeleton.getNodes()));
		assertEquals(0, skeleton.getEdges().size());
		assertEquals(2, instance.getPoints().size());
		assertEquals(2, panel.nodesViewer().getTable().getItemCount());
		assertEquals("2 roots: Head, Gaster", panel.checkText());

		// one Ctrl+Z brings all of it back
		Gui.focus(editor.canvas().control());
		Gui.key(SWT.CTRL, 'z');
		Gui.spinUntil(() -> skeleton.getNodes().size() == 3, "the node back");
		assertEquals(List.of("Head", "Thorax", "Gaster"), names(skeleton.getNodes()));
		assertSame(thorax, skeleton.getNodes().get(1));
		assertEquals(2, skeleton.getEdges().size());
		assertEquals(3, instance.getPoints().size());
		assertTrue(instance.getPoints().isPlaced(1));
		assertEquals(thoraxX, instance.getPoints().x(1));
		Gui.spinUntil(() -> SkeletonPanel.SINGLE_TREE.equals(panel.checkText()), "the view refreshed");
	}

	@Test
	void loadsASkeletonOnlyWhileNoInstanceUsesIt() throws Exception {
		LabelsEditor editor = openProjectWithoutSkeleton();
		SkeletonPanel panel = showView(editor);
		Path antFile = Fixtures.require("ants/antSkeleton.json");
		execute(SkeletonHandler.LOAD, Map.of(SkeletonHandler.FILE, antFile.toString()));
		Gui.settle();
		Skeleton loaded = panel.skeleton();
		assertNotNull(loaded);
		assertEquals(names(SkeletonJson.read(antFile).getNodes()), names(loaded.getNodes()));
		assertEquals(18, panel.nodesViewer().getTable().getItemCount());
		assertEquals(17, panel.edgesViewer().getTable().getItemCount());
		assertEquals(SkeletonPanel.SINGLE_TREE, panel.checkText());

		editor.newInstance(null);
		Gui.settle();
		AtomicReference<String> refusal = new AtomicReference<>();
		Gui.whenShellOpens(SkeletonHandler.LOAD_TITLE, dialog -> {
			refusal.set(message(dialog));
			Button ok = dialog.getDefaultButton();
			Gui.click(ok, 1, ok.getSize().x / 2, ok.getSize().y / 2);
		});
		execute(SkeletonHandler.LOAD, Map.of(SkeletonHandler.FILE, antFile.toString()));
		Gui.settle();
		assertEquals("Skeleton Skeleton-1 is used by 1 instance. A skeleton can be loaded only into labels that"
				+ " have no instances of the current one.", refusal.get());
		assertSame(loaded, panel.skeleton());
	}

	// ---- the project and the view

	/** A project with one video (a copy of {@code centered_pair_small.mp4}) and no skeleton, saved as .slp. */
	private LabelsEditor openProjectWithoutSkeleton() throws Exception {
		Path video = Files.copy(Fixtures.require("sleap/videos/centered_pair_small.mp4"),
				folder.resolve("centered_pair_small.mp4"));
		Labels labels = LabelsFactory.eINSTANCE.createLabels();
		Video entry = LabelsFactory.eINSTANCE.createVideo();
		entry.setFilename(video.toString());
		entry.setBackend(VideoBackend.MEDIA);
		labels.getVideos().add(entry);
		Path file = folder.resolve("new-skeleton.slp");
		LabelsFiles.save(labels, file, new NullProgressMonitor());
		return Gui.open(file);
	}

	private static SkeletonPanel showView(LabelsEditor editor) throws Exception {
		SkeletonView view = (SkeletonView) Gui.page().showView(SkeletonView.ID);
		SkeletonPanel panel = view.panel();
		Gui.spinUntil(() -> panel.editor() == editor, "the Skeleton view to follow the editor");
		return panel;
	}

	private static void execute(String command, Map<String, String> parameters) throws Exception {
		ICommandService commands = Gui.window().getService(ICommandService.class);
		IHandlerService handlers = Gui.window().getService(IHandlerService.class);
		handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(command), parameters), null);
	}

	/** Add Node, answering its dialog with {@code name} and a click on OK. */
	private static void addNode(SkeletonPanel panel, String name) throws Exception {
		int before = panel.skeleton() == null ? 0 : panel.skeleton().getNodes().size();
		Gui.whenShellOpens(SkeletonHandler.ADD_NODE_TITLE, dialog -> {
			find(dialog, Text.class).get(0).setText(name);
			Button ok = dialog.getDefaultButton();
			assertTrue(ok.isEnabled(), "OK for " + name);
			Gui.click(ok, 1, ok.getSize().x / 2, ok.getSize().y / 2);
		});
		execute(SkeletonHandler.ADD_NODE, Map.of());
		Gui.spinUntil(() -> panel.nodesViewer().getTable().getItemCount() == before + 1, "node " + name + " listed");
		assertEquals(name, panel.skeleton().getNodes().get(before).getName());
	}

	private static void addEdge(SkeletonPanel panel, Skeleton skeleton, String parent, String child)
			throws Exception {
		int before = skeleton.getEdges().size();
		panel.nodesViewer().setSelection(new StructuredSelection(node(skeleton, parent)), true);
		Gui.whenShellOpens(EdgeDialog.TITLE, dialog -> {
			choose(find(dialog, Combo.class).get(1), child);
			Button ok = dialog.getDefaultButton();
			Gui.click(ok, 1, ok.getSize().x / 2, ok.getSize().y / 2);
		});
		execute(SkeletonHandler.ADD_EDGE, Map.of());
		Gui.spinUntil(() -> panel.edgesViewer().getTable().getItemCount() == before + 1, "edge listed");
	}

	/** Starts editing {@code element}'s cell in {@code column} and returns the visible cell editor control. */
	private static <T extends Control> T editCell(TableViewer viewer, Object element, int column, Class<T> type) {
		viewer.editElement(element, column);
		Gui.spinUntil(viewer::isCellEditorActive, "a cell editor on column " + column);
		for (Control child : viewer.getTable().getChildren()) {
			if (type.isInstance(child) && child.isVisible()) {
				return type.cast(child);
			}
		}
		throw new AssertionError("no visible " + type.getSimpleName() + " editing column " + column);
	}

	/** Picks {@code item} in a drop-down and applies it as Enter would. */
	private static void choose(Control combo, String item) {
		if (combo instanceof CCombo cell) {
			int index = Arrays.asList(cell.getItems()).indexOf(item);
			assertTrue(index >= 0, item + " in " + Arrays.toString(cell.getItems()));
			cell.select(index);
			cell.notifyListeners(SWT.DefaultSelection, new Event());
		} else {
			Combo plain = (Combo) combo;
			int index = Arrays.asList(plain.getItems()).indexOf(item);
			assertTrue(index >= 0, item + " in " + Arrays.toString(plain.getItems()));
			plain.select(index);
			plain.notifyListeners(SWT.Modify, new Event());
		}
	}

	private static <T extends Control> List<T> find(Composite parent, Class<T> type) {
		List<T> found = new ArrayList<>();
		for (Control child : parent.getChildren()) {
			if (type.isInstance(child)) {
				found.add(type.cast(child));
			}
			if (child instanceof Composite composite) {
				found.addAll(find(composite, type));
			}
		}
		return found;
	}

	private static Button button(Shell dialog, String text) {
		return find(dialog, Button.class).stream().filter(b -> text.equals(b.getText().replace("&", ""))).findFirst()
				.orElseThrow(() -> new AssertionError("no button " + text));
	}

	/** The message of a JFace message dialog: its longest label. */
	private static String message(Shell dialog) {
		return find(dialog, Label.class).stream().map(Label::getText)
				.max((a, b) -> Integer.compare(a.length(), b.length())).orElse("");
	}

	// ---- skeletons as names

	private static List<String> names(List<Node> nodes) {
		return nodes.stream().map(Node::getName).toList();
	}

	private static Node node(Skeleton skeleton, String name) {
		return skeleton.getNodes().stream().filter(n -> n.getName().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError("no node " + name));
	}

	private static List<String[]> edgePairs(Skeleton skeleton) {
		return skeleton.getEdges().stream()
				.map(e -> new String[] { e.getSource().getName(), e.getDestination().getName() }).toList();
	}

	private static Set<Set<String>> symmetryPairs(Skeleton skeleton) {
		Set<Set<String>> pairs = new HashSet<>();
		for (Symmetry symmetry : skeleton.getSymmetries()) {
			pairs.add(Set.of(symmetry.getFirst().getName(), symmetry.getSecond().getName()));
		}
		return pairs;
	}

	/** A parent for {@code edge}'s child that is neither its real parent nor the child, with no such edge yet. */
	private static String wrongParent(Skeleton skeleton, String[] edge) {
		for (Node node : skeleton.getNodes()) {
			String name = node.getName();
			if (!name.equals(edge[0]) && !name.equals(edge[1]) && skeleton.getEdges().stream()
					.noneMatch(e -> e.getSource() == node && e.getDestination().getName().equals(edge[1]))) {
				return name;
			}
		}
		throw new AssertionError("no wrong parent for " + edge[1]);
	}
}
