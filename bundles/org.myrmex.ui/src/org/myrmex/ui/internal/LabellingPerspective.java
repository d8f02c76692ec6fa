// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** Labelling: the video canvas in the middle, Videos and Skeleton beside it. */
public class LabellingPerspective implements IPerspectiveFactory {
	public static final String ID = "org.myrmex.ui.perspective.labelling";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
		left.addView(VideosView.ID);
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.78f, editors);
		right.addView(SkeletonView.ID);
		layout.addShowViewShortcut(VideosView.ID);
		layout.addShowViewShortcut(SkeletonView.ID);
		layout.addShowViewShortcut(StatisticsView.ID);
		layout.addPerspectiveShortcut(AnalysisPerspective.ID);
	}
}
