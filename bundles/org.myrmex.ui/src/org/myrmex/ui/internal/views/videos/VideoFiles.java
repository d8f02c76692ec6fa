// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views.videos;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/** Video files as the labels model's videos: the file is opened to read its size, frames and channels. */
public final class VideoFiles {
	private static final Set<String> IMAGES = Set.of("png", "jpg", "jpeg", "tif", "tiff", "bmp");

	private VideoFiles() {
	}

	/**
	 * Opens {@code file} and describes it as a new video of no project: its absolute path, backend (an HDF5 dataset,
	 * a single image or a media file), size, channels, frame count and frame rate; grayscale when it has one channel
	 * (as SLEAP sets it when a video is added).
	 *
	 * @throws VideoException naming the file when it is missing or cannot be opened as a video
	 */
	public static Video describe(Path file) throws VideoException {
		Path absolute = file.toAbsolutePath().normalize();
		try (VideoSource source = Videos.open(absolute)) {
			Video video = LabelsFactory.eINSTANCE.createVideo();
			video.setFilename(absolute.toString());
			String extension = extension(absolute);
			if (extension.equals("h5") || extension.equals("hdf5")) {
				video.setBackend(VideoBackend.HDF5);
			} else if (IMAGES.contains(extension)) {
				video.setBackend(VideoBackend.IMAGE_LIST);
				video.getImageFilenames().add(absolute.toString());
			} else {
				video.setBackend(VideoBackend.MEDIA);
			}
			video.setWidth(source.width());
			video.setHeight(source.height());
			video.setChannels(source.channels());
			video.setGrayscale(source.channels() == 1);
			video.setFrameCount(source.frameCount());
			video.setFps(source.fps());
			return video;
		} catch (RuntimeException e) {
			throw new VideoException(absolute, "cannot be opened as a video: " + e, e);
		}
	}

	private static String extension(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
	}
}
