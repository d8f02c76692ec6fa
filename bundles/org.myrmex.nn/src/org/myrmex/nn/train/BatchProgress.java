// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.train;

/**
 * One training step done.
 *
 * @param epoch      1-based
 * @param batch      1-based within the epoch
 * @param batches    steps in the epoch
 * @param loss       the batch's total (weighted) loss
 * @param stepNanos  time in TensorFlow's step (feeding included)
 * @param waitNanos  time waiting for the batch from the data pipeline
 * @param images     examples in the batch
 */
public record BatchProgress(int epoch, int batch, int batches, double loss, long stepNanos, long waitNanos,
		int images) {
}
