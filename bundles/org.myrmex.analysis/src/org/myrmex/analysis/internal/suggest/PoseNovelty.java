// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.internal.suggest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.model.UserInstance;
import org.myrmex.nn.predict.PredictedPose;

/**
 * Novelty in pose space: how unlike the instances the model learnt from a frame's predicted instances are. An
 * instance is described by its nodes' offsets from their mean, so its heading and posture count and its place in
 * the frame does not; two instances differ by the mean distance of the nodes both have. A top-down model learns
 * from one crop per instance, so a frame whose animals show headings or postures no labelled animal shows teaches
 * it more than one whose animals resemble labelled ones, however different the whole frames look. An instance's
 * novelty is its distance to the nearest known instance relative to half the animals' typical radius (the median
 * mean distance of an instance's nodes from their mean), at most 1: a turn of about 30° is fully new. A frame's
 * novelty is the mean over its instances; a picked frame's instances become known.
 */
public final class PoseNovelty {
	/** The distance, as a fraction of the typical radius, from which an instance counts as fully new. */
	static final double FULLY_NEW = 0.5;
	private final List<double[][]> frames;
	private final List<double[]> nearest;
	private final double reference;

	/**
	 * @param predicted per candidate frame, its predicted instances
	 * @param known     descriptors of the labelled instances ({@link #describe(List, List)})
	 */
	public PoseNovelty(List<List<PredictedPose>> predicted, List<double[]> known) {
		frames = new ArrayList<>();
		nearest = new ArrayList<>();
		List<double[]> all = new ArrayList<>(known);
		for (List<PredictedPose> poses : predicted) {
			double[][] described = poses.stream().map(PoseNovelty::describe).toArray(double[][]::new);
			double[] d = new double[described.length];
			for (int i = 0; i < described.length; i++) {
				d[i] = nearest(described[i], known);
			}
			frames.add(described);
			nearest.add(d);
			all.addAll(Arrays.asList(described));
		}
		reference = FULLY_NEW * medianRadius(all);
	}

	/** @return the frame's novelty, 0 (its instances are all known) to 1; 1 for a frame without instances */
	public double of(int frame) {
		double[] d = nearest.get(frame);
		if (d.length == 0 || reference <= 0) {
			return 1;
		}
		double sum = 0;
		for (double distance : d) {
			sum += Double.isInfinite(distance) ? 1 : Math.min(1, distance / reference);
		}
		return sum / d.length;
	}

	/** The frame is picked: its instances count as known from now on. */
	public void pick(int frame) {
		List<double[]> picked = Arrays.asList(frames.get(frame));
		for (int f = 0; f < frames.size(); f++) {
			double[][] instances = frames.get(f);
			for (int i = 0; i < instances.length; i++) {
				nearest.get(f)[i] = Math.min(nearest.get(f)[i], nearest(instances[i], picked));
			}
		}
	}

	/** @return offsets (x, y per node) from the mean of the visible nodes; NaN for nodes not visible */
	public static double[] describe(PredictedPose pose) {
		double[] x = new double[pose.nodeCount()];
		double[] y = new double[pose.nodeCount()];
		for (int n = 0; n < x.length; n++) {
			x[n] = pose.visible(n) ? pose.x(n) : Double.NaN;
			y[n] = pose.visible(n) ? pose.y(n) : Double.NaN;
		}
		return centred(x, y);
	}

	/**
	 * @param nodes the predictor's node names: the descriptors list the nodes in this order
	 * @return descriptors of the frames' user instances
	 */
	public static List<double[]> describe(List<LabeledFrame> frames, List<String> nodes) {
		List<double[]> out = new ArrayList<>();
		for (LabeledFrame frame : frames) {
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof UserInstance) {
					out.add(describe(instance, nodes));
				}
			}
		}
		return out;
	}

	private static double[] describe(Instance instance, List<String> nodes) {
		List<String> names = instance.getSkeleton().getNodes().stream().map(Node::getName).toList();
		PointArray points = instance.getPoints();
		double[] x = new double[nodes.size()];
		double[] y = new double[nodes.size()];
		for (int n = 0; n < x.length; n++) {
			int i = names.indexOf(nodes.get(n));
			boolean placed = i >= 0 && i < points.size() && points.visible(i) && !Double.isNaN(points.x(i));
			x[n] = placed ? points.x(i) : Double.NaN;
			y[n] = placed ? points.y(i) : Double.NaN;
		}
		return centred(x, y);
	}

	private static double[] centred(double[] x, double[] y) {
		double mx = 0;
		double my = 0;
		int count = 0;
		for (int n = 0; n < x.length; n++) {
			if (!Double.isNaN(x[n])) {
				mx += x[n];
				my += y[n];
				count++;
			}
		}
		double[] out = new double[2 * x.length];
		for (int n = 0; n < x.length; n++) {
			out[2 * n] = x[n] - mx / count;
			out[2 * n + 1] = y[n] - my / count;
		}
		return out;
	}

	/** @return the mean distance of the nodes both instances have; infinite when they share none */
	public static double distance(double[] a, double[] b) {
		double sum = 0;
		int count = 0;
		for (int n = 0; n < a.length; n += 2) {
			if (!Double.isNaN(a[n]) && !Double.isNaN(b[n])) {
				sum += Math.hypot(a[n] - b[n], a[n + 1] - b[n + 1]);
				count++;
			}
		}
		return count == 0 ? Double.POSITIVE_INFINITY : sum / count;
	}

	private static double nearest(double[] instance, List<double[]> others) {
		double best = Double.POSITIVE_INFINITY;
		for (double[] other : others) {
			best = Math.min(best, distance(instance, other));
		}
		return best;
	}

	/** @return the median over the instances of the mean distance of their nodes from their mean; 0 for none */
	private static double medianRadius(List<double[]> instances) {
		double[] radii = instances.stream().mapToDouble(PoseNovelty::radius).filter(Double::isFinite).sorted()
				.toArray();
		return radii.length == 0 ? 0 : radii[radii.length / 2];
	}

	private static double radius(double[] instance) {
		double sum = 0;
		int count = 0;
		for (int n = 0; n < instance.length; n += 2) {
			if (!Double.isNaN(instance[n])) {
				sum += Math.hypot(instance[n], instance[n + 1]);
				count++;
			}
		}
		return count == 0 ? Double.NaN : sum / count;
	}
}
