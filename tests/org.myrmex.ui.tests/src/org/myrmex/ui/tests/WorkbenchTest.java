// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IPerspectiveRegistry;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.myrmex.ui.internal.app.AnalysisPerspective;
import org.myrmex.ui.internal.app.LabellingPerspective;
import org.myrmex.ui.internal.app.OpenSampleProjectJob;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.views.InstancesView;
import org.myrmex.ui.internal.views.LabelledFramesView;
import org.myrmex.ui.internal.views.SkeletonView;
import org.myrmex.ui.internal.views.StatisticsView;
import org.myrmex.ui.internal.views.VideosView;

/** Runs in the real workbench, on the UI thread. */
class WorkbenchTest {
	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void spinUntil(BooleanSupplier condition, String what) {
		Gui.spinUntil(condition, what);
	}

	private static LabelsEditor sampleEditor() {
		spinUntil(() -> Job.getJobManager().find(OpenSampleProjectJob.FAMILY).length == 0
				&& page().getActiveEditor() instanceof LabelsEditor editor
				&& editor.getPartName().equals("sample-ants.slp"), "the sample project to open");
		LabelsEditor editor = (LabelsEditor) page().getActiveEditor();
		spinUntil(() -> editor.shownFrame() >= 0, "a frame of the sample video");
		return editor;
	}

	@Test
	void switchesBetweenLabellingAndAnalysis() {
		IPerspectiveRegistry perspectives = PlatformUI.getWorkbench().getPerspectiveRegistry();
		IWorkbenchPage page = page();
		assertEquals(LabellingPerspective.ID, page.getPerspective().getId());
		assertEquals("Labelling", page.getPerspective().getLabel());
		assertNotNull(page.findView(VideosView.ID));
		assertNotNull(page.findView(SkeletonView.ID));
		assertNotNull(page.findView(InstancesView.ID));
		assertNotNull(page.findView(LabelledFramesView.ID));

		page.setPerspective(perspectives.findPerspectiveWithId(AnalysisPerspective.ID));
		assertEquals(AnalysisPerspective.ID, page.getPerspective().getId());
		assertEquals("Analysis", page.getPerspective().getLabel());
		assertNotNull(page.findView(StatisticsView.ID));

		page.setPerspective(perspectives.findPerspectiveWithId(LabellingPerspective.ID));
		assertEquals(LabellingPerspective.ID, page.getPerspective().getId());
	}

	@Test
	void opensTheSampleProjectOnItsFirstFrame() {
		LabelsEditor editor = sampleEditor();
		editor.showFrame(0);
		Gui.waitForFrame(editor, 0);
		assertEquals(300, editor.frameCount());
		assertEquals(3, editor.shownInstances().size());
		editor.showFrame(150);
		Gui.waitForFrame(editor, 150);
		assertEquals(3, editor.shownInstances().size());
	}

	@Test
	void viewsShowTheSampleProject() {
		sampleEditor();
		IWorkbenchPage page = page();
		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(LabellingPerspective.ID));
		org.eclipse.swt.widgets.Table videos = ((VideosView) page.findView(VideosView.ID)).table();
		assertEquals(1, videos.getItemCount());
		assertEquals("sample-ants.mp4", videos.getItem(0).getText(0));
		assertEquals("300", videos.getItem(0).getText(2));
		org.eclipse.swt.widgets.Table skeleton = ((SkeletonView) page.findView(SkeletonView.ID)).table();
		assertEquals(18, skeleton.getItemCount());
		assertEquals("Head", skeleton.getItem(0).getText(1));

		page.setPerspective(PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(AnalysisPerspective.ID));
		org.eclipse.swt.widgets.Table totals = ((StatisticsView) page.findView(StatisticsView.ID)).totals();
		assertEquals("Labelled frames", totals.getItem(1).getText(0));
		assertEquals("300", totals.getItem(1).getText(1));
		assertEquals("900", totals.getItem(2).getText(1));
	}
}
