// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.util.ArrayList;
import java.util.List;

import org.myrmex.nn.internal.predict.Peaks.Peak;
import org.myrmex.tracking.HungarianMatcher;

/**
 * SLEAP's scoring and matching of candidate connections with part affinity fields ({@code score_paf_lines},
 * {@code match_candidates_sample}): for each edge, every source peak × destination peak; the PAF is read at
 * {@code linePoints} points spaced evenly from source to destination (rounded half to even onto the PAF grid), the
 * score is the mean dot product with the unit vector plus {@code min(maxLength / length − 1, 0) × penaltyWeight};
 * per edge, the assignment maximising the total score (Hungarian) gives the connections.
 */
public final class PafScores {
	private final int linePoints;
	private final double maxEdgeLengthRatio;
	private final float penaltyWeight;

	/**
	 * One matched connection.
	 *
	 * @param edge        the edge index
	 * @param source      the source peak's index among its node's peaks
	 * @param destination the destination peak's index among its node's peaks
	 * @param score       the line score
	 */
	public record Connection(int edge, int source, int destination, float score) {
	}

	/**
	 * @param linePoints         points sampled on each candidate line
	 * @param maxEdgeLengthRatio longest expected edge, as a fraction of the largest PAF dimension (× PAF stride)
	 * @param penaltyWeight      weight of the length penalty
	 */
	public PafScores(int linePoints, double maxEdgeLengthRatio, double penaltyWeight) {
		this.linePoints = linePoints;
		this.maxEdgeLengthRatio = maxEdgeLengthRatio;
		this.penaltyWeight = (float) penaltyWeight;
	}

	/**
	 * Scores and matches the candidates of every edge of one image.
	 *
	 * @param pafs     the PAF maps (2 channels per edge, x then y)
	 * @param sample   the image in the batch
	 * @param byNode   the image's peaks per node, coordinates in (scaled) image pixels
	 * @param edges    {source, destination} node indices per edge
	 * @return the matched connections, edge by edge, by ascending source
	 */
	public List<Connection> match(Maps pafs, int sample, List<List<Peak>> byNode, List<int[]> edges) {
		float maxLength = (float) maxEdgeLengthRatio
				* (float) Math.max(pafs.height(), Math.max(pafs.width(), pafs.channels())) * pafs.stride();
		List<Connection> connections = new ArrayList<>();
		for (int k = 0; k < edges.size(); k++) {
			List<Peak> sources = byNode.get(edges.get(k)[0]);
			List<Peak> destinations = byNode.get(edges.get(k)[1]);
			if (sources.isEmpty() || destinations.isEmpty()) {
				continue;
			}
			float[][] scores = new float[sources.size()][destinations.size()];
			double[][] cost = new double[sources.size()][destinations.size()];
			for (int i = 0; i < sources.size(); i++) {
				for (int j = 0; j < destinations.size(); j++) {
					scores[i][j] = score(pafs, sample, k, sources.get(i), destinations.get(j), maxLength);
					cost[i][j] = Float.isNaN(scores[i][j]) ? Double.POSITIVE_INFINITY : -scores[i][j];
				}
			}
			int[] assignment = HungarianMatcher.match(cost);
			for (int i = 0; i < assignment.length; i++) {
				if (assignment[i] >= 0) {
					connections.add(new Connection(k, i, assignment[i], scores[i][assignment[i]]));
				}
			}
		}
		return connections;
	}

	private float score(Maps pafs, int sample, int edge, Peak source, Peak destination, float maxLength) {
		float dx = destination.x() - source.x();
		float dy = destination.y() - source.y();
		float length = (float) Math.sqrt(dx * dx + dy * dy);
		float ux = dx / length;
		float uy = dy / length;
		float sum = 0;
		float stride = pafs.stride();
		for (int t = 0; t < linePoints; t++) {
			float x = along(source.x(), destination.x(), t);
			float y = along(source.y(), destination.y(), t);
			int col = clamp((int) Math.rint(x / stride), pafs.width());
			int row = clamp((int) Math.rint(y / stride), pafs.height());
			sum += pafs.get(sample, row, col, 2 * edge) * ux + pafs.get(sample, row, col, 2 * edge + 1) * uy;
		}
		float penalty = Math.min(maxLength / length - 1, 0) * penaltyWeight;
		return sum / linePoints + penalty;
	}

	/** TensorFlow's {@code linspace}: exact end points, {@code start + t × (stop − start) / (n − 1)} between. */
	private float along(float start, float stop, int t) {
		if (t == 0) {
			return start;
		}
		if (t == linePoints - 1) {
			return stop;
		}
		return start + t * ((stop - start) / (linePoints - 1));
	}

	private static int clamp(int index, int size) {
		return Math.max(0, Math.min(size - 1, index));
	}
}
