// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views.videos;

import org.myrmex.model.Video;
import org.myrmex.ui.internal.editor.LabelsEditor;

/** The Videos view as its commands see it: which editor it shows and which video is selected. */
public interface VideosViewPart {
	String ID = "org.myrmex.ui.views.videos";

	/** @return the labels editor whose videos the view shows, or null */
	LabelsEditor editor();

	/** @return the video selected in the view, or null */
	Video selectedVideo();

	/** Selects {@code video} in the view (after it was added or replaced). */
	void select(Video video);
}
