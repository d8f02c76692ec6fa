// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a video named in a labels file was found, and how, or that it was not found and which places were
 * tried: what {@link VideoPathResolver} answers, for the workbench to offer "replace video" and for the
 * command line to print ({@link #describe()}).
 */
public final class ResolvedVideo {
	private static final int DESCRIBED_TRIES = 10;

	/** How the video was found. */
	public enum How {
		/** At the stored path: absolute, or relative to the labels file's folder. */
		AS_STORED,
		/** The stored path's file name, in the labels file's folder. */
		NEXT_TO_LABELS,
		/**
		 * Trailing components of the stored path (e.g. {@code videos/clip.mp4}) under the labels file's folder or
		 * one of its ancestors.
		 */
		BY_SUFFIX,
		/** Trailing components of the stored path under one of the extra search folders. */
		IN_SEARCH_FOLDER,
		/** The stored path's file name, in a folder a few levels below the labels file's folder. */
		BELOW_LABELS,
		/** Nowhere: {@link ResolvedVideo#tried()} lists the places looked at. */
		NOT_FOUND
	}

	private final String storedFilename;
	private final Path path;
	private final How how;
	private final String matchedSuffix;
	private final Path folder;
	private final List<Path> tried;

	private ResolvedVideo(String storedFilename, Path path, How how, String matchedSuffix, Path folder,
			List<Path> tried) {
		if (storedFilename == null) {
			throw new IllegalArgumentException("stored filename must not be null");
		}
		if (tried == null || tried.stream().anyMatch(Objects::isNull)) {
			throw new IllegalArgumentException("tried paths must be given and not null: " + tried);
		}
		this.storedFilename = storedFilename;
		this.path = path;
		this.how = how;
		this.matchedSuffix = matchedSuffix;
		this.folder = folder;
		this.tried = List.copyOf(tried);
	}

	/**
	 * A video found at {@code path}.
	 *
	 * @param matchedSuffix the trailing part of the stored name that was found, components separated by
	 *                      {@code '/'} (the whole stored name for {@link How#AS_STORED}, the file name for
	 *                      {@link How#NEXT_TO_LABELS} and {@link How#BELOW_LABELS})
	 * @param folder        the folder {@code matchedSuffix} was found under, or null for {@link How#AS_STORED}
	 * @param tried         the paths looked at, in order, ending with {@code path}
	 * @throws IllegalArgumentException if {@code path}, {@code how} or {@code matchedSuffix} is null, or
	 *                                  {@code how} is {@link How#NOT_FOUND}
	 */
	public static ResolvedVideo found(String storedFilename, Path path, How how, String matchedSuffix, Path folder,
			List<Path> tried) {
		if (path == null) {
			throw new IllegalArgumentException("path must not be null");
		}
		if (how == null || how == How.NOT_FOUND) {
			throw new IllegalArgumentException("a found video needs how it was found: " + how);
		}
		if (matchedSuffix == null) {
			throw new IllegalArgumentException("matched suffix must not be null");
		}
		return new ResolvedVideo(storedFilename, path, how, matchedSuffix, folder, tried);
	}

	/** A video that was not found, after looking at {@code tried}. */
	public static ResolvedVideo notFound(String storedFilename, List<Path> tried) {
		return new ResolvedVideo(storedFilename, null, How.NOT_FOUND, "", null, tried);
	}

	/** The file name as stored in the labels file. */
	public String storedFilename() {
		return storedFilename;
	}

	/** Whether the video was found. */
	public boolean isResolved() {
		return path != null;
	}

	/** The video's file, absolute and normalized, if found. */
	public Optional<Path> path() {
		return Optional.ofNullable(path);
	}

	/** How the video was found, or {@link How#NOT_FOUND}. */
	public How how() {
		return how;
	}

	/**
	 * The trailing part of the stored name that was found, components separated by {@code '/'}; empty when
	 * not found.
	 */
	public String matchedSuffix() {
		return matchedSuffix;
	}

	/** The folder the matched suffix was found under; empty for {@link How#AS_STORED} and when not found. */
	public Optional<Path> folder() {
		return Optional.ofNullable(folder);
	}

	/** Every path looked at, in order (the found one last). */
	public List<Path> tried() {
		return tried;
	}

	/** One line for a person: where the video was found and how, or where it was looked for. */
	public String describe() {
		String stored = '"' + storedFilename + '"';
		return switch (how) {
		case AS_STORED -> "video " + stored + " found as stored: " + path;
		case NEXT_TO_LABELS -> "video " + stored + " found next to the labels file: " + path;
		case BY_SUFFIX -> "video " + stored + " found by suffix \"" + matchedSuffix + "\" under " + folder + ": "
				+ path;
		case IN_SEARCH_FOLDER -> "video " + stored + " found by suffix \"" + matchedSuffix + "\" in search folder "
				+ folder + ": " + path;
		case BELOW_LABELS -> "video " + stored + " found by name in " + folder + " below the labels folder: " + path;
		case NOT_FOUND -> "video " + stored + " not found; tried " + describeTried();
		};
	}

	private String describeTried() {
		if (tried.isEmpty()) {
			return "nothing (the stored name has no file name)";
		}
		StringBuilder text = new StringBuilder().append(tried.size()).append(tried.size() == 1 ? " place: " : " places: ");
		for (int i = 0; i < Math.min(tried.size(), DESCRIBED_TRIES); i++) {
			text.append(i == 0 ? "" : ", ").append(tried.get(i));
		}
		if (tried.size() > DESCRIBED_TRIES) {
			text.append(" and ").append(tried.size() - DESCRIBED_TRIES).append(" more");
		}
		return text.toString();
	}

	@Override
	public String toString() {
		return describe();
	}
}
