// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myrmex.analysis.LabelAnalysis;
import org.myrmex.analysis.LabelAnalysis.NodeCount;
import org.myrmex.analysis.LabelAnalysis.VideoAnalysis;
import org.myrmex.analysis.LabelAnalysisCsv;
import org.myrmex.analysis.ui.internal.labels.LabelAnalysisView;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.PredictedInstance;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.editor.OpenLabelsJob;
import org.myrmex.ui.internal.project.MissingVideosDialog;
import org.myrmex.ui.tests.EditorTestSetup;
import org.myrmex.ui.tests.Gui;

/**
 * The Label Analysis view on the ant group's {@code main.v001.slp} (its 4K videos are not at hand: the editor opens
 * with them missing): the counts {@link LabelAnalysis} computes for the file and each video, one bar per node,
 * counted again after an edit and its undo, and Copy as CSV.
 */
@ExtendWith(EditorTestSetup.class)
class LabelAnalysisViewTest extends ProjectTest {
	@Test
	void showsTheCountsOfTheLabelsInTheEditorAndCountsAgainAfterEdits() throws Exception {
		project = AnalysisProject.create("label-analysis", folder);
		Path file = folder.resolve(AnalysisProject.MAIN);
		Labels read = SlpReader.read(Fixtures.require("ants/datasets/main.v001.slp"));
		LabelAnalysis expected = LabelAnalysis.of(read);
		List<VideoAnalysis> videos = LabelAnalysis.perVideo(read);
		LabelsEditor editor = open(file);

		AnalysisProject.analysisPerspective();
		LabelAnalysisView view = (LabelAnalysisView) Gui.page().findView(LabelAnalysisView.ID);
		assertNotNull(view, "the Label Analysis view in the Analysis perspective");
		Gui.spinUntil(() -> view.analysis() != null && file.equals(view.file()), "the analysis of " + file);
		Table scopes = view.scopes();
		assertEquals(5, scopes.getItemCount(), "the file and its 4 videos");
		assertEquals(List.of("main.v001.slp", "81", "80", "1581", "0", "0"), row(scopes, 0));
		for (int v = 0; v < 4; v++) {
			LabelAnalysis video = videos.get(v).analysis();
			assertEquals(List.of(Integer.toString(video.frames()), Integer.toString(video.labelledFrames()),
					Integer.toString(video.userInstances())), row(scopes, v + 1).subList(1, 4));
		}
		assertEquals(81, videos.stream().mapToInt(v -> v.analysis().frames()).sum());
		assertNodes(view, expected);
		int[] invisible = { 5, 0, 0, 17, 0, 6, 19, 52, 20, 62, 6, 30, 10, 40, 4, 16, 11, 31 };
		for (int node = 0; node < 18; node++) {
			assertEquals(Integer.toString(invisible[node]), view.nodes().getItem(node).getText(1));
		}
		Gui.screenshot(Gui.window().getShell(), "label-analysis");

		// a video's row: its own nodes and charts
		clickRow(scopes, 2);
		assertNodes(view, videos.get(1).analysis());
		assertEquals(videos.get(1).analysis().instancesPerFrame().size(),
				view.histogramChart().getXYPlot().getDataset().getItemCount(0));
		clickRow(scopes, 0);
		assertNodes(view, expected);

		// an edit in the editor (one user instance removed, as one command on its stack), then its undo
		Labels labels = editor.labels();
		LabeledFrame frame = labels.getLabeledFrames().stream()
				.filter(f -> f.getInstances().stream().anyMatch(i -> !(i instanceof PredictedInstance))).findFirst()
				.orElseThrow();
		Instance removed = frame.getInstances().get(0);
		Command remove = RemoveCommand.create(editor.getEditingDomain(), frame,
				LabelsPackage.Literals.LABELED_FRAME__INSTANCES, removed);
		editor.getEditingDomain().getCommandStack().execute(remove);
		Gui.spinUntil(() -> "1580".equals(scopes.getItem(0).getText(3)), "1580 user instances after the edit");
		assertNodes(view, LabelAnalysis.of(labels));
		editor.getEditingDomain().getCommandStack().undo();
		Gui.spinUntil(() -> "1581".equals(scopes.getItem(0).getText(3)), "1581 user instances after the undo");
		assertNodes(view, expected);

		// Copy as CSV: the file, then each video
		execute("org.myrmex.analysis.ui.commands.copyCsv");
		Clipboard clipboard = new Clipboard(Gui.display());
		try {
			String csv = (String) clipboard.getContents(TextTransfer.getInstance());
			assertEquals(LabelAnalysisCsv.of("main.v001.slp", expected, videos), csv);
			assertEquals(6, csv.split("\n").length);
		} finally {
			clipboard.dispose();
		}
	}

	private static void assertNodes(LabelAnalysisView view, LabelAnalysis analysis) {
		Table nodes = view.nodes();
		CategoryDataset bars = view.invisibleChart().getCategoryPlot().getDataset();
		assertEquals(analysis.invisibleByNode().size(), nodes.getItemCount());
		assertEquals(analysis.invisibleByNode().size(), bars.getColumnCount(), "one bar per node");
		assertEquals(1, bars.getRowCount());
		for (int i = 0; i < nodes.getItemCount(); i++) {
			NodeCount node = analysis.invisibleByNode().get(i);
			assertEquals(List.of(node.node(), Integer.toString(node.invisible()),
					String.format(Locale.ROOT, "%.2f", node.percent())), row(nodes, i));
			assertEquals(node.node(), bars.getColumnKey(i));
			assertEquals(node.percent(), bars.getValue(0, i).doubleValue(), 1e-12);
		}
	}

	/** Opens {@code file} as the explorer's launcher does, keeping its missing videos missing. */
	static LabelsEditor open(Path file) {
		Gui.waitForSampleProject();
		Gui.whenShellOpens(MissingVideosDialog.TITLE, dialog -> Gui.press(Gui.button(dialog, "Keep Missing")));
		new OpenLabelsJob(Gui.window(), file).schedule();
		Gui.spinUntil(() -> org.eclipse.core.runtime.jobs.Job.getJobManager().find(OpenLabelsJob.FAMILY).length == 0
				&& Gui.page().getActiveEditor() instanceof LabelsEditor editor && editor.file().equals(file)
				&& Gui.display().getActiveShell() == Gui.window().getShell(), "the editor of " + file);
		return (LabelsEditor) Gui.page().getActiveEditor();
	}

	static List<String> row(Table table, int row) {
		List<String> cells = new ArrayList<>();
		for (int c = 0; c < table.getColumnCount(); c++) {
			cells.add(table.getItem(row).getText(c));
		}
		return cells;
	}

	/** A real click on a row's first cell (the pointer first off the table, so that no tooltip covers the row). */
	static void clickRow(Table table, int row) {
		Gui.mouseMove(table, table.getSize().x / 2, -40);
		Gui.settle();
		table.showItem(table.getItem(row));
		Gui.settle();
		Rectangle cell = table.getItem(row).getBounds(0);
		// near the row's top: the bottom row's lower half lies under GTK's overlay scroll bar, which shows on hover
		Gui.click(table, 1, cell.x + cell.width / 2, cell.y + 4);
		Gui.spinUntil(() -> table.getSelectionIndex() == row, "row " + row + " selected");
	}

	static void execute(String commandId) throws Exception {
		ICommandService commands = Gui.window().getService(ICommandService.class);
		ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand(commandId), null);
		Gui.window().getService(IHandlerService.class).executeCommand(command, null);
	}
}
