// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking;

import java.util.Locale;

/** Where a frame's candidates come from: none (no tracking), the window's poses as they were, or shifted by flow. */
public enum TrackerKind {
	/** No tracking: tracks are left as they are. */
	NONE,
	/** SLEAP's {@code simple}: the poses of the last frames of the window, where they were. */
	SIMPLE,
	/** SLEAP's {@code flow}: those poses shifted into the current frame by pyramidal Lucas–Kanade optical flow. */
	FLOW;

	/** @return {@code none}, {@code simple} or {@code flow} */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @throws IllegalArgumentException naming the choices */
	public static TrackerKind of(String id) {
		for (TrackerKind k : values()) {
			if (k.id().equals(id)) {
				return k;
			}
		}
		throw new IllegalArgumentException("unknown tracker '" + id + "' (simple, flow, none)");
	}
}
