// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Training profiles: Myrmex's built-in ones (in this bundle's {@code profiles}: SLEAP's baseline profiles and the
 * ant group's top-down pair), profiles the user saved (a folder per profile holding one {@code <head>.json} per
 * model) and single {@code training_config.json} files.
 */
public final class TrainingProfiles {
	private static final String FOLDER = "/profiles/";

	private TrainingProfiles() {
	}

	/** @return the built-in profiles, the ant pair first */
	public static List<TrainingProfile> builtIn() {
		List<TrainingProfile> profiles = new ArrayList<>();
		for (String line : resource("index.txt").split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t");
			Pipeline pipeline = Pipeline.ofKey(fields[1].strip());
			Map<String, TrainingConfig> configs = new LinkedHashMap<>();
			for (int i = 2; i < fields.length; i++) {
				String file = fields[i].strip();
				try {
					TrainingConfig config = TrainingConfigJson.parse(resource(file), "profiles/" + file);
					configs.put(config.model().head().key(), config);
				} catch (TrainingConfigException e) {
					throw new IllegalStateException("built-in profile " + file + " is invalid: " + e.getMessage(), e);
				}
			}
			profiles.add(new TrainingProfile(fields[0].strip(), pipeline, configs, TrainingProfile.Origin.BUILT_IN));
		}
		return List.copyOf(profiles);
	}

	/**
	 * Reads one {@code training_config.json} (SLEAP's or Myrmex's) as a profile of the pipeline its head belongs to.
	 *
	 * @throws TrainingConfigException naming the file when it cannot be read, or its head is not one a pipeline
	 *                                 trains
	 */
	public static TrainingProfile load(Path file) throws TrainingConfigException {
		TrainingConfig config = TrainingConfigJson.read(file);
		if (config.model().head() == null) {
			throw new TrainingConfigException(file.toString(), "model.heads", "no head is set", null);
		}
		String head = config.model().head().key();
		Pipeline pipeline = Pipeline.ofHead(head);
		if (pipeline == null) {
			throw new TrainingConfigException(file.toString(), "model.heads." + head,
					"identity models cannot be trained by Myrmex", null);
		}
		String name = file.getParent() == null ? file.getFileName().toString()
				: file.getParent().getFileName() + "/" + file.getFileName();
		return new TrainingProfile(name, pipeline, Map.of(head, config), TrainingProfile.Origin.FILE);
	}

	/**
	 * @param folder the folder of saved profiles (missing: none saved)
	 * @return the profiles saved there, by name; folders that do not hold a readable profile are left out
	 */
	public static List<TrainingProfile> saved(Path folder) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<TrainingProfile> profiles = new ArrayList<>();
		try (Stream<Path> entries = Files.list(folder)) {
			for (Path dir : entries.filter(Files::isDirectory).sorted().toList()) {
				TrainingProfile profile = readSaved(dir);
				if (profile != null) {
					profiles.add(profile);
				}
			}
		} catch (IOException e) {
			return List.copyOf(profiles);
		}
		return List.copyOf(profiles);
	}

	private static TrainingProfile readSaved(Path dir) {
		for (Pipeline pipeline : Pipeline.values()) {
			Map<String, TrainingConfig> configs = new LinkedHashMap<>();
			for (String head : pipeline.heads()) {
				Path file = dir.resolve(head + ".json");
				if (Files.isRegularFile(file)) {
					try {
						configs.put(head, TrainingConfigJson.read(file));
					} catch (TrainingConfigException e) {
						return null;
					}
				}
			}
			if (configs.size() == pipeline.heads().size()) {
				return new TrainingProfile(dir.getFileName().toString(), pipeline, configs,
						TrainingProfile.Origin.SAVED);
			}
		}
		return null;
	}

	/**
	 * Saves a profile as {@code folder/name/<head>.json}, one SLEAP configuration per model, each written
	 * atomically.
	 *
	 * @throws TrainingConfigException when the name is not a plain file name or a file cannot be written
	 */
	public static TrainingProfile save(Path folder, String name, Pipeline pipeline, Map<String, TrainingConfig> configs)
			throws TrainingConfigException {
		String problem = nameProblem(name);
		if (problem != null) {
			throw new TrainingConfigException(folder.toString(), "", problem, null);
		}
		Path dir = folder.resolve(name.strip());
		try {
			Files.createDirectories(dir);
		} catch (IOException e) {
			throw new TrainingConfigException(dir.toString(), "", "cannot create (" + e.getMessage() + ")", e);
		}
		for (String head : pipeline.heads()) {
			TrainingConfig config = configs.get(head);
			if (config == null) {
				throw new TrainingConfigException(dir.toString(), "", "the profile lacks the " + head + " model", null);
			}
			TrainingConfigJson.write(config, dir.resolve(head + ".json"));
		}
		return new TrainingProfile(name.strip(), pipeline, configs, TrainingProfile.Origin.SAVED);
	}

	/** @return why {@code name} cannot name a saved profile, or null when it can */
	public static String nameProblem(String name) {
		String n = name == null ? "" : name.strip();
		if (n.isEmpty()) {
			return "a profile needs a name";
		}
		if (n.contains("/") || n.contains("\\") || n.equals(".") || n.equals("..") || n.startsWith(".")) {
			return "profile name '" + n + "' must not contain / or \\ or start with a dot";
		}
		return null;
	}

	private static String resource(String file) {
		try (InputStream in = TrainingProfiles.class.getResourceAsStream(FOLDER + file)) {
			if (in == null) {
				throw new IllegalStateException("the bundle lacks " + FOLDER + file);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + FOLDER + file, e);
		}
	}
}
