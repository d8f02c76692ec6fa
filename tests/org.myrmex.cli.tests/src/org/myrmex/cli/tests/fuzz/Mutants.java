// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Makes one mutant of a real fixture per case, alone in its own folder ({@code case-NNNNN}), for one format.
 */
final class Mutants {
	/** One case: what the child reads, what was done to it, and from which fixture. */
	record Case(Format format, Path file, String fixture, String mutation) {
	}

	private static final List<String> SLP = List.of("sleap/slp_hdf5/minimal_instance.slp",
			"sleap/slp_hdf5/small_robot_minimal.slp", "sleap/hdf5_format_v1/centered_pair_predictions.slp",
			"sleap/tracks/clip.predictions.slp", "sleap/slp_hdf5/dance.mp4.labels.slp", "sleap/tracks/clip.2node.slp",
			"sleap/hdf5_format_v1/centered_pair_predictions.h5", "sleap/siv_format_v1/small_robot_siv.slp");
	private static final List<String> SKELETON = List.of("sleap/skeleton/fly_skeleton_legs.json",
			"sleap/skeleton/fly_skeleton_legs_pystate_dict.json", "sleap/skeletons/flies13.json",
			"sleap/skeletons/mice_of.json", "ants/antSkeleton.json");
	private static final List<String> CONFIG = List.of(
			"sleap/models/minimal_instance.UNet.centroid/training_config.json",
			"sleap/models/minimal_instance.UNet.centered_instance/training_config.json",
			"sleap/models/minimal_instance.UNet.bottomup/training_config.json",
			"sleap/models/minimal_robot.UNet.single_instance/training_config.json",
			"ants/models/general_models/filter_32-stride_32.240425_031454.centroid/training_config.json");
	private static final List<String> SLEAP_JSON = List.of("sleap/json_format_v2/minimal_instance.json");
	private static final List<String> DLC = List.of("dlc_testdata.csv", "dlc_testdata_v2.csv", "madlc_testdata.csv",
			"maudlc_testdata_v2.csv", "CollectedData_LM.csv");
	private static final String DLC_FOLDER = "sleap/dlc/labeled-data/video/";
	private static final List<String> MEDIA = List.of("sleap/videos/small_robot_3_frame.mp4",
			"sleap/tracks/clip.mp4", "sleap/videos/small_robot_3_frame.mp4", "sleap/videos/centered_pair_small.mp4");
	private static final List<String> PNGS = List.of(DLC_FOLDER + "img000.png", DLC_FOLDER + "img001.png",
			DLC_FOLDER + "img002.png", DLC_FOLDER + "img003.png");
	private static final List<String> JPEGS = List.of("sleap/videos/robot0.jpg", "sleap/videos/robot1.jpg",
			"sleap/videos/robot2.jpg");

	private final Path fixtures;
	private final Path cocoSeed;

	/** @param cocoSeed a COCO keypoints file written from a fixture (there is no COCO fixture) */
	Mutants(Path fixtures, Path cocoSeed) {
		this.fixtures = fixtures;
		this.cocoSeed = cocoSeed;
	}

	Case make(Format format, Path folder, Random random) throws IOException {
		Files.createDirectories(folder);
		return switch (format) {
		case SLP -> slp(folder, random);
		case SKELETON -> json(format, folder, pick(SKELETON, random), random, true);
		case CONFIG -> json(format, folder, pick(CONFIG, random), random, false);
		case SLEAP_JSON -> json(format, folder, pick(SLEAP_JSON, random), random, true);
		case COCO -> json(format, folder, cocoSeed.toString(), random, false);
		case DLC -> dlc(folder, random);
		case VIDEO -> video(folder, random);
		};
	}

	private Case slp(Path folder, Random random) throws IOException {
		String fixture = pick(SLP, random);
		Path file = folder.resolve(fixture.endsWith(".h5") ? "labels.h5" : "labels.slp");
		if (random.nextInt(5) < 2) {
			ByteMutations.Mutant mutant = ByteMutations.mutate(Files.readAllBytes(fixtures.resolve(fixture)), random);
			Files.write(file, mutant.bytes());
			return new Case(Format.SLP, file, fixture, mutant.mutation());
		}
		Files.copy(fixtures.resolve(fixture), file);
		file.toFile().setWritable(true);
		return new Case(Format.SLP, file, fixture, SlpMutations.mutate(file, random));
	}

	private Case json(Format format, Path folder, String fixture, Random random, boolean skeleton) throws IOException {
		Path source = fixtures.resolve(fixture);
		String text = Files.readString(source, StandardCharsets.UTF_8);
		ByteMutations.Mutant mutant = skeleton && random.nextInt(5) < 2 ? SkeletonMutations.mutate(text, random)
				: JsonMutations.mutate(text, random);
		Path file = folder.resolve(format == Format.CONFIG ? "training_config.json" : source.getFileName().toString());
		Files.write(file, mutant.bytes());
		return new Case(format, file, source.getFileName().toString(), mutant.mutation());
	}

	/** A DeepLabCut project's labelled-data folder: the mutated CSV beside the images it names. */
	private Case dlc(Path folder, Random random) throws IOException {
		Path data = Files.createDirectories(folder.resolve("labeled-data/video"));
		for (int i = 0; i < 4; i++) {
			Files.copy(fixtures.resolve(DLC_FOLDER + "img00" + i + ".png"), data.resolve("img00" + i + ".png"));
		}
		String fixture = pick(DLC, random);
		byte[] csv = Files.readAllBytes(fixtures.resolve(DLC_FOLDER + fixture));
		ByteMutations.Mutant mutant = random.nextInt(3) == 0 ? ByteMutations.mutate(csv, random)
				: CsvMutations.mutate(new String(csv, StandardCharsets.UTF_8), random);
		String mutation = mutant.mutation();
		if (random.nextInt(6) == 0) {
			Path image = data.resolve("img00" + random.nextInt(4) + ".png");
			Files.write(image, ByteMutations.mutate(Files.readAllBytes(image), random).bytes());
			mutation += ", one image damaged";
		}
		Path file = data.resolve(fixture);
		Files.write(file, mutant.bytes());
		return new Case(Format.DLC, file, fixture, mutation);
	}

	private Case video(Path folder, Random random) throws IOException {
		int kind = random.nextInt(6);
		if (kind == 0) {
			return imageFolder(folder, random);
		}
		if (kind == 1) {
			return Hdf5VideoMutations.make(fixtures, folder, random);
		}
		return VideoMutations.media(fixtures, folder, pick(MEDIA, random), random);
	}

	/** A folder of frames of one size (PNGs or JPEGs), one of them damaged, e.g. a broken PNG. */
	private Case imageFolder(Path folder, Random random) throws IOException {
		Path frames = Files.createDirectories(folder.resolve("frames"));
		List<String> images = random.nextBoolean() ? PNGS : JPEGS;
		int broken = random.nextInt(images.size());
		String mutation = "";
		for (int i = 0; i < images.size(); i++) {
			String image = images.get(i);
			byte[] bytes = Files.readAllBytes(fixtures.resolve(image));
			if (i == broken) {
				ByteMutations.Mutant mutant = ByteMutations.mutate(bytes, random);
				bytes = mutant.bytes();
				mutation = "image folder, frame " + i + " of " + images.size() + ": " + mutant.mutation();
			}
			Files.write(frames.resolve(Path.of(image).getFileName()), bytes);
		}
		return new Case(Format.VIDEO, frames, "image folder", mutation);
	}

	private static String pick(List<String> names, Random random) {
		return names.get(random.nextInt(names.size()));
	}
}
