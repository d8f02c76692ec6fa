// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.myrmex.model.Skeleton;

/**
 * The skeleton templates Myrmex ships (in this bundle's {@code templates/skeletons}): its own 18-node ant and
 * SLEAP's templates (bees, flies, gerbils, mice), each a SLEAP skeleton JSON file.
 */
public final class SkeletonTemplates {
	private static final String FOLDER = "/templates/skeletons/";

	/** One template: its file name in the templates folder and a title for people. */
	public record Template(String file, String title) {
		/** @return the template's skeleton, read afresh (a new EMF object each time) */
		public Skeleton load() throws LabelsFileException {
			return SkeletonJson.parse(read(file), Path.of("templates", "skeletons", file));
		}
	}

	private SkeletonTemplates() {
	}

	/** @return the templates, Myrmex's ant first */
	public static List<Template> all() {
		List<Template> templates = new ArrayList<>();
		for (String line : read("index.txt").split("\n")) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] fields = line.split("\t", 2);
			templates.add(new Template(fields[0].strip(), fields[1].strip()));
		}
		return List.copyOf(templates);
	}

	/** @return the template whose file name is {@code file} */
	public static Template named(String file) {
		return all().stream().filter(template -> template.file().equals(file)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("no skeleton template " + file));
	}

	private static String read(String file) {
		try (InputStream in = SkeletonTemplates.class.getResourceAsStream(FOLDER + file)) {
			if (in == null) {
				throw new IllegalStateException("the bundle lacks " + FOLDER + file);
			}
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
				StringBuilder text = new StringBuilder();
				reader.lines().forEach(line -> text.append(line).append('\n'));
				return text.toString();
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read " + FOLDER + file, e);
		}
	}
}
