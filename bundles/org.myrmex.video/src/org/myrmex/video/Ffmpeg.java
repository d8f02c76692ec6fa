// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_FATAL;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.Loader;

/** Loads FFmpeg's natives (once), quietens its logging and reports what the build can do. */
public final class Ffmpeg {
	private static final Object LOCK = new Object();
	private static volatile boolean loaded;

	private Ffmpeg() {
	}

	/**
	 * Loads the FFmpeg natives and silences FFmpeg's own log: decoders complain on stderr about every picture they
	 * cannot use after a seek or at a cut; what matters reaches the user as a {@link VideoException} naming the file.
	 */
	public static void load() {
		if (loaded) {
			return;
		}
		synchronized (LOCK) {
			if (!loaded) {
				Loader.load(avutil.class);
				Loader.load(avcodec.class);
				av_log_set_level(AV_LOG_FATAL);
				loaded = true;
			}
		}
	}

	/** @return FFmpeg's version string, e.g. "6.1.1" */
	public static String version() {
		load();
		return avutil.av_version_info().getString();
	}

	/** @return whether the libx264 H.264 encoder is present (it is only in the GPL build) */
	public static boolean hasLibx264() {
		load();
		return avcodec.avcodec_find_encoder_by_name("libx264") != null;
	}
}
