// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.UserInstance;

/**
 * Which instances of a labelled frame a view draws. As in SLEAP ({@code LabeledFrame.instances_to_show},
 * {@code unused_predictions}), a predicted instance that a user instance of the same frame was made from
 * ({@link UserInstance#getFromPredicted()}) stays in the frame but is hidden behind that user instance.
 */
public final class FrameInstances {
	private FrameInstances() {
	}

	/**
	 * The instances to draw, in frame order: every user instance and every predicted instance that no user
	 * instance of the frame was made from.
	 *
	 * @throws IllegalArgumentException if {@code frame} is null
	 */
	public static List<Instance> shown(LabeledFrame frame) {
		Set<PredictedInstance> used = usedPredictions(frame);
		List<Instance> shown = new ArrayList<>(frame.getInstances().size());
		for (Instance instance : frame.getInstances()) {
			if (!(instance instanceof PredictedInstance predicted) || !used.contains(predicted)) {
				shown.add(instance);
			}
		}
		return Collections.unmodifiableList(shown);
	}

	/**
	 * The predicted instances of {@code frame} that no user instance of the frame was made from, in frame order.
	 *
	 * @throws IllegalArgumentException if {@code frame} is null
	 */
	public static List<PredictedInstance> unusedPredictions(LabeledFrame frame) {
		Set<PredictedInstance> used = usedPredictions(frame);
		List<PredictedInstance> unused = new ArrayList<>();
		for (Instance instance : frame.getInstances()) {
			if (instance instanceof PredictedInstance predicted && !used.contains(predicted)) {
				unused.add(predicted);
			}
		}
		return Collections.unmodifiableList(unused);
	}

	/**
	 * The user instance of {@code predicted}'s frame that was made from it, if any (the first, should there be
	 * several).
	 *
	 * @throws IllegalArgumentException if {@code predicted} is null
	 */
	public static Optional<UserInstance> userCopyOf(PredictedInstance predicted) {
		if (predicted == null) {
			throw new IllegalArgumentException("predicted instance must not be null");
		}
		if (predicted.eContainer() instanceof LabeledFrame frame) {
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof UserInstance user && user.getFromPredicted() == predicted) {
					return Optional.of(user);
				}
			}
		}
		return Optional.empty();
	}

	private static Set<PredictedInstance> usedPredictions(LabeledFrame frame) {
		if (frame == null) {
			throw new IllegalArgumentException("frame must not be null");
		}
		Set<PredictedInstance> used = Collections.newSetFromMap(new IdentityHashMap<>());
		for (Instance instance : frame.getInstances()) {
			if (instance instanceof UserInstance user && user.getFromPredicted() != null) {
				used.add(user.getFromPredicted());
			}
		}
		return used;
	}
}
