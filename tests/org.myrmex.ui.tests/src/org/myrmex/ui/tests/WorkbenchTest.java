// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPerspectiveRegistry;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.myrmex.ui.internal.AnalysisPerspective;
import org.myrmex.ui.internal.LabellingPerspective;
import org.myrmex.ui.internal.OpenSampleProjectJob;
import org.myrmex.ui.internal.SkeletonView;
import org.myrmex.ui.internal.StatisticsView;
import org.myrmex.ui.internal.VideoEditor;
import org.myrmex.ui.internal.VideosView;

/** Runs in the real workbench, on the UI thread. */
class WorkbenchTest {
	/** Upper bound for making the sample project on a slow machine; a hang guard, not a timing check. */
	private static final long PATIENCE_MS = 180_000;

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void spinUntil(BooleanSupplier condition, String what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + PATIENCE_MS;
		while (!condition.getAsBoolean()) {
			assertTrue(System.currentTimeMillis() < deadline, "gave up waiting for " + what);
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
	}

	private static VideoEditor sampleEditor() {
		spinUntil(() -> Job.getJobManager().find(OpenSampleProjectJob.FAMILY).length == 0
				&& page().getActiveEditor() instanceof VideoEditor, "the sample project to open");
		return (VideoEditor) page().getActiveEditor();
	}

	@Test
	void switchesBetweenLabellingAndAnalysis() {
		IPerspectiveRegistry perspectives = PlatformUI.getWorkbench().getPerspectiveRegistry();
		IWorkbenchPage page = page();
		assertEquals(LabellingPerspective.ID, page.getPerspective().getId());
		assertEquals("Labelling", page.getPerspective().getLabel());
		assertNotNull(page.findView(VideosView.ID));
		assertNotNull(page.findView(SkeletonView.ID));

		page.setPerspective(perspectives.findPerspectiveWithId(AnalysisPerspective.ID));
		assertEquals(AnalysisPerspective.ID, page.getPerspective().getId());
		assertEquals("Analysis", page.getPerspective().getLabel());
		assertNotNull(page.findView(StatisticsView.ID));

		page.setPerspective(perspectives.findPerspectiveWithId(LabellingPerspective.ID));
		assertEquals(LabellingPerspective.ID, page.getPerspective().getId());
	}

	@Test
	void opensTheSampleProjectOnItsFirstFrame() {
		VideoEditor editor = sampleEditor();
		assertEquals("sample-ants.mp4", editor.getPartName());
		assertEquals(0, editor.frameIndex());
		assertEquals(512, editor.frame().width());
		assertEquals(512, editor.frame().height());
		editor.showFrame(150);
		assertEquals(150, editor.frameIndex());
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
