// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Damaged media files: cut short, runs of zeroed bytes (lost packets), flipped bits, and files of another format
 * (an image, a labels file, JSON, noise) under a video's name.
 */
final class VideoMutations {
	private static final List<String> OTHER_FORMATS = List.of("sleap/dlc/labeled-data/video/img000.png",
			"sleap/videos/robot0.jpg", "sleap/slp_hdf5/minimal_instance.slp", "ants/antSkeleton.json");

	private VideoMutations() {
	}

	static Mutants.Case media(Path fixtures, Path folder, String fixture, Random random) throws IOException {
		byte[] bytes = Files.readAllBytes(fixtures.resolve(fixture));
		byte[] mutated;
		String mutation;
		switch (random.nextInt(6)) {
		case 0, 1 -> {
			int length = (int) (bytes.length * (0.02 + 0.97 * random.nextDouble()));
			mutated = Arrays.copyOf(bytes, length);
			mutation = "cut short to " + length + " of " + bytes.length + " bytes";
		}
		case 2 -> {
			mutated = bytes.clone();
			int runs = 1 + random.nextInt(8);
			for (int i = 0; i < runs; i++) {
				int length = 64 << random.nextInt(8);
				int start = random.nextInt(Math.max(1, mutated.length - length));
				Arrays.fill(mutated, start, Math.min(mutated.length, start + length), (byte) 0);
			}
			mutation = runs + " runs of bytes zeroed (lost packets)";
		}
		case 3 -> {
			String other = OTHER_FORMATS.get(random.nextInt(OTHER_FORMATS.size()));
			mutated = Files.readAllBytes(fixtures.resolve(other));
			mutation = "wrong container: " + Path.of(other).getFileName();
			fixture = other;
		}
		case 4 -> {
			mutated = new byte[random.nextInt(200_000)];
			random.nextBytes(mutated);
			mutation = "wrong container: " + mutated.length + " random bytes";
		}
		default -> {
			ByteMutations.Mutant mutant = ByteMutations.mutate(bytes, random);
			mutated = mutant.bytes();
			mutation = mutant.mutation();
		}
		}
		String[] names = { "video.mp4", "video.mp4", "video.avi", "video.mkv" };
		Path file = folder.resolve(names[random.nextInt(names.length)]);
		Files.write(file, mutated);
		return new Mutants.Case(Format.VIDEO, file, Path.of(fixture).getFileName().toString(), mutation);
	}
}
