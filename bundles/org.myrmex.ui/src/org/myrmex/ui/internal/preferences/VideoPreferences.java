// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.preferences;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.myrmex.video.Videos;

/**
 * The workbench's video settings (Window › Preferences › Myrmex › Video): the frame cache limit per video, in MB.
 * Its default is the headless one ({@link Videos#defaultFrameCacheLimit()}: system property
 * {@code myrmex.video.frameCacheMB}, else a quarter of the Java heap, at most 1 GB).
 */
public final class VideoPreferences extends AbstractPreferenceInitializer {
	/** The preference's key: the frame cache limit per video in MB (2^20 bytes). */
	public static final String FRAME_CACHE_MB = "frameCacheMB";
	/** The preferences node: the workbench bundle's. */
	public static final String QUALIFIER = "org.myrmex.ui";

	@Override
	public void initializeDefaultPreferences() {
		DefaultScope.INSTANCE.getNode(QUALIFIER).putLong(FRAME_CACHE_MB, defaultMB());
	}

	/** @return the frame cache limit per video set on the preference page, or the default, in MB */
	public static long frameCacheMB() {
		long mb = Platform.getPreferencesService().getLong(QUALIFIER, FRAME_CACHE_MB, defaultMB(), null);
		return mb >= 0 ? mb : defaultMB();
	}

	/** Gives the videos opened from now on the frame cache limit of the preference. */
	public static void apply() {
		Videos.setFrameCacheLimit(frameCacheMB() << 20);
	}

	private static long defaultMB() {
		return Videos.defaultFrameCacheLimit() >> 20;
	}
}
