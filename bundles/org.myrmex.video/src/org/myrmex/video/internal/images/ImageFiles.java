// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.images;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.myrmex.video.VideoException;

/** Image files: which names count as images, and the images of a folder in natural order. */
public final class ImageFiles {
	/** The extensions (lower case) of the image formats OpenCV decodes. */
	public static final Set<String> EXTENSIONS = Set.of("png", "jpg", "jpeg", "bmp", "tif", "tiff", "webp", "pgm",
			"ppm", "pbm");

	/**
	 * Natural order of file names: runs of digits compare by value, everything else case-insensitively, so
	 * {@code frame2.png} comes before {@code frame10.png}.
	 */
	public static final Comparator<String> NATURAL_ORDER = ImageFiles::compareNatural;

	private ImageFiles() {
	}

	/** @return whether {@code path}'s file name ends with an image extension */
	public static boolean isImage(Path path) {
		Path name = path.getFileName();
		if (name == null) {
			return false;
		}
		String text = name.toString();
		int dot = text.lastIndexOf('.');
		return dot > 0 && EXTENSIONS.contains(text.substring(dot + 1).toLowerCase(Locale.ROOT));
	}

	/**
	 * @return the image files of {@code folder} (not its subfolders, not hidden files), in natural order of their
	 *         names
	 * @throws VideoException naming the folder when it cannot be listed or holds no image
	 */
	public static List<Path> list(Path folder) throws VideoException {
		List<Path> images = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
			for (Path entry : entries) {
				if (isImage(entry) && !entry.getFileName().toString().startsWith(".") && Files.isRegularFile(entry)) {
					images.add(entry);
				}
			}
		} catch (IOException e) {
			throw new VideoException(folder, "cannot list the folder (" + e.getMessage() + ")", e);
		}
		if (images.isEmpty()) {
			throw new VideoException(folder, "no image files in the folder (looked for "
					+ String.join(", ", EXTENSIONS.stream().sorted().toList()) + ")");
		}
		images.sort(Comparator.comparing((Path p) -> p.getFileName().toString(), NATURAL_ORDER));
		return images;
	}

	private static int compareNatural(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char ca = a.charAt(i);
			char cb = b.charAt(j);
			if (Character.isDigit(ca) && Character.isDigit(cb)) {
				int endA = digitsEnd(a, i);
				int endB = digitsEnd(b, j);
				int byValue = new BigInteger(a.substring(i, endA)).compareTo(new BigInteger(b.substring(j, endB)));
				if (byValue != 0) {
					return byValue;
				}
				i = endA;
				j = endB;
			} else {
				int byChar = Character.compare(Character.toLowerCase(ca), Character.toLowerCase(cb));
				if (byChar != 0) {
					return byChar;
				}
				i++;
				j++;
			}
		}
		int byLength = Integer.compare(a.length() - i, b.length() - j);
		// names equal in natural order (frame01 vs frame1) still need a fixed order
		return byLength != 0 ? byLength : a.compareTo(b);
	}

	private static int digitsEnd(String text, int start) {
		int end = start;
		while (end < text.length() && Character.isDigit(text.charAt(end))) {
			end++;
		}
		return end;
	}
}
