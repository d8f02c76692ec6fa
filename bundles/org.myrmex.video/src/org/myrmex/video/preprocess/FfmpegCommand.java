// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.preprocess;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.ffmpeg.ffmpeg;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacpp.Loader;
import org.myrmex.video.Ffmpeg;
import org.myrmex.video.VideoException;

/**
 * The {@code ffmpeg} command line that pre-processes one video, run with the {@code ffmpeg} executable bundled in
 * FFmpeg's natives (the same libraries Myrmex decodes with). Every flag comes from {@link PreprocessOptions}, so the
 * command a user would type and the one Myrmex runs are the same.
 */
public final class FfmpegCommand {
	private FfmpegCommand() {
	}

	/**
	 * Unpacks (once) and returns the bundled {@code ffmpeg} executable.
	 *
	 * @throws VideoException when the natives hold no runnable executable
	 */
	public static Path executable() throws VideoException {
		Ffmpeg.load();
		String path;
		try {
			path = Loader.load(ffmpeg.class);
		} catch (RuntimeException | LinkageError e) {
			throw new VideoException(Path.of("ffmpeg"), "cannot unpack the bundled ffmpeg executable (" + e + ")", e);
		}
		if (path == null || !Files.isExecutable(Path.of(path))) {
			throw new VideoException(Path.of(String.valueOf(path)), "the bundled ffmpeg executable is missing or not executable");
		}
		return Path.of(path);
	}

	/**
	 * Fails loudly when FFmpeg lacks the encoder the options name: Myrmex never falls back to another codec.
	 *
	 * @param about the file named in the message
	 * @throws VideoException when the encoder is missing
	 */
	public static void checkEncoder(PreprocessOptions options, Path about) throws VideoException {
		boolean present = options.codec().equals("libx264") ? Ffmpeg.hasLibx264()
				: avcodec.avcodec_find_encoder_by_name(options.codec()) != null;
		if (!present) {
			String hint = options.codec().equals("libx264") ? " (libx264 is only in FFmpeg's GPL build)" : "";
			throw new VideoException(about, "cannot encode: this FFmpeg " + Ffmpeg.version() + " has no " + options.codec()
					+ " encoder" + hint + "; not falling back to another codec");
		}
	}

	/**
	 * Returns the arguments after the executable's name that re-encode {@code input} ({@code width} × {@code height}
	 * pixels) into an MP4 {@code output}: first video stream only, every frame kept ({@code -fps_mode passthrough}),
	 * then crop, scale and grey, then the encoder settings.
	 */
	public static List<String> arguments(PreprocessOptions options, Path input, Path output, int width, int height) {
		return arguments(options, input, output, width, height, false);
	}

	/**
	 * As {@link #arguments(PreprocessOptions, Path, Path, int, int)}; {@code renumber} gives the frames new
	 * timestamps, frame number ÷ frame rate, for inputs whose own cannot be trusted (see
	 * {@link org.myrmex.video.internal.media.MediaProbe#timestampsReliable()}).
	 */
	public static List<String> arguments(PreprocessOptions options, Path input, Path output, int width, int height,
			boolean renumber) {
		List<String> args = new ArrayList<>(List.of("-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-i",
				input.toString(), "-map", "0:v:0", "-an", "-sn", "-dn", "-fps_mode", "passthrough"));
		String filters = filters(options, width, height, renumber);
		if (!filters.isEmpty()) {
			args.addAll(List.of("-vf", filters));
		}
		args.addAll(List.of("-c:v", options.codec(), "-pix_fmt", options.pixelFormat(), "-preset", options.preset(),
				"-crf", Integer.toString(options.crf())));
		if (options.keyframeInterval() > 0) {
			args.addAll(List.of("-g", Integer.toString(options.keyframeInterval())));
		}
		args.addAll(List.of("-f", "mp4", output.toString()));
		return args;
	}

	/**
	 * @return the {@code -vf} filter chain: new timestamps when {@code renumber}, then crop, then scale, then grey;
	 *         empty when none applies
	 */
	static String filters(PreprocessOptions options, int width, int height, boolean renumber) {
		List<String> filters = new ArrayList<>();
		if (renumber) {
			filters.add("setpts=N/FRAME_RATE/TB");
		}
		Crop crop = options.crop();
		if (crop != null) {
			filters.add("crop=" + crop.width() + ":" + crop.height() + ":" + crop.x() + ":" + crop.y() + ":exact=1");
		}
		if (options.scale() != null) {
			filters.add("scale=" + outputWidth(options, width) + ":" + outputHeight(options, height));
		}
		if (options.grayscale()) {
			filters.add("format=gray");
		}
		return String.join(",", filters);
	}

	/** @return the output width for an input {@code width} wide */
	static int outputWidth(PreprocessOptions options, int width) {
		int cropped = options.crop() == null ? width : options.crop().width();
		return options.scale() == null ? cropped : options.scale().width(cropped);
	}

	/** @return the output height for an input {@code height} high */
	static int outputHeight(PreprocessOptions options, int height) {
		int cropped = options.crop() == null ? height : options.crop().height();
		return options.scale() == null ? cropped : options.scale().height(cropped);
	}

	/** @return whether the pixel format subsamples colour horizontally (4:2:0, 4:2:2): the width must be even */
	static boolean needsEvenWidth(String pixelFormat) {
		return pixelFormat.matches("yuvj?42[02]p.*|nv(12|21|16|20).*");
	}

	/** @return whether the pixel format subsamples colour vertically (4:2:0): the height must be even */
	static boolean needsEvenHeight(String pixelFormat) {
		return pixelFormat.matches("yuvj?420p.*|nv(12|21).*");
	}
}
