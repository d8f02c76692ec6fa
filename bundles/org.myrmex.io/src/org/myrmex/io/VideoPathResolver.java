// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.myrmex.io.ResolvedVideo.How;

/**
 * Finds the file of a video named in a labels file. The names stored in {@code .slp} files come from other
 * machines: SLEAP-repository-relative ({@code tests/data/videos/clip.mp4}), absolute Unix paths
 * ({@code /home/someone/project/clip.mp4}) or Windows paths ({@code D:\Ant videos\clip.mp4}, with either
 * separator). A stored name is split at both {@code '/'} and {@code '\'}, and looked for, in this order:
 * <ol>
 * <li>as stored: at the absolute path, or relative to the labels file's folder;</li>
 * <li>its file name next to the labels file;</li>
 * <li>its trailing components, longest first ({@code tests/data/videos/clip.mp4}, {@code data/videos/clip.mp4},
 * {@code videos/clip.mp4}, {@code clip.mp4}), each under the labels file's folder and then under up to
 * {@linkplain #DEFAULT_ANCESTOR_LEVELS three} of its ancestors, so a longer, more specific match wins over a
 * nearer folder;</li>
 * <li>its trailing components, longest first, under each extra search folder in turn (SLEAP's
 * {@code search_path_hints}, where SLEAP looks for the file name);</li>
 * <li>its file name in the folders up to {@value #SEARCH_DEPTH} levels below the labels file's folder,
 * breadth first in name order, listing at most {@value #MAX_LISTED_FOLDERS} folders.</li>
 * </ol>
 * An absolute stored name (Unix, Windows drive or UNC) is never put whole under another folder: its trailing
 * components start after its first one at the longest ({@code /home/old/videos/a.mp4} is looked for as
 * {@code old/videos/a.mp4}, {@code videos/a.mp4} and {@code a.mp4}, never as {@code <folder>/home/old/videos/a.mp4}).
 * Only regular files count. The resolver checks existence and lists those few folders, nothing else: it never
 * walks a disk, opens a file or follows a symbolic link while listing.
 */
public final class VideoPathResolver {
	/** How many ancestors of the labels file's folder are searched by suffix unless told otherwise. */
	public static final int DEFAULT_ANCESTOR_LEVELS = 3;
	/** How many folder levels below the labels file's folder are searched by file name. */
	public static final int SEARCH_DEPTH = 2;
	/** How many folders the search below the labels file's folder lists at most. */
	public static final int MAX_LISTED_FOLDERS = 64;
	/** How many entries of one folder are read at most while listing it. */
	private static final int MAX_ENTRIES_PER_FOLDER = 4096;
	/** How many trailing components of a stored name are used at most. */
	private static final int MAX_COMPONENTS = 16;
	private static final Pattern SEPARATORS = Pattern.compile("[/\\\\]+");
	/** A Windows drive ({@code "C:"}) as the first component of a stored name. */
	private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:");
	/** A stored name that starts with a Windows drive, absolute on another machine. */
	private static final Pattern DRIVE_PREFIX = Pattern.compile("[A-Za-z]:.*", Pattern.DOTALL);

	private final List<Path> searchFolders;
	private final int ancestorLevels;

	/** A resolver without extra search folders that searches {@value #DEFAULT_ANCESTOR_LEVELS} ancestors. */
	public VideoPathResolver() {
		this(List.of(), DEFAULT_ANCESTOR_LEVELS);
	}

	/**
	 * A resolver that also searches {@code searchFolders}, in order, after the labels file's folder and its
	 * ancestors.
	 *
	 * @throws IllegalArgumentException if {@code searchFolders} is or holds null
	 */
	public VideoPathResolver(List<Path> searchFolders) {
		this(searchFolders, DEFAULT_ANCESTOR_LEVELS);
	}

