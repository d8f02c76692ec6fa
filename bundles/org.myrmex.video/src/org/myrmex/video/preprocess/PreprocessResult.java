// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.preprocess;

import java.nio.file.Path;

/**
 * One pre-processed video.
 *
 * @param input the original video (untouched)
 * @param output the new video
 * @param frames the frame count, the same in both (verified)
 * @param width the new frame width
 * @param height the new frame height
 */
public record PreprocessResult(Path input, Path output, int frames, int width, int height) {
}
