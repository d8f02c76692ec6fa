// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.coco;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.myrmex.io.LabelsFileException;
import org.myrmex.io.internal.coco.CocoReader;
import org.myrmex.io.internal.coco.CocoWriter;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * COCO keypoints JSON ({@code images}, {@code annotations}, {@code categories} with {@code keypoints} and
 * {@code skeleton}): read into labels and written from them.
 *
 * <p>Reading: each category with keypoints becomes a skeleton; the images of one folder become one image-list
 * video, frame i being the folder's i-th image in the file's order; each annotation a user instance, visibility 0 a
 * missing point, 1 a labelled point marked not visible, 2 a visible one. A {@code file_name} is looked up beside the
 * JSON, then in an {@code images} folder beside it or beside its folder.
 *
 * <p>Writing: one image entry per labelled frame with user instances (predictions are not written), its
 * {@code file_name} the frame's image, relative to the JSON's folder when the image lies below it, else absolute.
 * Only frames of image-list videos (image folders) can be written: COCO has no notion of a video frame, and a frame
 * of a media file is refused, naming it. Tracks are not written (COCO has none). The write is atomic.
 */
public final class CocoKeypoints {
	private CocoKeypoints() {
	}

	/**
	 * @return whether {@code file} is COCO JSON: a top-level object with {@code images} and {@code annotations} (read
	 *         as a stream, the values skipped), as opposed to SLEAP's old JSON labels
	 */
	public static boolean isCoco(Path file) {
		Set<String> keys = new HashSet<>();
		try (InputStream in = Files.newInputStream(file); JsonParser parser = new JsonFactory().createParser(in)) {
			if (parser.nextToken() != JsonToken.START_OBJECT) {
				return false;
			}
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				keys.add(parser.currentName());
				parser.nextToken();
				parser.skipChildren();
			}
		} catch (IOException e) {
			return false;
		}
		return keys.contains("images") && keys.contains("annotations") && !keys.contains("labels");
	}

	/** @throws LabelsFileException naming the file: not JSON, a category without keypoints, a bad annotation */
	public static Labels read(Path file) throws LabelsFileException {
		if (!Files.isRegularFile(file)) {
			throw new LabelsFileException(file, "no such file");
		}
		return CocoReader.read(file);
	}

	/** @throws LabelsFileException naming the file or frame; nothing is written then */
	public static void write(Labels labels, Path file) throws LabelsFileException {
		CocoWriter.write(labels, null, file);
	}

	/**
	 * Writes the frames of {@code video} only ({@code null}: of every video).
	 *
	 * @throws LabelsFileException naming the file or frame; nothing is written then
	 */
	public static void write(Labels labels, Video video, Path file) throws LabelsFileException {
		CocoWriter.write(labels, video, file);
	}
}