	/**
	 * A resolver that searches {@code ancestorLevels} ancestors of the labels file's folder by suffix and then
	 * {@code searchFolders}, in order.
	 *
	 * @throws IllegalArgumentException if {@code searchFolders} is or holds null, or {@code ancestorLevels} is
	 *                                  negative
	 */
	public VideoPathResolver(List<Path> searchFolders, int ancestorLevels) {
		if (searchFolders == null || searchFolders.stream().anyMatch(Objects::isNull)) {
			throw new IllegalArgumentException("search folders must be given and not null: " + searchFolders);
		}
		if (ancestorLevels < 0) {
			throw new IllegalArgumentException("ancestor levels must not be negative: " + ancestorLevels);
		}
		this.searchFolders = searchFolders.stream().map(folder -> folder.toAbsolutePath().normalize()).toList();
		this.ancestorLevels = ancestorLevels;
	}

	/**
	 * Resolves {@code storedFilename}, as stored in the labels file {@code labelsFile}, to a file on this
	 * machine.
	 *
	 * @param labelsFile the labels file whose folder anchors the search (it need not exist)
	 * @return where the video was found and how, or the places tried
	 * @throws IllegalArgumentException if {@code storedFilename} is null or blank, or {@code labelsFile} is null
	 *                                  or has no parent folder
	 */
	public ResolvedVideo resolve(String storedFilename, Path labelsFile) {
		if (storedFilename == null || storedFilename.isBlank()) {
			throw new IllegalArgumentException("stored filename must not be blank: \"" + storedFilename + "\"");
		}
		if (labelsFile == null) {
			throw new IllegalArgumentException("labels file must not be null");
		}
		Path labelsFolder = labelsFile.toAbsolutePath().normalize().getParent();
		if (labelsFolder == null) {
			throw new IllegalArgumentException("labels file has no folder: " + labelsFile);
		}
		return new Search(storedFilename, labelsFolder).run();
	}

	/** Whether {@code name} is absolute here or on another machine: a root, a Windows drive or a UNC share. */
	private static boolean isAbsolute(String name) {
		return name.startsWith("/") || name.startsWith("\\") || DRIVE_PREFIX.matcher(name).matches();
	}

	/** One resolution: the stored name taken apart and the paths tried so far. */
	private final class Search {
		private final String stored;
		private final Path labelsFolder;
		/** The components of the stored name, without empty ones, {@code "."} and a drive ({@code "C:"}). */
		private final List<String> components;
		/**
		 * The trailing components that make sense anywhere: after the last {@code ".."}, at most
		 * {@link #MAX_COMPONENTS}, and for an absolute stored name without its first component (at least the file
		 * name).
		 */
		private final List<String> tail;
		private final Set<Path> tried = new LinkedHashSet<>();

		Search(String stored, Path labelsFolder) {
			this.stored = stored;
			this.labelsFolder = labelsFolder;
			List<String> parts = new ArrayList<>(Arrays.asList(SEPARATORS.split(stored.strip())));
			parts.removeIf(part -> part.isEmpty() || part.equals("."));
			if (!parts.isEmpty() && DRIVE.matcher(parts.get(0)).matches()) {
				parts.remove(0);
			}
			this.components = List.copyOf(parts);
			int start = Math.max(parts.lastIndexOf("..") + 1, parts.size() - MAX_COMPONENTS);
			if (isAbsolute(stored.strip()) && parts.size() > 1) {
				start = Math.max(start, 1);
			}
			this.tail = List.copyOf(parts.subList(start, parts.size()));
		}

