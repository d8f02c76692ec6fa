// SPDX-License-Identifier: EPL-2.0
/**
 * Fast look-up and navigation of labelled frames: {@link org.myrmex.model.index.FrameIndex} finds the frame
 * of a (video, frame index) in constant time and steps through a video's labelled frames in frame order,
 * staying correct while the model is edited; {@link org.myrmex.model.index.FrameRows} lists the labelled frames
 * as rows (all, or those with user or predicted instances) for a table.
 */
package org.myrmex.model.index;
