// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;

import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.List;
import java.util.Random;

import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.PCA;
import org.bytedeco.opencv.opencv_core.TermCriteria;

/** PCA, k-means and bags of visual words over feature rows, through OpenCV ({@code cv::PCA}, {@code cv::kmeans}). */
final class FeatureClusters {
	/** Descriptors at most used to learn the visual words. */
	private static final int MAX_WORD_SAMPLES = 20_000;

	private FeatureClusters() {
	}

	/** @return the rows projected on their first {@code components} principal components (fewer when rows are few) */
	static float[][] pca(float[][] rows, int components) {
		int kept = Math.max(1, Math.min(components, Math.min(rows.length, rows[0].length)));
		try (Mat data = toMat(rows); Mat mean = new Mat(); PCA pca = new PCA(data, mean, PCA.DATA_AS_ROW, kept);
				Mat projected = pca.project(data)) {
			return fromMat(projected);
		}
	}

	/**
	 * @param seed seeds k-means++ (OpenCV's random generator of this thread)
	 * @return the cluster, 0 … k − 1, of each row; k is lowered to the number of rows when there are fewer
	 */
	static int[] kmeans(float[][] rows, int k, long seed) {
		return kmeans(rows, k, seed, null);
	}

	private static int[] kmeans(float[][] rows, int k, long seed, float[][][] centres) {
		int clusters = Math.min(k, rows.length);
		opencv_core.setRNGSeed((int) seed);
		try (Mat data = toMat(rows); Mat labels = new Mat(); Mat centers = new Mat();
				TermCriteria criteria = new TermCriteria(TermCriteria.EPS + TermCriteria.COUNT, 100, 1e-4)) {
			opencv_core.kmeans(data, clusters, labels, criteria, 3, opencv_core.KMEANS_PP_CENTERS, centers);
			if (centres != null) {
				centres[0] = fromMat(centers);
			}
			int[] out = new int[rows.length];
			IntBuffer buffer = labels.createBuffer();
			buffer.get(out);
			return out;
		}
	}

	/**
	 * A bag of visual words per frame: the descriptors of all frames (a seeded sample of at most 20 000) are
	 * clustered into {@code words} words; each frame becomes the normalised histogram of its descriptors' nearest
	 * words (all zero for a frame without keypoints).
	 */
	static float[][] bagOfWords(List<float[][]> perFrame, int words, long seed) {
		int total = perFrame.stream().mapToInt(d -> d.length).sum();
		if (total == 0) {
			return new float[perFrame.size()][1];
		}
		float[][] sample = new float[Math.min(total, MAX_WORD_SAMPLES)][];
		Random random = new Random(seed);
		int seen = 0;
		for (float[][] descriptors : perFrame) {
			for (float[] d : descriptors) {
				// reservoir sampling keeps a uniform sample of every descriptor
				int slot = seen < sample.length ? seen : random.nextInt(seen + 1);
				if (slot < sample.length) {
					sample[slot] = d;
				}
				seen++;
			}
		}
		float[][][] centres = new float[1][][];
		kmeans(sample, words, seed, centres);
		float[][] bags = new float[perFrame.size()][centres[0].length];
		for (int f = 0; f < bags.length; f++) {
			for (float[] d : perFrame.get(f)) {
				bags[f][nearest(d, centres[0])] += 1f / perFrame.get(f).length;
			}
		}
		return bags;
	}

	private static int nearest(float[] v, float[][] centres) {
		int best = 0;
		double bestDistance = Double.POSITIVE_INFINITY;
		for (int c = 0; c < centres.length; c++) {
			double d = 0;
			for (int i = 0; i < v.length; i++) {
				double diff = v[i] - centres[c][i];
				d += diff * diff;
			}
			if (d < bestDistance) {
				bestDistance = d;
				best = c;
			}
		}
		return best;
	}

	private static Mat toMat(float[][] rows) {
		Mat mat = new Mat(rows.length, rows[0].length, CV_32F);
		FloatBuffer buffer = mat.createBuffer();
		for (float[] row : rows) {
			buffer.put(row);
		}
		return mat;
	}

	private static float[][] fromMat(Mat mat) {
		float[][] out = new float[mat.rows()][mat.cols()];
		FloatBuffer buffer = mat.createBuffer();
		for (float[] row : out) {
			buffer.get(row);
		}
		return out;
	}
}
