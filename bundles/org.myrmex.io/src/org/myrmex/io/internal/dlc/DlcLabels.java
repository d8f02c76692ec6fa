// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.dlc;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.myrmex.io.LabelsFileException;
import org.myrmex.io.internal.skeleton.TreeEdges;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;

/**
 * Builds labels from DeepLabCut CSVs: one skeleton (the config's body parts and its bones made trees by
 * {@link TreeEdges}, or the first CSV's body parts), each CSV's images one image-list video (the images looked up
 * beside the CSV, as SLEAP does, row i being frame i), one user instance per row and individual with at least one point (each individual a track in a
 * multi-animal file), empty coordinates missing points; rows without any point give no labelled frame.
 */
public final class DlcLabels {
	private static final LabelsFactory MODEL = LabelsFactory.eINSTANCE;
	private final Labels labels = MODEL.createLabels();
	private final boolean fromConfig;
	private Skeleton skeleton;
	private final Map<String, Track> tracks = new LinkedHashMap<>();

	/** @param config the project's configuration, or null to take the body parts from the first CSV */
	public DlcLabels(DlcConfig config) {
		fromConfig = config != null;
		if (config != null) {
			skeleton = skeleton(config.task().isBlank() ? "Skeleton-0" : config.task(), config.bodyparts());
			List<int[]> pairs = new ArrayList<>();
			for (List<String> bone : config.skeleton()) {
				for (int i = 0; i + 1 < bone.size(); i++) {
					pairs.add(new int[] { config.bodyparts().indexOf(bone.get(i)), config.bodyparts().indexOf(bone.get(i + 1)) });
				}
			}
			TreeEdges.add(skeleton, pairs);
		}
	}

	public Labels labels() {
		return labels;
	}

	/** Adds one CSV's images as a video and its rows as labelled frames. */
	public void add(DlcCsv csv, Path file) throws LabelsFileException {
		if (skeleton == null) {
			skeleton = skeleton("Skeleton-0", csv.bodyparts().stream().distinct().toList());
		}
		int[] nodeOf = new int[csv.bodyparts().size()];
		for (int pair = 0; pair < nodeOf.length; pair++) {
			Node node = node(csv.bodyparts().get(pair));
			if (node == null) {
				throw new LabelsFileException(file, "unknown body part '" + csv.bodyparts().get(pair) + "'"
						+ (fromConfig ? " (not in config.yaml)" : ""));
			}
			nodeOf[pair] = skeleton.getNodes().indexOf(node);
		}
		List<String> individuals = csv.multiAnimal() ? csv.individuals().stream().distinct().toList() : List.of("");
		if (csv.multiAnimal()) {
			individuals.forEach(this::track);
		}
		Video video = video(csv, file);
		labels.getVideos().add(video);
		for (int row = 0; row < csv.images().size(); row++) {
			double[] xy = csv.values().get(row);
			LabeledFrame frame = MODEL.createLabeledFrame();
			frame.setVideo(video);
			frame.setFrameIndex(row);
			for (String individual : individuals) {
				Point[] points = new Point[skeleton.getNodes().size()];
				java.util.Arrays.fill(points, Point.missing());
				boolean any = false;
				for (int pair = 0; pair < nodeOf.length; pair++) {
					if (csv.multiAnimal() && !csv.individuals().get(pair).equals(individual)) {
						continue;
					}
					double x = xy[2 * pair];
					double y = xy[2 * pair + 1];
					if (!Double.isNaN(x) && !Double.isNaN(y)) {
						points[nodeOf[pair]] = Point.placed(x, y);
						any = true;
					}
				}
				if (any) {
					UserInstance instance = MODEL.createUserInstance();
					instance.setSkeleton(skeleton);
					instance.setPoints(PointArray.of(points));
					instance.setTrack(csv.multiAnimal() ? track(individual) : null);
					frame.getInstances().add(instance);
				}
			}
			if (!frame.getInstances().isEmpty()) {
				labels.getLabeledFrames().add(frame);
			}
		}
	}

	private static Video video(DlcCsv csv, Path file) throws LabelsFileException {
		Path folder = file.toAbsolutePath().normalize().getParent();
		List<String> images = new ArrayList<>();
		for (String image : csv.images()) {
			String name = image.substring(image.lastIndexOf('/') + 1);
			try {
				images.add(folder.resolve(name).toString());
			} catch (InvalidPathException e) {
				throw new LabelsFileException(file, "image name '" + name.replace('\0', '?')
						+ "' is not a file name (" + e.getReason() + ")", e);
			}
		}
		Video video = MODEL.createVideo();
		video.setBackend(VideoBackend.IMAGE_LIST);
		video.setFilename(images.isEmpty() ? folder.toString() : images.get(0));
		video.getImageFilenames().addAll(images);
		video.setFrameCount(images.size());
		if (!images.isEmpty()) {
			ImageHeader.describe(video, Path.of(images.get(0)));
		}
		return video;
	}

	private Skeleton skeleton(String name, List<String> parts) {
		Skeleton created = MODEL.createSkeleton();
		created.setName(name);
		for (String part : parts) {
			Node node = MODEL.createNode();
			node.setName(part);
			created.getNodes().add(node);
		}
		labels.getSkeletons().add(created);
		return created;
	}

	private Node node(String name) {
		return skeleton.getNodes().stream().filter(n -> n.getName().equals(name)).findFirst().orElse(null);
	}

	private Track track(String name) {
		return tracks.computeIfAbsent(name, n -> {
			Track track = MODEL.createTrack();
			track.setName(n);
			labels.getTracks().add(track);
			return track;
		});
	}
}
