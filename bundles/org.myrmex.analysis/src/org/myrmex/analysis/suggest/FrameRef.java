// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import org.myrmex.model.Video;

/** A frame of one of the labels' videos. */
record FrameRef(Video video, int frame) {
}
