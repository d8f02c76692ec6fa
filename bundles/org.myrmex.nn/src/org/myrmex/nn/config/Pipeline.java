// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

import java.util.List;

/**
 * SLEAP's training pipelines and the models each trains, by head key ({@link HeadConfig#key()}).
 */
public enum Pipeline {
	/** one animal per frame: one single-instance model */
	SINGLE("single animal", "single", List.of("single_instance")),
	/** a centroid model finds the animals, a centred-instance model their parts in a crop around each */
	TOP_DOWN("top-down", "top-down", List.of("centroid", "centered_instance")),
	/** one model finds every part and the part affinity fields that group them into animals */
	BOTTOM_UP("bottom-up", "bottom-up", List.of("multi_instance"));

	private final String title;
	private final String key;
	private final List<String> heads;

	Pipeline(String title, String key, List<String> heads) {
		this.title = title;
		this.key = key;
		this.heads = heads;
	}

	/** @return the pipeline's name for people */
	public String title() {
		return title;
	}

	/** @return the name in profile indexes ("single", "top-down", "bottom-up") */
	public String key() {
		return key;
	}

	/** @return the head keys of its models, in training order */
	public List<String> heads() {
		return heads;
	}

	/** @return the pipeline whose index name is {@code key} */
	public static Pipeline ofKey(String key) {
		for (Pipeline p : values()) {
			if (p.key.equals(key)) {
				return p;
			}
		}
		throw new IllegalArgumentException("no pipeline " + key);
	}

	/** @return the pipeline that trains a model with this head, or null for identity heads */
	public static Pipeline ofHead(String head) {
		for (Pipeline p : values()) {
			if (p.heads.contains(head)) {
				return p;
			}
		}
		return null;
	}
}
