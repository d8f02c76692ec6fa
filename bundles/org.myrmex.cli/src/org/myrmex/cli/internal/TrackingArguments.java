// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.util.List;

import org.myrmex.tracking.Matching;
import org.myrmex.tracking.Similarity;
import org.myrmex.tracking.TrackerKind;
import org.myrmex.tracking.TrackerOptions;

/** {@code myrmex track}'s tracking options, as SLEAP's {@code --tracking.*} with its defaults. */
final class TrackingArguments {
	private static final List<String> NEED_A_TRACKER = List.of("--similarity", "--match", "--track-window",
			"--max-tracks", "--target-instances", "--cull-iou");

	private TrackingArguments() {
	}

	/**
	 * @param fallback the tracker when {@code --tracker} is absent
	 * @return the tracker's options, or null for no tracking
	 * @throws IllegalArgumentException naming the bad option
	 */
	static TrackerOptions parse(Arguments arguments, TrackerKind fallback) {
		String name = arguments.option("--tracker", null);
		TrackerKind kind = name == null ? fallback : TrackerKind.of(name);
		if (kind == TrackerKind.NONE) {
			for (String option : NEED_A_TRACKER) {
				if (arguments.option(option, null) != null) {
					throw new IllegalArgumentException(option + " needs --tracker simple or flow");
				}
			}
			if (arguments.flag("--connect-breaks")) {
				throw new IllegalArgumentException("--connect-breaks needs --tracker simple or flow");
			}
			return null;
		}
		TrackerOptions options = TrackerOptions.defaults().withTracker(kind)
				.withSimilarity(Similarity.of(arguments.option("--similarity", "instance")))
				.withMatch(Matching.of(arguments.option("--match", "greedy")));
		int window = arguments.number("--track-window", 5);
		if (window < 1) {
			throw new IllegalArgumentException("--track-window takes a number of at least 1, not " + window);
		}
		options = options.withTrackWindow(window).withMaxTracks(arguments.number("--max-tracks", 0));
		int target = arguments.number("--target-instances", 0);
		String iou = arguments.option("--cull-iou", null);
		if (target == 0 && (iou != null || arguments.flag("--connect-breaks"))) {
			throw new IllegalArgumentException((iou != null ? "--cull-iou" : "--connect-breaks")
					+ " needs --target-instances N");
		}
		options = options.withTargetInstances(target, target > 0, iou == null ? 0 : fraction(iou));
		return options.withConnectBreaks(arguments.flag("--connect-breaks"));
	}

	private static double fraction(String text) {
		try {
			double value = Double.parseDouble(text);
			if (value >= 0 && value <= 1) {
				return value;
			}
		} catch (NumberFormatException e) {
			// the message below
		}
		throw new IllegalArgumentException("--cull-iou takes a number from 0 to 1, not '" + text + "'");
	}
}
