// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.myrmex.cli.Command;
import org.myrmex.video.VideoException;
import org.myrmex.video.preprocess.Crop;
import org.myrmex.video.preprocess.PreprocessOptions;
import org.myrmex.video.preprocess.PreprocessResult;
import org.myrmex.video.preprocess.Preprocessor;
import org.myrmex.video.preprocess.Scale;

/** {@code myrmex preprocess OUT_DIR INPUT…}: re-encodes videos with FFmpeg for fast, exact frame access. */
public final class PreprocessCommand implements Command {

	@Override
	public String name() {
		return "preprocess";
	}

	@Override
	public String summary() {
		return "re-encode videos (crop, scale, grey, all-intra) with SLEAP's H.264 settings";
	}

	@Override
	public String usage() {
		return """
				Usage: myrmex preprocess [OPTIONS] OUT_DIR INPUT...

				Re-encodes each INPUT (a video file, or every video in a folder) into OUT_DIR/NAME%s.mp4 with
				SLEAP's settings (libx264, yuv420p, preset superfast, crf 23) and checks that the output has as
				many frames as the input. Inputs are never overwritten; a failed or cancelled (Ctrl-C) encode
				leaves no output file.
				  --suffix S       added to each output's name (default %s; may be empty when OUT_DIR is
				                   not the inputs' folder)
				  --crop X,Y,W,H   keep only this box: top-left corner X,Y and size WxH, in pixels
				  --scale WxH|F    resize (after cropping) to WxH pixels, or by a factor F such as 0.5
				  --gray           drop colour
				  --gop N          a key frame every N frames (default: the encoder's own, 250 for libx264)
				  --short-gop      a key frame every %d frames: quick seeking, small files
				  --all-intra      every frame a key frame (--gop 1): instant seeking, larger files
				  --crf N          quality, 0 to 51, lower is better (default 23)
				  --preset P       encoder speed: ultrafast, superfast (default), veryfast … veryslow
				  --pix-fmt F      output pixel format (default yuv420p, which needs an even width and height)
				  --codec C        FFmpeg encoder (default libx264; fails if missing, never falls back)
				  --overwrite      replace outputs that exist (never an input)""".formatted(PreprocessOptions.DEFAULT_SUFFIX,
				PreprocessOptions.DEFAULT_SUFFIX, PreprocessOptions.SHORT_GOP);
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		PreprocessOptions options;
		Path outputFolder;
		List<Path> inputs = new ArrayList<>();
		try {
			Arguments arguments = new Arguments(args,
					List.of("--suffix", "--crop", "--scale", "--gop", "--crf", "--preset", "--pix-fmt", "--codec"),
					List.of("--gray", "--short-gop", "--all-intra", "--overwrite"));
			options = options(arguments);
			List<String> positionals = arguments.positionals();
			if (positionals.size() < 2) {
				throw new IllegalArgumentException(positionals.isEmpty() ? "missing OUT_DIR and INPUT" : "missing INPUT");
			}
			outputFolder = Path.of(positionals.get(0));
			for (String input : positionals.subList(1, positionals.size())) {
				inputs.add(Path.of(input));
			}
		} catch (IllegalArgumentException e) {
			err.println("myrmex preprocess: " + e.getMessage());
			err.println(usage());
			return USAGE;
		}
		try {
			for (PreprocessResult result : Preprocessor.run(inputs, outputFolder, options, monitor)) {
				out.printf("Wrote %s (%d frames, %dx%d)%n", result.output(), result.frames(), result.width(),
						result.height());
			}
			return OK;
		} catch (VideoException e) {
			err.println("myrmex preprocess: " + e.getMessage());
			return FAILED;
		}
	}

	private static PreprocessOptions options(Arguments arguments) {
		PreprocessOptions defaults = PreprocessOptions.defaults();
		PreprocessOptions options = defaults.withSuffix(arguments.option("--suffix", defaults.suffix()))
				.withCrf(arguments.number("--crf", defaults.crf()))
				.withPreset(arguments.option("--preset", defaults.preset()))
				.withPixelFormat(arguments.option("--pix-fmt", defaults.pixelFormat()))
				.withCodec(arguments.option("--codec", defaults.codec())).withGrayscale(arguments.flag("--gray"))
				.withOverwrite(arguments.flag("--overwrite"));
		String crop = arguments.option("--crop", null);
		if (crop != null) {
			options = options.withCrop(Crop.parse(crop));
		}
		String scale = arguments.option("--scale", null);
		if (scale != null) {
			options = options.withScale(Scale.parse(scale));
		}
		int gopChoices = (arguments.option("--gop", null) != null ? 1 : 0) + (arguments.flag("--short-gop") ? 1 : 0)
				+ (arguments.flag("--all-intra") ? 1 : 0);
		if (gopChoices > 1) {
			throw new IllegalArgumentException("choose one of --gop N, --short-gop and --all-intra");
		}
		if (arguments.flag("--all-intra")) {
			return options.allIntra();
		}
		if (arguments.flag("--short-gop")) {
			return options.shortGop();
		}
		int gop = arguments.number("--gop", 0);
		if (arguments.option("--gop", null) != null && gop < 1) {
			throw new IllegalArgumentException("--gop takes a number of frames of at least 1, not " + gop);
		}
		return options.withKeyframeInterval(gop);
	}
}
