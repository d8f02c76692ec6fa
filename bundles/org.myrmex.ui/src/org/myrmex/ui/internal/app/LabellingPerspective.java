// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.myrmex.ui.internal.project.NewProjectWizard;
import org.myrmex.ui.internal.suggest.SuggestionsView;
import org.myrmex.ui.internal.views.InstancesView;
import org.myrmex.ui.internal.views.LabelledFramesView;
import org.myrmex.ui.internal.views.SkeletonView;
import org.myrmex.ui.internal.views.StatisticsView;
import org.myrmex.ui.internal.views.VideosView;

/**
 * Labelling: the video canvas in the middle, the Project Explorer and Videos on the left, Instances (with
 * Labelled Frames and Suggestions beside it) and Skeleton on the right.
 */
public class LabellingPerspective implements IPerspectiveFactory {
	public static final String ID = "org.myrmex.ui.perspective.labelling";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout leftBottom = layout.createFolder("leftBottom", IPageLayout.BOTTOM, 0.5f, "left");
		leftBottom.addView(VideosView.ID);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.74f, editors);
		right.addView(InstancesView.ID);
		right.addView(LabelledFramesView.ID);
		right.addView(SuggestionsView.ID);
		IFolderLayout rightBottom = layout.createFolder("rightBottom", IPageLayout.BOTTOM, 0.45f, "right");
		rightBottom.addView(SkeletonView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(VideosView.ID);
		layout.addShowViewShortcut(SkeletonView.ID);
		layout.addShowViewShortcut(InstancesView.ID);
		layout.addShowViewShortcut(LabelledFramesView.ID);
		layout.addShowViewShortcut(SuggestionsView.ID);
		layout.addShowViewShortcut(StatisticsView.ID);
		layout.addPerspectiveShortcut(AnalysisPerspective.ID);
		layout.addNewWizardShortcut(NewProjectWizard.ID);
	}
}
