// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * SLEAP's {@code cull_frame_instances}: a frame with more instances than the target keeps the target count, first
 * dropping instances that overlap a better-scoring one by more than the IoU threshold (non-maximum suppression,
 * adding the best suppressed ones back when too few remain), then the lowest scores.
 */
public final class Culling {
	private Culling() {
	}

	/** @return the instances kept, in their original order */
	public static List<Pose> cull(List<Pose> poses, int count, double iouThreshold) {
		if (poses.size() <= count) {
			return poses;
		}
		List<Pose> keep = iouThreshold > 0 ? suppress(poses, iouThreshold, count) : new ArrayList<>(poses);
		if (keep.size() > count) {
			List<Pose> byScore = new ArrayList<>(keep);
			byScore.sort(Comparator.comparingDouble(p -> p.score));
			Set<Pose> dropped = new HashSet<>(byScore.subList(0, keep.size() - count));
			keep.removeIf(dropped::contains);
		}
		return keep;
	}

	/** {@code nms_fast}; overlap is the intersection over the other box's area, as in SLEAP. */
	private static List<Pose> suppress(List<Pose> poses, double threshold, int target) {
		List<Pose> left = new ArrayList<>(poses);
		left.sort(Comparator.comparingDouble(p -> p.score));
		List<Pose> picked = new ArrayList<>();
		List<Pose> suppressed = new ArrayList<>();
		while (!left.isEmpty()) {
			Pose best = left.remove(left.size() - 1);
			picked.add(best);
			double[] a = Boxes.of(best);
			for (int i = left.size() - 1; i >= 0; i--) {
				double[] b = Boxes.of(left.get(i));
				double w = Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]) + 1);
				double h = Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]) + 1);
				double area = (b[2] - b[0] + 1) * (b[3] - b[1] + 1);
				if (w * h / area > threshold) {
					suppressed.add(left.remove(i));
				}
			}
		}
		if (picked.size() < target && !suppressed.isEmpty()) {
			suppressed.sort(Comparator.comparingDouble((Pose p) -> p.score).reversed());
			picked.addAll(suppressed.subList(0, Math.min(suppressed.size(), target - picked.size())));
		}
		Set<Pose> kept = new HashSet<>(picked);
		List<Pose> inOrder = new ArrayList<>();
		for (Pose p : poses) {
			if (kept.contains(p)) {
				inOrder.add(p);
			}
		}
		return inOrder;
	}
}
