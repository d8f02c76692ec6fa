// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.network;

import java.util.List;
import java.util.Optional;

/**
 * The feature maps a backbone offers to heads: the decoder's input (at the max stride) and every decoder block's
 * output, the last of which is the backbone's {@link #output()}. A head at stride s takes the map at stride s.
 *
 * @param maxStride the stride at the bottom of the encoder
 * @param features  from the coarsest (max stride) to the finest (output stride)
 */
public record Backbone(int maxStride, List<FeatureMap> features) {

	/** Copies the list and checks that it is not empty. */
	public Backbone {
		features = List.copyOf(features);
		if (features.isEmpty()) {
			throw new IllegalArgumentException("a backbone needs at least one feature map");
		}
	}

	/** @return the final feature map, at the output stride */
	public FeatureMap output() {
		return features.get(features.size() - 1);
	}

	/** @return the stride of the final feature map */
	public int outputStride() {
		return output().stride();
	}

	/** @return the feature map at a stride, the backbone's output first */
	public Optional<FeatureMap> at(int stride) {
		if (output().stride() == stride) {
			return Optional.of(output());
		}
		return features.stream().filter(f -> f.stride() == stride).findFirst();
	}
}
