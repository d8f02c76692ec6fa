// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.preprocess;

import java.util.List;

/**
 * How {@link Preprocessor} re-encodes videos. The defaults are SLEAP's recommended settings ({@code -c:v libx264
 * -pix_fmt yuv420p -preset superfast -crf 23}), the encoder's own key-frame interval, no crop, no scale, colour kept;
 * outputs are named {@code NAME_preprocessed.mp4} and existing outputs are not overwritten. Immutable: each
 * {@code with…} method returns a changed copy.
 *
 * @param codec FFmpeg encoder name, e.g. {@code libx264}
 * @param pixelFormat FFmpeg pixel format of the output, e.g. {@code yuv420p}
 * @param preset encoder speed preset, e.g. {@code superfast}
 * @param crf constant rate factor, 0 (lossless) to 51; lower is better
 * @param suffix added to each input's name (before {@code .mp4}); may be empty
 * @param crop the box to keep, or {@code null} for the whole frame
 * @param scale the new frame size (applied after the crop), or {@code null} to keep the size
 * @param grayscale whether to drop colour
 * @param keyframeInterval frames between key frames: 0 leaves it to the encoder, 1 makes every frame a key frame
 *        (all-intra: instant seeking), small numbers such as {@link #SHORT_GOP} seek quickly with smaller files
 * @param overwrite whether an existing output may be replaced (an input never is)
 */
public record PreprocessOptions(String codec, String pixelFormat, String preset, int crf, String suffix, Crop crop,
		Scale scale, boolean grayscale, int keyframeInterval, boolean overwrite) {

	/** The suffix outputs get by default. */
	public static final String DEFAULT_SUFFIX = "_preprocessed";
	/** The key-frame interval of a short group of pictures. */
	public static final int SHORT_GOP = 10;
	/** x264's (and x265's) speed presets, fastest first. */
	public static final List<String> PRESETS = List.of("ultrafast", "superfast", "veryfast", "faster", "fast",
			"medium", "slow", "slower", "veryslow", "placebo");

	/** @throws IllegalArgumentException naming the bad value */
	public PreprocessOptions {
		if (codec == null || !codec.matches("[A-Za-z0-9_]+")) {
			throw new IllegalArgumentException("'" + codec + "' is not an encoder name such as libx264");
		}
		if (pixelFormat == null || !pixelFormat.matches("[a-z0-9_]+")) {
			throw new IllegalArgumentException("'" + pixelFormat + "' is not a pixel format such as yuv420p");
		}
		if (!PRESETS.contains(preset)) {
			throw new IllegalArgumentException("preset '" + preset + "' is not one of " + String.join(", ", PRESETS));
		}
		if (crf < 0 || crf > 51) {
			throw new IllegalArgumentException("crf " + crf + " is outside 0..51");
		}
		if (suffix == null || suffix.contains("/") || suffix.contains("\\") || suffix.contains("\0")) {
			throw new IllegalArgumentException("suffix '" + suffix + "' must not contain a path separator");
		}
		if (keyframeInterval < 0) {
			throw new IllegalArgumentException("key-frame interval " + keyframeInterval + " must not be negative");
		}
	}

	/** @return SLEAP's settings: libx264, yuv420p, preset superfast, crf 23, suffix {@value #DEFAULT_SUFFIX} */
	public static PreprocessOptions defaults() {
		return new PreprocessOptions("libx264", "yuv420p", "superfast", 23, DEFAULT_SUFFIX, null, null, false, 0, false);
	}

	public PreprocessOptions withCodec(String value) {
		return new PreprocessOptions(value, pixelFormat, preset, crf, suffix, crop, scale, grayscale, keyframeInterval,
				overwrite);
	}

	public PreprocessOptions withPixelFormat(String value) {
		return new PreprocessOptions(codec, value, preset, crf, suffix, crop, scale, grayscale, keyframeInterval,
				overwrite);
	}

	public PreprocessOptions withPreset(String value) {
		return new PreprocessOptions(codec, pixelFormat, value, crf, suffix, crop, scale, grayscale, keyframeInterval,
				overwrite);
	}

	public PreprocessOptions withCrf(int value) {
		return new PreprocessOptions(codec, pixelFormat, preset, value, suffix, crop, scale, grayscale,
				keyframeInterval, overwrite);
	}

	public PreprocessOptions withSuffix(String value) {
		return new PreprocessOptions(codec, pixelFormat, preset, crf, value, crop, scale, grayscale, keyframeInterval,
				overwrite);
	}

	/** @param value the box to keep, or {@code null} for the whole frame */
	public PreprocessOptions withCrop(Crop value) {
		return new PreprocessOptions(codec, pixelFormat, preset, crf, suffix, value, scale, grayscale,
				keyframeInterval, overwrite);
	}

	/** @param value the new size, or {@code null} to keep it */
	public PreprocessOptions withScale(Scale value) {
		return new PreprocessOptions(codec, pixelFormat, preset, crf, suffix, crop, value, grayscale,
				keyframeInterval, overwrite);
	}

	public PreprocessOptions withGrayscale(boolean value) {
		return new PreprocessOptions(codec, pixelFormat, preset, crf, suffix, crop, scale, value, keyframeInterval,
				overwrite);
	}

	/** @param value frames between key frames; 0 leaves it to the encoder, 1 is all-intra */
	public PreprocessOptions withKeyframeInterval(int value) {
		return new PreprocessOptions(codec, pixelFormat, preset, crf, suffix, crop, scale, grayscale, value,
				overwrite);
	}

	/** @return a copy where every frame is a key frame: any frame decodes on its own */
	public PreprocessOptions allIntra() {
		return withKeyframeInterval(1);
	}

	/** @return a copy with a key frame every {@value #SHORT_GOP} frames */
	public PreprocessOptions shortGop() {
		return withKeyframeInterval(SHORT_GOP);
	}

	public PreprocessOptions withOverwrite(boolean value) {
		return new PreprocessOptions(codec, pixelFormat, preset, crf, suffix, crop, scale, grayscale,
				keyframeInterval, value);
	}
}
