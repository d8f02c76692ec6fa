// SPDX-License-Identifier: EPL-2.0
/**
 * Fast look-up and navigation of labelled frames: {@link org.myrmex.model.index.FrameIndex} finds the frame
 * of a (video, frame index) in constant time and steps through a video's labelled frames in frame order,
 * staying correct while the model is edited.
 */
package org.myrmex.model.index;
