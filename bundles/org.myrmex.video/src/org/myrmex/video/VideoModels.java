// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

import java.nio.file.Files;
import java.nio.file.Path;

import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;
import org.myrmex.video.internal.images.ImageFiles;

/** Labels-model videos for files on this machine, with the size, channels, rate and length read from the file. */
public final class VideoModels {
	private VideoModels() {
	}

	/**
	 * Opens {@code file} (a media file, an HDF5 video, an image or a folder of images) and describes it as SLEAP
	 * stores a video: the absolute path, backend, size, channels, frames per second and frame count; grayscale
	 * when the file stores one channel.
	 *
	 * @throws VideoException naming the file when it is missing or not a readable video
	 */
	public static Video of(Path file) throws VideoException {
		Path absolute = file.toAbsolutePath().normalize();
		Video video = LabelsFactory.eINSTANCE.createVideo();
		try (VideoSource source = Videos.open(absolute)) {
			video.setFilename(absolute.toString());
			video.setBackend(backendOf(absolute));
			if (video.getBackend() == VideoBackend.IMAGE_LIST && !Files.isDirectory(absolute)) {
				video.getImageFilenames().add(absolute.toString()); // one image: a video of one frame
			}
			video.setWidth(source.width());
			video.setHeight(source.height());
			video.setChannels(source.channels());
			video.setGrayscale(source.channels() == 1);
			video.setFps(source.fps());
			video.setFrameCount(source.frameCount());
		} catch (RuntimeException e) {
			throw new VideoException(absolute, "cannot be opened as a video: " + e, e);
		}
		return video;
	}

	private static VideoBackend backendOf(Path file) {
		String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (Files.isDirectory(file) || ImageFiles.isImage(file)) {
			return VideoBackend.IMAGE_LIST;
		}
		if (name.endsWith(".h5") || name.endsWith(".hdf5")) {
			return VideoBackend.HDF5;
		}
		return VideoBackend.MEDIA;
	}
}
