// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.app;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.myrmex.ui.internal.views.StatisticsView;
import org.myrmex.ui.internal.views.VideosView;

/**
 * Analysis: the Project Explorer with Dataset Statistics and Videos below it on the left, the labels editor above
 * the analysis views. The Label Analysis and Model Comparison views come from {@code org.myrmex.analysis.ui}, which
 * places them below the editor area through {@code org.eclipse.ui.perspectiveExtensions}. Editors and the Project
 * Explorer are shared with the Labelling perspective, so switching keeps the labels and the selection.
 */
public class AnalysisPerspective implements IPerspectiveFactory {
	public static final String ID = "org.myrmex.ui.perspective.analysis";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("analysisLeft", IPageLayout.LEFT, 0.2f, editors);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout leftBottom = layout.createFolder("analysisLeftBottom", IPageLayout.BOTTOM, 0.5f, "analysisLeft");
		leftBottom.addView(StatisticsView.ID);
		leftBottom.addView(VideosView.ID);
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(StatisticsView.ID);
		layout.addShowViewShortcut(VideosView.ID);
		layout.addPerspectiveShortcut(LabellingPerspective.ID);
	}
}
