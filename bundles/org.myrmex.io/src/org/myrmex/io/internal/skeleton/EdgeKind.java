// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.skeleton;

/** SLEAP's {@code sleap.skeleton.EdgeType}: the value jsonpickle stores in a link's {@code type}. */
public enum EdgeKind {
	/** A body edge, drawn and used by part affinity fields. */
	BODY(1),
	/** One direction of a symmetry pair (left/right parts swapped by flip augmentation). */
	SYMMETRY(2);

	/** The Python class jsonpickle names in {@code py/type}. */
	public static final String PYTHON_CLASS = "sleap.skeleton.EdgeType";

	private final int code;

	EdgeKind(int code) {
		this.code = code;
	}

	/** @return the enum value SLEAP stores: 1 for a body edge, 2 for a symmetry */
	public int code() {
		return code;
	}

	/** @return the kind with this SLEAP value, or {@code null} when there is none */
	public static EdgeKind of(int code) {
		for (EdgeKind kind : values()) {
			if (kind.code == code) {
				return kind;
			}
		}
		return null;
	}
}
