// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.coco;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.myrmex.io.AtomicFiles;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.internal.dlc.ImageHeader;
import org.myrmex.model.Edge;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Labels to COCO keypoints JSON: one category per skeleton, one image per labelled frame with user instances (its
 * image file, relative to the JSON's folder where it lies below it), one annotation per user instance (missing point
 * {@code 0,0,0}, not visible {@code v=1}, visible {@code v=2}). COCO lists image files, so only frames of image-list
 * videos can be written; a frame of a media or HDF5 video is refused, naming it, and nothing is written.
 */
public final class CocoWriter {
	private static final ObjectMapper JSON = new ObjectMapper();

	private CocoWriter() {
	}

	/** @param video the one video whose frames are written, or {@code null} for all */
	public static void write(Labels labels, Video video, Path out) throws LabelsFileException {
		Path folder = out.toAbsolutePath().normalize().getParent();
		ObjectNode root = JSON.createObjectNode();
		root.putObject("info").put("description", "Labels exported by Myrmex").put("version", "1.0");
		root.putArray("licenses");
		ArrayNode images = root.putArray("images");
		ArrayNode annotations = root.putArray("annotations");
		ArrayNode categories = root.putArray("categories");
		List<Skeleton> skeletons = labels.getSkeletons();
		for (int s = 0; s < skeletons.size(); s++) {
			categories.add(category(skeletons.get(s), s + 1));
		}
		int imageId = 0;
		int annotationId = 0;
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			if (video != null && frame.getVideo() != video) {
				continue;
			}
			List<UserInstance> users = new ArrayList<>();
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof UserInstance user) {
					users.add(user);
				}
			}
			if (users.isEmpty()) {
				continue;
			}
			imageId++;
			images.add(image(frame, imageId, folder, out));
			for (UserInstance user : users) {
				annotations.add(annotation(user, ++annotationId, imageId, skeletons.indexOf(user.getSkeleton()) + 1));
			}
		}
		try {
			AtomicFiles.write(out, stream -> JSON.writerWithDefaultPrettyPrinter().writeValue(stream, root));
		} catch (IOException e) {
			throw new LabelsFileException(out, "cannot write (" + e.getMessage() + ")", e);
		}
	}

	private static ObjectNode category(Skeleton skeleton, int id) {
		ObjectNode category = JSON.createObjectNode();
		category.put("id", id);
		category.put("name", skeleton.getName() == null || skeleton.getName().isBlank() ? "animal" : skeleton.getName());
		category.put("supercategory", "animal");
		ArrayNode keypoints = category.putArray("keypoints");
		for (Node node : skeleton.getNodes()) {
			keypoints.add(node.getName());
		}
		ArrayNode pairs = category.putArray("skeleton");
		for (Edge edge : skeleton.getEdges()) {
			pairs.addArray().add(skeleton.getNodes().indexOf(edge.getSource()) + 1)
					.add(skeleton.getNodes().indexOf(edge.getDestination()) + 1);
		}
		return category;
	}

	private static ObjectNode image(LabeledFrame frame, int id, Path folder, Path out) throws LabelsFileException {
		Video video = frame.getVideo();
		int index = frame.getFrameIndex();
		if (video.getBackend() != VideoBackend.IMAGE_LIST || index >= video.getImageFilenames().size()) {
			throw new LabelsFileException(out, "frame " + index + " of " + video.getFilename() + " is not an image file: "
					+ "COCO lists images, so only labels on image folders (image-list videos) can be exported");
		}
		Path image = Path.of(video.getImageFilenames().get(index));
		Path absolute = image.toAbsolutePath().normalize();
		String name = absolute.startsWith(folder) ? folder.relativize(absolute).toString() : absolute.toString();
		int width = video.getWidth();
		int height = video.getHeight();
		if (width <= 0 || height <= 0) {
			Video probe = LabelsFactory.eINSTANCE.createVideo();
			ImageHeader.describe(probe, absolute);
			width = probe.getWidth();
			height = probe.getHeight();
		}
		ObjectNode node = JSON.createObjectNode();
		node.put("id", id);
		node.put("file_name", name.replace('\\', '/'));
		node.put("width", width);
		node.put("height", height);
		return node;
	}

	private static ObjectNode annotation(UserInstance user, int id, int imageId, int categoryId) {
		PointArray points = user.getPoints();
		ArrayNode keypoints = JSON.createArrayNode();
		double minX = Double.POSITIVE_INFINITY;
		double minY = Double.POSITIVE_INFINITY;
		double maxX = Double.NEGATIVE_INFINITY;
		double maxY = Double.NEGATIVE_INFINITY;
		int labelled = 0;
		for (int i = 0; i < points.size(); i++) {
			if (!points.isPlaced(i)) {
				keypoints.add(0).add(0).add(0);
				continue;
			}
			double x = points.x(i);
			double y = points.y(i);
			keypoints.add(x).add(y).add(points.visible(i) ? 2 : 1);
			labelled++;
			minX = Math.min(minX, x);
			minY = Math.min(minY, y);
			maxX = Math.max(maxX, x);
			maxY = Math.max(maxY, y);
		}
		ObjectNode node = JSON.createObjectNode();
		node.put("id", id);
		node.put("image_id", imageId);
		node.put("category_id", categoryId);
		node.set("keypoints", keypoints);
		node.put("num_keypoints", labelled);
		ArrayNode box = node.putArray("bbox");
		if (labelled > 0) {
			box.add(minX).add(minY).add(maxX - minX).add(maxY - minY);
			node.put("area", (maxX - minX) * (maxY - minY));
		} else {
			box.add(0).add(0).add(0).add(0);
			node.put("area", 0);
		}
		node.put("iscrowd", 0);
		return node;
	}
}
