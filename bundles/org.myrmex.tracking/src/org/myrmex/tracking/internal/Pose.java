// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.internal;

import org.myrmex.model.Instance;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Track;

/**
 * A pose while it is tracked: its nodes (NaN where not visible), its score and the track it gets. The model is only
 * changed once the whole run has finished, so a cancelled run leaves the labels as they were.
 */
public final class Pose {
	/** The instance this pose stands for; null for a flow-shifted candidate. */
	public final Instance instance;
	public final double[] x;
	public final double[] y;
	public final double score;
	public final int visible;
	/** Assigned by the tracker. */
	public Track track;
	/** The similarity of the match that gave the track; 0 for a spawned track. */
	public double trackingScore;

	public Pose(Instance instance, double[] x, double[] y, double score, Track track) {
		this.instance = instance;
		this.x = x;
		this.y = y;
		this.score = score;
		this.track = track;
		int n = 0;
		for (int i = 0; i < x.length; i++) {
			if (!Double.isNaN(x[i]) && !Double.isNaN(y[i])) {
				n++;
			}
		}
		this.visible = n;
	}

	/** A predicted instance as a pose without a track; invisible nodes are NaN, as SLEAP's {@code points_array}. */
	public static Pose of(Instance instance) {
		PointArray points = instance.getPoints();
		double[] x = new double[points.size()];
		double[] y = new double[points.size()];
		for (int i = 0; i < x.length; i++) {
			boolean shown = points.visible(i);
			x[i] = shown ? points.x(i) : Double.NaN;
			y[i] = shown ? points.y(i) : Double.NaN;
		}
		double score = instance instanceof PredictedInstance p ? p.getScore() : Double.NaN;
		return new Pose(instance, x, y, score, null);
	}

	/** This pose moved to new node positions, keeping its track (a flow candidate). */
	public Pose shifted(double[] newX, double[] newY) {
		return new Pose(null, newX, newY, score, track);
	}
}
