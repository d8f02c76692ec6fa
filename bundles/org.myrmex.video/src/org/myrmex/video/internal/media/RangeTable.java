// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The limited → full range expansion of 8-bit luma as a table that reproduces swscale's integer arithmetic exactly
 * (its {@code lumRangeToJpeg} on 15-bit samples, then rounding to 8 bits), so grey frames are byte-identical to
 * {@code ffmpeg -pix_fmt gray}.
 */
final class RangeTable {
	private static final byte[] TO_FULL = new byte[256];
	/** {@link #TO_FULL} applied to both bytes of a little-endian pair: half the lookups. */
	private static final short[] PAIRS_TO_FULL = new short[1 << 16];
	private static final VarHandle PAIR = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);

	static {
		for (int y = 0; y < 256; y++) {
			int sample = (Math.min(y << 7, 30189) * 19077 - 39057361) >> 14;
			TO_FULL[y] = (byte) Math.max(0, Math.min(255, (sample + 64) >> 7));
		}
		for (int pair = 0; pair < PAIRS_TO_FULL.length; pair++) {
			PAIRS_TO_FULL[pair] = (short) ((TO_FULL[pair >>> 8] & 0xff) << 8 | (TO_FULL[pair & 0xff] & 0xff));
		}
	}

	private RangeTable() {
	}

	/** @return the full-range value of a limited-range luma sample (0–255) */
	static int toFull(int luma) {
		return TO_FULL[luma] & 0xff;
	}

	/** Expands every byte of {@code samples} in place. */
	static void expand(byte[] samples) {
		short[] pairs = PAIRS_TO_FULL;
		int even = samples.length & ~1;
		for (int i = 0; i < even; i += 2) {
			PAIR.set(samples, i, pairs[(short) PAIR.get(samples, i) & 0xffff]);
		}
		if (even < samples.length) {
			samples[even] = TO_FULL[samples[even] & 0xff];
		}
	}
}
