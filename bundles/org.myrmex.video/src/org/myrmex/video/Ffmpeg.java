// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_ERROR;
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

	/** Loads the FFmpeg natives and sets FFmpeg's log level to errors only. */
	public static void load() {
		if (loaded) {
			return;
		}
		synchronized (LOCK) {
			if (!loaded) {
				Loader.load(avutil.class);
				Loader.load(avcodec.class);
				av_log_set_level(AV_LOG_ERROR);
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
