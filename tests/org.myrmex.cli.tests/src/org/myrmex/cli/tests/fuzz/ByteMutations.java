// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

import java.util.Arrays;
import java.util.Random;

/** Format-blind mutations of a file's bytes: flips, truncations, zeroed runs, garbage appended. */
final class ByteMutations {
	private ByteMutations() {
	}

	/** A mutated copy of {@code bytes} and what was done, for the report. */
	record Mutant(byte[] bytes, String mutation) {
	}

	static Mutant mutate(byte[] bytes, Random random) {
		int kind = random.nextInt(6);
		return switch (kind) {
		case 0 -> flip(bytes, random);
		case 5 -> flipHead(bytes, random);
		case 1 -> truncate(bytes, random);
		case 2 -> zero(bytes, random);
		case 3 -> smash(bytes, random);
		default -> append(bytes, random);
		};
	}

	/** Flips 1 to 64 random bits. */
	static Mutant flip(byte[] bytes, Random random) {
		byte[] copy = bytes.clone();
		int flips = 1 + random.nextInt(64);
		for (int i = 0; i < flips && copy.length > 0; i++) {
			copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
		}
		return new Mutant(copy, "flip " + flips + " bits");
	}

	/** Flips 1 to 16 bits in the first 8 KiB, where headers, superblocks and indexes usually are. */
	static Mutant flipHead(byte[] bytes, Random random) {
		byte[] copy = bytes.clone();
		int flips = 1 + random.nextInt(16);
		int head = Math.min(copy.length, 8192);
		for (int i = 0; i < flips && head > 0; i++) {
			copy[random.nextInt(head)] ^= (byte) (1 << random.nextInt(8));
		}
		return new Mutant(copy, "flip " + flips + " bits in the first " + head + " bytes");
	}

	/** Cuts the file at a random length (often early, where headers are). */
	static Mutant truncate(byte[] bytes, Random random) {
		int length = random.nextBoolean() ? random.nextInt(Math.max(1, Math.min(bytes.length, 4096)))
				: random.nextInt(Math.max(1, bytes.length));
		return new Mutant(Arrays.copyOf(bytes, length), "truncate to " + length + " of " + bytes.length + " bytes");
	}

	/** Zeroes a run of 16 bytes to 64 KiB (a lost packet, a hole in the file). */
	static Mutant zero(byte[] bytes, Random random) {
		byte[] copy = bytes.clone();
		int length = Math.min(copy.length, 16 << random.nextInt(13));
		int start = random.nextInt(Math.max(1, copy.length - length + 1));
		Arrays.fill(copy, start, start + length, (byte) 0);
		return new Mutant(copy, "zero " + length + " bytes at " + start);
	}

	/** Overwrites 1 to 16 random bytes with 0xff, 0x00 or 0x7f (sizes and counts become extreme). */
	static Mutant smash(byte[] bytes, Random random) {
		byte[] copy = bytes.clone();
		int count = 1 + random.nextInt(16);
		byte[] values = { (byte) 0xff, 0, 0x7f, (byte) 0x80 };
		for (int i = 0; i < count && copy.length > 0; i++) {
			copy[random.nextInt(copy.length)] = values[random.nextInt(values.length)];
		}
		return new Mutant(copy, "smash " + count + " bytes");
	}

	/** Appends 1 to 4096 random bytes. */
	static Mutant append(byte[] bytes, Random random) {
		byte[] tail = new byte[1 + random.nextInt(4096)];
		random.nextBytes(tail);
		byte[] copy = Arrays.copyOf(bytes, bytes.length + tail.length);
		System.arraycopy(tail, 0, copy, bytes.length, tail.length);
		return new Mutant(copy, "append " + tail.length + " random bytes");
	}
}
