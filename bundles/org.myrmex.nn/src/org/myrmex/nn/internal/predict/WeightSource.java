// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.nio.file.Path;
import java.util.Set;

import org.myrmex.nn.predict.ModelException;
import org.myrmex.nn.predict.WeightValues;

/** A model file the trained weights are read from, by Keras layer name and kind. */
public interface WeightSource extends AutoCloseable {

	/** @return the file or folder read */
	Path path();

	/**
	 * @param layer the Keras layer name, e.g. {@code stack0_enc0_conv0}
	 * @param kind  {@code kernel} or {@code bias}
	 * @return the values, or {@code null} when the source has no such weight
	 * @throws ModelException naming the file when the weight exists but cannot be read
	 */
	WeightValues read(String layer, String kind) throws ModelException;

	/** @return the names of the layers with weights the source holds, where it can list them (else empty) */
	Set<String> layers();

	/** @return a phrase naming the weight {@code layer}/{@code kind} as this source stores it */
	String describe(String layer, String kind);

	@Override
	void close();
}
