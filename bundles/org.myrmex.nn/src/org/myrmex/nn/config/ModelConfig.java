// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

/**
 * The {@code model} section. Both {@code backbone} and {@code heads} are SLEAP "one-of" sections: the file names
 * every choice and sets exactly one (the others {@code null}).
 *
 * @param backbone       the chosen backbone, or {@code null} when none is set
 * @param head           the chosen head, or {@code null} when none is set
 * @param baseCheckpoint a model folder to start from, or {@code null}
 */
public record ModelConfig(BackboneConfig backbone, HeadConfig head, String baseCheckpoint) {

	/** @return SLEAP's defaults: no backbone, no head */
	public static ModelConfig defaults() {
		return new ModelConfig(null, null, null);
	}
}
