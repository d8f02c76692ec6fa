// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Random (seeded) and stride sampling of a pool of frames, as SLEAP's "sample" suggestion method. */
final class SampleSuggester {
	private SampleSuggester() {
	}

	/** @return {@code count} frames of the pool (all of them when it has fewer), in the order drawn */
	static List<FrameSuggestion> random(List<FrameRef> pool, int count, Random random) {
		List<FrameRef> shuffled = new ArrayList<>(pool);
		Collections.shuffle(shuffled, random);
		List<FrameSuggestion> picked = new ArrayList<>();
		int n = Math.min(count, shuffled.size());
		for (int i = 0; i < n; i++) {
			FrameRef f = shuffled.get(i);
			picked.add(new FrameSuggestion(f.video(), f.frame(), n - i, "random draw " + (i + 1),
					SuggestionMethod.RANDOM));
		}
		return picked;
	}

	/** @return {@code count} frames evenly spaced over the pool, starting at its first (all when it has fewer) */
	static List<FrameSuggestion> stride(List<FrameRef> pool, int count) {
		List<FrameSuggestion> picked = new ArrayList<>();
		int n = Math.min(count, pool.size());
		double step = n == 0 ? 0 : (double) pool.size() / n;
		for (int i = 0; i < n; i++) {
			FrameRef f = pool.get((int) Math.floor(i * step));
			picked.add(new FrameSuggestion(f.video(), f.frame(), n - i,
					String.format(Locale.ROOT, "every %.1f frames", step), SuggestionMethod.STRIDE));
		}
		return picked;
	}
}
