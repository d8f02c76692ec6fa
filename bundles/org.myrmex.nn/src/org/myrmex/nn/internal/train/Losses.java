// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.train;

import org.myrmex.nn.config.OptimizationConfig.HardKeypointMining;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * SLEAP's losses ({@code sleap.nn.losses}): the mean squared error of an output, plus, with online hard keypoint
 * mining, the OHKM loss: per-channel summed squared errors, the channels whose loss is at least
 * {@code hard_to_easy_ratio} times the easiest channel's are hard (at least {@code min_hard_keypoints}, at most
 * {@code max_hard_keypoints}), and their summed loss, normalised by the elements of the hard channels, times
 * {@code loss_scale}, is added.
 */
public final class Losses {
	private Losses() {
	}

	/** @return mean squared error, plus the OHKM loss when {@code mining} is on */
	public static Operand<TFloat32> of(Ops tf, Operand<TFloat32> predicted, Operand<TFloat32> expected,
			HardKeypointMining mining) {
		Operand<TFloat32> squared = tf.math.squaredDifference(expected, predicted);
		Operand<TFloat32> mse = tf.math.mean(squared, tf.constant(new int[] { 0, 1, 2, 3 }));
		if (!mining.onlineMining()) {
			return mse;
		}
		return tf.math.add(mse, ohkm(tf, squared, mining));
	}

	/**
	 * The hard keypoint loss. SLEAP selects the hard channels with {@code top_k}; here the k-th largest channel loss,
	 * found without a gradient, masks the channels at or above it, so that only differentiable ops (multiply, sum)
	 * lie between the loss and the weights.
	 */
	private static Operand<TFloat32> ohkm(Ops tf, Operand<TFloat32> squared, HardKeypointMining mining) {
		Operand<TFloat32> perChannel = tf.sum(squared, tf.constant(new int[] { 0, 1, 2 }));
		Operand<TFloat32> fixed = tf.stopGradient(perChannel);
		Operand<TFloat32> easiest = tf.math.maximum(tf.constant(1e-12f), tf.min(fixed, tf.constant(0)));
		Operand<TInt32> hard = tf.sum(tf.dtypes.cast(
				tf.math.greaterEqual(tf.math.div(fixed, easiest), tf.constant((float) mining.hardToEasyRatio())),
				TInt32.class), tf.constant(0));
		Operand<TInt32> channels = tf.size(fixed, TInt32.class);
		Operand<TInt32> most = mining.maxHardKeypoints() == null ? channels
				: tf.math.minimum(channels, tf.constant(mining.maxHardKeypoints()));
		Operand<TInt32> k = tf.math.minimum(tf.math.maximum(hard, tf.constant(mining.minHardKeypoints())), most);
		k = tf.math.minimum(k, channels);
		Operand<TFloat32> top = tf.nn.topK(fixed, k, new org.tensorflow.op.nn.TopK.Options[0]).values();
		Operand<TFloat32> kth = tf.min(top, tf.constant(0));
		Operand<TFloat32> mask = tf.dtypes.cast(tf.math.greaterEqual(fixed, kth), TFloat32.class);
		Operand<TFloat32> hardLoss = tf.sum(tf.math.mul(perChannel, mask), tf.constant(0));
		Operand<TInt32> shape = tf.shape(squared);
		Operand<TInt32> pixels = tf.prod(tf.slice(shape, tf.constant(new int[] { 0 }), tf.constant(new int[] { 3 })),
				tf.constant(0));
		Operand<TFloat32> elements = tf.dtypes.cast(tf.math.mul(pixels, k), TFloat32.class);
		return tf.math.mul(tf.math.div(hardLoss, elements), tf.constant((float) mining.lossScale()));
	}
}
