// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;


import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myrmex.analysis.LabelAnalysis;
import org.myrmex.analysis.ui.internal.labels.LabelAnalysisView;
import org.myrmex.analysis.ui.internal.models.ModelComparisonView;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.ui.internal.app.AnalysisPerspective;
import org.myrmex.ui.internal.app.LabellingPerspective;
import org.myrmex.ui.internal.views.StatisticsView;
import org.myrmex.ui.tests.EditorTestSetup;
import org.myrmex.ui.tests.Gui;

/**
 * The Analysis perspective's layout, and switching between it and Labelling in both directions: the labels and run
 * chosen in one are what the other shows, and the Project Explorer's selection stays.
 */
@ExtendWith(EditorTestSetup.class)
class AnalysisPerspectiveTest extends ProjectTest {
	@Test
	void switchingPerspectivesKeepsTheLabelsAndRunSelected() throws Exception {
		project = AnalysisProject.create("switching", folder);
		IFolder centred = project.getFolder("models").getFolder(AnalysisProject.CENTRED);
		IFolder centroid = project.getFolder("models").getFolder(AnalysisProject.CENTROID);
		IFile col224 = project.getFile(AnalysisProject.COL224);
		String col224Users = Integer.toString(LabelAnalysis
				.of(SlpReader.read(Fixtures.require("ants/datasets/" + AnalysisProject.COL224))).userInstances());

		// Labelling: main.v001.slp in the editor, the centred-instance run selected in the Project Explorer
		LabelAnalysisViewTest.open(folder.resolve(AnalysisProject.MAIN));
		AnalysisProject.select(centred);
		AnalysisProject.analysisPerspective();
		assertEquals(AnalysisPerspective.ID, Gui.page().getPerspective().getId());
		assertNotNull(Gui.page().findView(IPageLayout.ID_PROJECT_EXPLORER));
		assertNotNull(Gui.page().findView(StatisticsView.ID));
		LabelAnalysisView labels = (LabelAnalysisView) Gui.page().findView(LabelAnalysisView.ID);
		ModelComparisonView models = (ModelComparisonView) Gui.page().findView(ModelComparisonView.ID);
		assertNotNull(labels);
		assertNotNull(models);
		assertEquals(centred, AnalysisProject.explorerSelection());
		waitForLabels(labels, AnalysisProject.MAIN, "1581");
		waitForRun(models, AnalysisProject.CENTRED);
		Gui.screenshot(Gui.window().getShell(), "analysis-perspective");

		// Analysis: col224.v001.slp and the centroid run chosen in the Project Explorer, kept in Labelling and back
		AnalysisProject.select(col224);
		waitForLabels(labels, AnalysisProject.COL224, col224Users);
		AnalysisProject.select(centroid);
		waitForRun(models, AnalysisProject.CENTROID);
		AnalysisProject.labellingPerspective();
		assertEquals(LabellingPerspective.ID, Gui.page().getPerspective().getId());
		assertEquals(centroid, AnalysisProject.explorerSelection());
		AnalysisProject.analysisPerspective();
		assertEquals(centroid, AnalysisProject.explorerSelection());
		assertEquals(folder.resolve(AnalysisProject.COL224), labels.file());
		assertEquals(col224Users, labels.scopes().getItem(0).getText(3));
		assertEquals(AnalysisProject.CENTROID, models.selection().get(0).name());
	}

	private static void waitForLabels(LabelAnalysisView view, String name, String userInstances) {
		Gui.spinUntil(() -> view.analysis() != null && view.file() != null
				&& view.file().getFileName().toString().equals(name) && view.scopes().getItemCount() > 0
				&& userInstances.equals(view.scopes().getItem(0).getText(3)), "the analysis of " + name);
	}

	private static void waitForRun(ModelComparisonView view, String run) {
		Gui.spinUntil(() -> view.table().getItemCount() == 6 && !view.selection().isEmpty()
				&& view.selection().get(0).name().equals(run), run + " selected in Model Comparison");
	}
}
