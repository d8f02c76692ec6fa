// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views.skeleton;

/** The Skeleton view as its commands see it: the panel whose selection says which node or edge to act on. */
public interface SkeletonViewPart {
	String ID = "org.myrmex.ui.views.skeleton";

	/** @return the view's panel, null before its controls exist */
	SkeletonPanel panel();
}
