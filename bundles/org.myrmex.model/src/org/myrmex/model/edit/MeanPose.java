// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.edit;

import java.util.ArrayList;
import java.util.List;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.UserInstance;

/**
 * The mean pose of a skeleton's user instances, the template SLEAP places a new instance from when there is
 * nothing to copy ({@code Labels.get_template_instance_points}). As in SLEAP, instances are aligned before they
 * are averaged, so that animals facing different ways do not average to a blob: each one is rotated and
 * translated onto a reference instance (the one with the most placed nodes) by a least-squares fit on the nodes
 * both have placed. Each node's mean is taken over the instances where it is placed.
 */
final class MeanPose {
	private MeanPose() {
	}

	/**
	 * The mean pose in one pass over the project's labelled frames, as {@code {x, y}} with its centroid at the
	 * origin; a node no user instance has placed is {@code NaN}. Null when no user instance of the skeleton has a
	 * placed point.
	 */
	static double[][] of(Labels labels, Skeleton skeleton) {
		int n = skeleton.getNodes().size();
		List<PointArray> poses = new ArrayList<>();
		PointArray reference = null;
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				PointArray points = instance.getPoints();
				if (instance instanceof UserInstance && instance.getSkeleton() == skeleton && points != null
						&& points.size() == n && points.placedCount() > 0) {
					poses.add(points);
					if (reference == null || points.placedCount() > reference.placedCount()) {
						reference = points;
					}
				}
			}
		}
		if (reference == null) {
			return null;
		}
		double[] sumX = new double[n];
		double[] sumY = new double[n];
		int[] count = new int[n];
		for (PointArray pose : poses) {
			double[][] aligned = alignedTo(pose, reference);
			for (int i = 0; i < n; i++) {
				if (!Double.isNaN(aligned[0][i])) {
					sumX[i] += aligned[0][i];
					sumY[i] += aligned[1][i];
					count[i]++;
				}
			}
		}
		double[] x = new double[n];
		double[] y = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = count[i] == 0 ? Double.NaN : sumX[i] / count[i];
			y[i] = count[i] == 0 ? Double.NaN : sumY[i] / count[i];
		}
		double[] centroid = Poses.centroid(x, y);
		Poses.translate(x, y, -centroid[0], -centroid[1]);
		return new double[][] { x, y };
	}

	/**
	 * The placed points of {@code pose} rotated and translated onto {@code reference} over the nodes both have
	 * placed: with two or more such nodes the least-squares rotation, with one a translation onto it, with none a
	 * translation of centroid onto centroid.
	 */
	private static double[][] alignedTo(PointArray pose, PointArray reference) {
		int n = pose.size();
		double[] x = new double[n];
		double[] y = new double[n];
		double[] refX = new double[n];
		double[] refY = new double[n];
		boolean[] shared = new boolean[n];
		int sharedCount = 0;
		for (int i = 0; i < n; i++) {
			x[i] = pose.isPlaced(i) ? pose.x(i) : Double.NaN;
			y[i] = pose.isPlaced(i) ? pose.y(i) : Double.NaN;
			refX[i] = reference.isPlaced(i) ? reference.x(i) : Double.NaN;
			refY[i] = reference.isPlaced(i) ? reference.y(i) : Double.NaN;
			shared[i] = pose.isPlaced(i) && reference.isPlaced(i);
			sharedCount += shared[i] ? 1 : 0;
		}
		double[] from = sharedCount == 0 ? Poses.centroid(x, y) : Poses.centroid(x, y, shared);
		double[] to = sharedCount == 0 ? Poses.centroid(refX, refY) : Poses.centroid(refX, refY, shared);
		double angle = 0;
		if (sharedCount >= 2) {
			double cross = 0;
			double dot = 0;
			for (int i = 0; i < n; i++) {
				if (shared[i]) {
					double ax = x[i] - from[0];
					double ay = y[i] - from[1];
					double bx = refX[i] - to[0];
					double by = refY[i] - to[1];
					cross += ax * by - ay * bx;
					dot += ax * bx + ay * by;
				}
			}
			angle = Math.atan2(cross, dot);
		}
		double cos = Math.cos(angle);
		double sin = Math.sin(angle);
		for (int i = 0; i < n; i++) {
			if (!Double.isNaN(x[i])) {
				double ax = x[i] - from[0];
				double ay = y[i] - from[1];
				x[i] = to[0] + cos * ax - sin * ay;
				y[i] = to[1] + sin * ax + cos * ay;
			}
		}
		return new double[][] { x, y };
	}
}