		ResolvedVideo run() {
			Path asStored = asStored();
			if (asStored != null && exists(asStored)) {
				return found(asStored, How.AS_STORED, stored, null);
			}
			if (tail.isEmpty()) {
				return ResolvedVideo.notFound(stored, List.copyOf(tried));
			}
			String name = tail.get(tail.size() - 1);
			Path next = resolve(labelsFolder, name);
			if (next != null && exists(next)) {
				return found(next, How.NEXT_TO_LABELS, name, labelsFolder);
			}
			List<Path> folders = ancestors();
			for (int length = tail.size(); length >= 1; length--) {
				String suffix = suffix(length);
				for (Path folder : folders) {
					Path candidate = resolve(folder, suffix);
					if (candidate != null && exists(candidate)) {
						return found(candidate, How.BY_SUFFIX, suffix, folder);
					}
				}
			}
			for (Path folder : searchFolders) {
				for (int length = tail.size(); length >= 1; length--) {
					String suffix = suffix(length);
					Path candidate = resolve(folder, suffix);
					if (candidate != null && exists(candidate)) {
						return found(candidate, How.IN_SEARCH_FOLDER, suffix, folder);
					}
				}
			}
			ResolvedVideo below = searchBelow(name);
			return below != null ? below : ResolvedVideo.notFound(stored, List.copyOf(tried));
		}

		/** The stored path if absolute here, else relative to the labels folder; null if absolute elsewhere. */
		private Path asStored() {
			try {
				Path path = Path.of(stored.strip());
				if (path.isAbsolute()) {
					return path.normalize();
				}
			} catch (InvalidPathException e) {
				// not a path on this machine as it stands; its components may still be
			}
			if (isAbsolute(stored.strip()) || components.isEmpty()) {
				return null;
			}
			return resolve(labelsFolder, String.join("/", components));
		}

		/** The labels folder and its ancestors, nearest first. */
		private List<Path> ancestors() {
			List<Path> folders = new ArrayList<>();
			Path folder = labelsFolder;
			for (int level = 0; level <= ancestorLevels && folder != null; level++) {
				folders.add(folder);
				folder = folder.getParent();
			}
			return folders;
		}

		/** Breadth first, in name order, through the folders below the labels folder, not following links. */
		private ResolvedVideo searchBelow(String name) {
			Deque<Path> toList = new ArrayDeque<>();
			Deque<Integer> depths = new ArrayDeque<>();
			toList.add(labelsFolder);
			depths.add(0);
			int listed = 0;
			while (!toList.isEmpty() && listed < MAX_LISTED_FOLDERS) {
				Path folder = toList.poll();
				int depth = depths.poll();
				listed++;
				for (Path subfolder : subfolders(folder)) {
					Path candidate = resolve(subfolder, name);
					if (candidate != null && exists(candidate)) {
						return found(candidate, How.BELOW_LABELS, name, subfolder);
					}
					if (depth + 1 < SEARCH_DEPTH) {
						toList.add(subfolder);
						depths.add(depth + 1);
					}
				}
			}
			return null;
		}

		private List<Path> subfolders(Path folder) {
			List<Path> result = new ArrayList<>();
			int read = 0;
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
				for (Path entry : entries) {
					if (++read > MAX_ENTRIES_PER_FOLDER) {
						break;
					}
					Path fileName = entry.getFileName();
					if (fileName != null && !fileName.toString().startsWith(".")
							&& Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
						result.add(entry);
					}
				}
			} catch (IOException | SecurityException e) {
				// an unreadable folder is one place fewer to look
			}
			result.sort(null);
			return result;
		}

		private String suffix(int length) {
			return String.join("/", tail.subList(tail.size() - length, tail.size()));
		}

		/** {@code folder/relative}, normalized, or null where the name is not a path on this machine. */
		private Path resolve(Path folder, String relative) {
			try {
				return folder.resolve(relative).normalize();
			} catch (InvalidPathException e) {
				return null;
			}
		}

		/** Whether {@code path} is a regular file; each path is looked at once and recorded. */
		private boolean exists(Path path) {
			if (!tried.add(path)) {
				return false;
			}
			try {
				return Files.isRegularFile(path);
			} catch (SecurityException e) {
				return false;
			}
		}

		private ResolvedVideo found(Path path, How how, String matched, Path folder) {
			return ResolvedVideo.found(stored, path, how, matched, folder, List.copyOf(tried));
		}
	}
}
