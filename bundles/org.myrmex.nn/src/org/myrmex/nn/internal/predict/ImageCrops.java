// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

/**
 * SLEAP's instance crops at inference ({@code make_centered_bboxes} + {@code crop_bboxes}): a square box of
 * {@code size} pixels whose pixel centres span {@code centre ± (size − 1) / 2}, sampled bilinearly as TensorFlow's
 * {@code crop_and_resize} does (single-precision arithmetic, zeros outside the image) and cast back to 8-bit values by
 * truncation, as SLEAP casts the crops to the images' {@code uint8}.
 */
public final class ImageCrops {
	private ImageCrops() {
	}

	/**
	 * Crops one box.
	 *
	 * @param image    {@code height × width × channels} values 0–255
	 * @param cx       the box centre's x
	 * @param cy       the box centre's y
	 * @param size     the box side in pixels
	 * @param out      receives {@code size × size × channels} values from {@code offset}
	 */
	public static void crop(float[] image, int height, int width, int channels, float cx, float cy, int size,
			float[] out, int offset) {
		float delta = (-size + 1) * 0.5f;
		float y1 = cy + delta;
		float x1 = cx + delta;
		float y2 = cy - delta;
		float x2 = cx - delta;
		float hm1 = height - 1;
		float wm1 = width - 1;
		float ny1 = y1 / hm1;
		float nx1 = x1 / wm1;
		float ny2 = y2 / hm1;
		float nx2 = x2 / wm1;
		float heightScale = size > 1 ? (ny2 - ny1) * hm1 / (size - 1) : 0;
		float widthScale = size > 1 ? (nx2 - nx1) * wm1 / (size - 1) : 0;
		int o = offset;
		for (int y = 0; y < size; y++) {
			float inY = size > 1 ? ny1 * hm1 + y * heightScale : 0.5f * (ny1 + ny2) * hm1;
			if (inY < 0 || inY > hm1) {
				for (int k = 0; k < size * channels; k++) {
					out[o++] = 0;
				}
				continue;
			}
			int top = (int) Math.floor(inY);
			int bottom = (int) Math.ceil(inY);
			float yLerp = inY - top;
			for (int x = 0; x < size; x++) {
				float inX = size > 1 ? nx1 * wm1 + x * widthScale : 0.5f * (nx1 + nx2) * wm1;
				if (inX < 0 || inX > wm1) {
					for (int c = 0; c < channels; c++) {
						out[o++] = 0;
					}
					continue;
				}
				int left = (int) Math.floor(inX);
				int right = (int) Math.ceil(inX);
				float xLerp = inX - left;
				for (int c = 0; c < channels; c++) {
					float topLeft = image[(top * width + left) * channels + c];
					float topRight = image[(top * width + right) * channels + c];
					float bottomLeft = image[(bottom * width + left) * channels + c];
					float bottomRight = image[(bottom * width + right) * channels + c];
					float topValue = topLeft + (topRight - topLeft) * xLerp;
					float bottomValue = bottomLeft + (bottomRight - bottomLeft) * xLerp;
					out[o++] = (int) (topValue + (bottomValue - topValue) * yLerp);
				}
			}
		}
	}
}
