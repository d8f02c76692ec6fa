// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import java.util.List;

import org.myrmex.model.Instance;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Track;

/**
 * What the canvas needs from its editor: the instances of the frame it shows and the edits a mouse gesture
 * asks for. The editor turns each edit into one undoable command.
 */
interface CanvasHost {
	/** @return the instances to draw on the frame shown, in drawing order */
	List<Instance> shownInstances();

	/** @return the position of {@code track} among the project's tracks, -1 for none */
	int trackIndex(Track track);

	Instance selected();

	void select(Instance instance);

	void moveNode(Instance instance, int node, double x, double y);

	void moveInstance(Instance instance, double dx, double dy);

	void toggleNodeVisibility(Instance instance, int node);

	void convertToUser(PredictedInstance instance);
}
