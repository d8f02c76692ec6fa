// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A batch as TensorFlow takes it: the inputs and each target as one NHWC float array with its shape
 * {@code {n, height, width, channels}}.
 *
 * @param inputs       the images
 * @param inputShape   their shape
 * @param targets      one array per network output
 * @param targetShapes their shapes
 */
public record Batch(float[] inputs, long[] inputShape, List<float[]> targets, List<long[]> targetShapes) {

	/** Copies the lists. */
	public Batch {
		targets = List.copyOf(targets);
		targetShapes = List.copyOf(targetShapes);
	}

	/** @return the number of examples */
	public int size() {
		return (int) inputShape[0];
	}

	/**
	 * Stacks examples.
	 *
	 * @throws DataException when the examples' images or targets differ in shape (frames of different sizes)
	 */
	public static Batch of(List<TrainingExample> examples) throws DataException {
		if (examples.isEmpty()) {
			throw new IllegalArgumentException("a batch needs at least one example");
		}
		TrainingExample first = examples.get(0);
		List<FloatImage> inputs = examples.stream().map(TrainingExample::input).toList();
		float[] input = stack(inputs, "images");
		List<float[]> targets = new ArrayList<>();
		List<long[]> shapes = new ArrayList<>();
		for (int t = 0; t < first.targets().size(); t++) {
			int index = t;
			targets.add(stack(examples.stream().map(e -> e.targets().get(index)).toList(), "targets"));
			shapes.add(shape(examples.size(), first.targets().get(t)));
		}
		return new Batch(input, shape(examples.size(), first.input()), targets, shapes);
	}

	private static float[] stack(List<FloatImage> images, String what) throws DataException {
		FloatImage first = images.get(0);
		int size = first.data().length;
		float[] out = new float[size * images.size()];
		for (int i = 0; i < images.size(); i++) {
			FloatImage image = images.get(i);
			if (image.width() != first.width() || image.height() != first.height()
					|| image.channels() != first.channels()) {
				throw new DataException("cannot batch " + what + " of shapes " + first + " and " + image
						+ " (frames of different sizes need the same size after preprocessing)");
			}
			System.arraycopy(image.data(), 0, out, i * size, size);
		}
		return out;
	}

	private static long[] shape(int n, FloatImage image) {
		return new long[] { n, image.height(), image.width(), image.channels() };
	}

	@Override
	public String toString() {
		return "batch " + Arrays.toString(inputShape);
	}
}
