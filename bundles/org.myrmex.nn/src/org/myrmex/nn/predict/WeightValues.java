// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * The values of one trained variable, read from a model file.
 *
 * @param shape  the variable's shape, Keras layout
 * @param values the values in row-major order
 */
public record WeightValues(long[] shape, float[] values) {

	/** Checks that the values fill the shape. */
	public WeightValues {
		long size = LongStream.of(shape).reduce(1, (a, b) -> a * b);
		if (size != values.length) {
			throw new IllegalArgumentException(values.length + " values do not fill the shape " + describe(shape));
		}
	}

	/** @return whether this has the given shape */
	public boolean hasShape(long[] expected) {
		return Arrays.equals(shape, expected);
	}

	/** @return a shape written as {@code 3x3x1x16} */
	public static String describe(long[] shape) {
		return LongStream.of(shape).mapToObj(Long::toString).collect(Collectors.joining("x"));
	}
}
