// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.coco;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SkeletonJson;
import org.myrmex.io.internal.dlc.ImageHeader;
import org.myrmex.io.internal.skeleton.TreeEdges;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * COCO keypoints JSON to labels: each category with keypoints a skeleton (its {@code skeleton} pairs, 1-based, the
 * edges, made trees by {@link TreeEdges}), the images of each folder one image-list video in the order the file lists
 * them, each annotation a user instance; visibility 0 is a missing point, 1 a labelled point that is not visible, 2 a visible one.
 */
public final class CocoReader {
	private static final LabelsFactory MODEL = LabelsFactory.eINSTANCE;
	private static final ObjectMapper JSON = new ObjectMapper();

	private CocoReader() {
	}

	public static Labels read(Path file) throws LabelsFileException {
		JsonNode root;
		try {
			root = JSON.readTree(file.toFile());
		} catch (IOException e) {
			throw new LabelsFileException(file, "cannot read as JSON (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
		}
		if (root == null || !root.path("images").isArray() || !root.path("annotations").isArray()
				|| !root.path("categories").isArray()) {
			throw new LabelsFileException(file, "is not COCO keypoints JSON (needs images, annotations and categories)");
		}
		Labels labels = MODEL.createLabels();
		Map<Long, Skeleton> skeletons = new HashMap<>();
		Map<Long, String> withoutKeypoints = new HashMap<>();
		for (JsonNode category : root.path("categories")) {
			long id = category.path("id").asLong();
			String name = category.path("name").asText("category " + id);
			if (!category.path("keypoints").isArray() || category.path("keypoints").isEmpty()) {
				withoutKeypoints.put(id, name);
				continue;
			}
			Skeleton skeleton = skeleton(name, category, file);
			skeletons.put(id, skeleton);
			labels.getSkeletons().add(skeleton);
		}
		if (skeletons.isEmpty()) {
			throw new LabelsFileException(file, "no category has keypoints "
					+ withoutKeypoints.values() + ": this is not a COCO keypoints file");
		}
		Map<Long, LabeledFrame> frames = frames(root.path("images"), file, labels);
		int index = 0;
		for (JsonNode annotation : root.path("annotations")) {
			String what = "annotation " + annotation.path("id").asText(String.valueOf(index));
			index++;
			long categoryId = annotation.path("category_id").asLong();
			Skeleton skeleton = skeletons.get(categoryId);
			if (skeleton == null) {
				throw new LabelsFileException(file, what + ": category " + categoryId
						+ (withoutKeypoints.containsKey(categoryId) ? " ('" + withoutKeypoints.get(categoryId) + "') has no keypoints"
								: " is not listed"));
			}
			LabeledFrame frame = frames.get(annotation.path("image_id").asLong());
			if (frame == null) {
				throw new LabelsFileException(file, what + ": image " + annotation.path("image_id").asText() + " is not listed");
			}
			frame.getInstances().add(instance(annotation.path("keypoints"), skeleton, file, what));
		}
		frames.values().stream().filter(f -> !f.getInstances().isEmpty()).forEach(labels.getLabeledFrames()::add);
		return labels;
	}

	private static Skeleton skeleton(String name, JsonNode category, Path file) throws LabelsFileException {
		Skeleton skeleton = MODEL.createSkeleton();
		skeleton.setName(name);
		for (JsonNode keypoint : category.path("keypoints")) {
			Node node = MODEL.createNode();
			node.setName(keypoint.asText());
			skeleton.getNodes().add(node);
		}
		int count = skeleton.getNodes().size();
		List<int[]> pairs = new ArrayList<>();
		for (JsonNode pair : category.path("skeleton")) {
			int a = pair.path(0).asInt(0);
			int b = pair.path(1).asInt(0);
			if (a < 1 || b < 1 || a > count || b > count) {
				throw new LabelsFileException(file, "category '" + name + "': skeleton pair " + pair + " is not two keypoint numbers 1.." + count);
			}
			pairs.add(new int[] { a - 1, b - 1 });
		}
		TreeEdges.add(skeleton, pairs);
		SkeletonJson.validate(skeleton, file);
		return skeleton;
	}

	/** @return an empty frame per image, by image id, in the order the file lists them; adds the videos */
	private static Map<Long, LabeledFrame> frames(JsonNode images, Path file, Labels labels) {
		Path folder = file.toAbsolutePath().normalize().getParent();
		Map<Path, Video> videos = new LinkedHashMap<>();
		Map<Long, LabeledFrame> frames = new LinkedHashMap<>();
		for (JsonNode image : images) {
			Path path = locate(folder, image.path("file_name").asText(""));
			Path parent = path.getParent();
			Video video = videos.computeIfAbsent(parent, p -> {
				Video created = MODEL.createVideo();
				created.setBackend(VideoBackend.IMAGE_LIST);
				created.setFilename(path.toString());
				created.setWidth(image.path("width").asInt(0));
				created.setHeight(image.path("height").asInt(0));
				ImageHeader.describe(created, path);
				labels.getVideos().add(created);
				return created;
			});
			video.getImageFilenames().add(path.toString());
			video.setFrameCount(video.getImageFilenames().size());
			LabeledFrame frame = MODEL.createLabeledFrame();
			frame.setVideo(video);
			frame.setFrameIndex(video.getFrameCount() - 1);
			frames.put(image.path("id").asLong(), frame);
		}
		return frames;
	}

	/** A COCO {@code file_name} is relative to the images' root: the JSON's folder, or its {@code images} folder. */
	private static Path locate(Path folder, String name) {
		Path direct = folder.resolve(name.replace('\\', '/')).normalize();
		if (!Files.exists(direct)) {
			for (Path root : List.of(folder.resolve("images"), folder.resolveSibling("images"))) {
				Path candidate = root.resolve(name.replace('\\', '/')).normalize();
				if (Files.exists(candidate)) {
					return candidate;
				}
			}
		}
		return direct;
	}

	private static UserInstance instance(JsonNode keypoints, Skeleton skeleton, Path file, String what)
			throws LabelsFileException {
		int nodes = skeleton.getNodes().size();
		if (!keypoints.isArray() || keypoints.size() != 3 * nodes) {
			throw new LabelsFileException(file, what + ": needs " + 3 * nodes + " keypoint values (x, y, v for each of "
					+ nodes + " keypoints), has " + (keypoints.isArray() ? keypoints.size() : "none"));
		}
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < nodes; i++) {
			double x = keypoints.get(3 * i).asDouble();
			double y = keypoints.get(3 * i + 1).asDouble();
			int v = keypoints.get(3 * i + 2).asInt();
			points.add(switch (v) {
			case 0 -> Point.missing();
			case 1 -> new Point(x, y, false, false, Double.NaN);
			case 2 -> Point.placed(x, y);
			default -> throw new LabelsFileException(file, what + ": keypoint " + (i + 1) + " has visibility " + v + " (COCO allows 0, 1, 2)");
			});
		}
		UserInstance instance = MODEL.createUserInstance();
		instance.setSkeleton(skeleton);
		instance.setPoints(PointArray.of(points));
		return instance;
	}
}
