// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.myrmex.io.ResolvedVideo;
import org.myrmex.io.VideoPathResolver;
import org.myrmex.model.Video;
import org.myrmex.video.internal.images.EmbeddedVideo;
import org.myrmex.video.internal.images.Hdf5Video;
import org.myrmex.video.internal.images.ImageFiles;
import org.myrmex.video.internal.images.ImageSequenceVideo;
import org.myrmex.video.internal.media.MediaSettings;
import org.myrmex.video.internal.media.MediaVideo;

/** Opens video sources of every kind Myrmex reads. */
public final class Videos {
	/** SLEAP's {@code convert_range: false}, kept in a video's backend JSON (true is the default). */
	private static final Pattern NO_CONVERT_RANGE = Pattern.compile("\"convert_range\"\\s*:\\s*false");

	private Videos() {
	}

	/**
	 * Opens a video by what the path is: a folder of images (in natural order of their names), an HDF5 file
	 * ({@code .h5}, {@code .hdf5}; the one dataset that looks like a video), a single image (one frame) or a media
	 * file (MP4, AVI, MKV, MOV …).
	 *
	 * @throws VideoException naming the file when it is missing or not a readable video
	 */
	public static VideoSource open(Path path) throws VideoException {
		if (!Files.exists(path)) {
			throw new VideoException(path, "no such file");
		}
		if (Files.isDirectory(path)) {
			return ImageSequenceVideo.ofFolder(path);
		}
		String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".h5") || name.endsWith(".hdf5")) {
			return Hdf5Video.open(path, null, false, true);
		}
		if (ImageFiles.isImage(path)) {
			return ImageSequenceVideo.ofFiles(List.of(path));
		}
		return openMedia(path);
	}

	/**
	 * Sets where the packet indexes of media files are kept from now on (default {@code ~/.cache/myrmex/video-index},
	 * or system property {@code myrmex.video.indexDir}); the workbench keeps them in its workspace.
	 */
	public static void setIndexDirectory(Path directory) {
		MediaSettings.setIndexDirectory(directory);
	}

	/**
	 * Sets how many bytes of decoded frames each media video opened from now on may keep in its frame cache (the
	 * cache never holds more; read-ahead needs room for three frames, a 4K RGB frame is 24.9 MB). Videos already open
	 * keep their limit. The workbench sets it from its preference Myrmex › Video.
	 *
	 * @param bytes the limit per video, 0 for no cache; negative: back to {@link #defaultFrameCacheLimit()}
	 */
	public static void setFrameCacheLimit(long bytes) {
		MediaSettings.setCacheBytes(bytes);
	}

	/** @return the frame cache limit per media video that {@link #openMedia} gives now, in bytes */
	public static long frameCacheLimit() {
		return MediaSettings.current().cacheBytes();
	}

	/**
	 * @return the frame cache limit per media video when none is set: system property
	 *         {@value MediaSettings#FRAME_CACHE_PROPERTY} (MiB) when given, else a quarter of the Java heap, at most
	 *         1 GiB
	 */
	public static long defaultFrameCacheLimit() {
		return MediaSettings.defaultCacheBytes();
	}

	/** Opens a media file through FFmpeg with a packet index, a frame cache and read-ahead. */
	public static VideoSource openMedia(Path path) throws VideoException {
		return MediaVideo.open(path);
	}

	/**
	 * Opens a media file without keeping its packet index on disk: for files about to be renamed or deleted, such
	 * as an encoder's temporary output being checked.
	 */
	public static VideoSource openMediaUncached(Path path) throws VideoException {
		return MediaVideo.open(path, MediaSettings.current().withoutIndexCache().withReadAhead(false));
	}

	/**
	 * Opens image files as a video, one frame per image in the order given (SLEAP's {@code ImageVideo}).
	 *
	 * @throws IllegalArgumentException when the list is empty
	 * @throws VideoException           naming the first image when it is missing or not an image
	 */
	public static VideoSource openImages(List<Path> images) throws VideoException {
		return ImageSequenceVideo.ofFiles(images);
	}

	/**
	 * Opens frames stored as an array in an HDF5 dataset (SLEAP's {@code HDF5Video}, with its default
	 * {@code convert_range}).
	 *
	 * @param dataset       the dataset, e.g. {@code /movie}; null to find the one dataset that looks like a video
	 *                      (and its axis order)
	 * @param channelsFirst SLEAP's {@code input_format "channels_first"}: (frames, channels, width, height)
	 * @throws VideoException naming the file when it or the dataset is missing or holds no 8-bit-able frames
	 */
	public static VideoSource openHdf5(Path path, String dataset, boolean channelsFirst) throws VideoException {
		return Hdf5Video.open(path, dataset, channelsFirst, true);
	}

	/**
	 * Opens the frames a labels package ({@code .pkg.slp}) embeds for one video; the video ends after the last
	 * embedded frame, and frames that are not embedded cannot be read.
	 *
	 * @param dataset the video's dataset, e.g. {@code video0/video}
	 * @throws VideoException naming the package when it is missing or embeds no readable images there
	 */
	public static VideoSource openEmbedded(Path pkg, String dataset) throws VideoException {
		return EmbeddedVideo.open(pkg, dataset, 0);
	}

	/**
	 * Opens the video of a labels model as its backend says, finding stored paths from other machines with
	 * {@link VideoPathResolver} relative to the labels file. Embedded frames named {@code "."} are in the labels
	 * file itself; their frame count is the original video's where the model knows it.
	 *
	 * @param labelsFile the labels file the video belongs to (need not exist when the paths are absolute)
	 * @throws VideoException naming the video when it cannot be found (with the places tried) or opened
	 */
	public static VideoSource open(Video video, Path labelsFile) throws VideoException {
		VideoPathResolver resolver = new VideoPathResolver();
		return switch (video.getBackend()) {
		case IMAGE_LIST -> {
			if (video.getImageFilenames().isEmpty()) {
				yield open(resolve(resolver, video.getFilename(), labelsFile));
			}
			List<Path> images = new ArrayList<>();
			for (String image : video.getImageFilenames()) {
				images.add(resolve(resolver, image, labelsFile));
			}
			yield openImages(images);
		}
		case HDF5 -> Hdf5Video.open(resolve(resolver, video.getFilename(), labelsFile), video.getDataset(),
				"channels_first".equals(video.getInputFormat()), video.getBackendJson() == null
						|| !NO_CONVERT_RANGE.matcher(video.getBackendJson()).find());
		case EMBEDDED -> {
			String stored = video.getFilename();
			Path pkg = stored == null || stored.isBlank() || stored.equals(".") ? labelsFile
					: resolve(resolver, stored, labelsFile);
			int frames = video.getFrameCount();
			if (frames <= 0 && video.getSourceVideo() != null) {
				frames = video.getSourceVideo().getFrameCount();
			}
			yield EmbeddedVideo.open(pkg, video.getDataset(), frames);
		}
		default -> openMedia(resolve(resolver, video.getFilename(), labelsFile));
		};
	}

	private static Path resolve(VideoPathResolver resolver, String stored, Path labelsFile) throws VideoException {
		if (stored == null || stored.isBlank()) {
			throw new VideoException(labelsFile, "a video has no file name");
		}
		ResolvedVideo resolved = resolver.resolve(stored, labelsFile);
		if (resolved.isResolved()) {
			return resolved.path().orElseThrow();
		}
		Path file;
		try {
			file = Path.of(stored);
		} catch (InvalidPathException e) {
			file = labelsFile;
		}
		throw new VideoException(file, resolved.describe());
	}
}
