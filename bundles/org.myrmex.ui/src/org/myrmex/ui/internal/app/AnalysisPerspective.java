// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.app;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.myrmex.ui.internal.views.StatisticsView;
import org.myrmex.ui.internal.views.VideosView;

/** Analysis: dataset statistics next to the video. */
public class AnalysisPerspective implements IPerspectiveFactory {
	public static final String ID = "org.myrmex.ui.perspective.analysis";

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.addView(StatisticsView.ID, IPageLayout.BOTTOM, 0.6f, editors);
		layout.addView(VideosView.ID, IPageLayout.LEFT, 0.22f, editors);
		layout.addShowViewShortcut(StatisticsView.ID);
		layout.addShowViewShortcut(VideosView.ID);
		layout.addPerspectiveShortcut(LabellingPerspective.ID);
	}
}
