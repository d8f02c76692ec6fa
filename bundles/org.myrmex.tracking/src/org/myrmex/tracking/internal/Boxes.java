// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.internal;

/** Bounding boxes {minX, minY, maxX, maxY} of poses, NaN nodes left out. */
final class Boxes {
	private Boxes() {
	}

	static double[] of(Pose pose) {
		double[] b = { Double.NaN, Double.NaN, Double.NaN, Double.NaN };
		for (int i = 0; i < pose.x.length; i++) {
			double x = pose.x[i];
			double y = pose.y[i];
			if (Double.isNaN(x) || Double.isNaN(y)) {
				continue;
			}
			b[0] = Double.isNaN(b[0]) ? x : Math.min(b[0], x);
			b[1] = Double.isNaN(b[1]) ? y : Math.min(b[1], y);
			b[2] = Double.isNaN(b[2]) ? x : Math.max(b[2], x);
			b[3] = Double.isNaN(b[3]) ? y : Math.max(b[3], y);
		}
		return b;
	}
}
