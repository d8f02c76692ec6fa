// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.util.InternalEList;
import org.myrmex.io.internal.slp.SlpMetadata;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads SLEAP's old JSON labels format ({@code .json}: one document with {@code nodes}, {@code skeletons},
 * {@code videos}, {@code tracks}, {@code suggestions} and {@code labels}, each label a frame with
 * {@code _instances} whose {@code _points} map node indices to points).
 */
public final class SleapJsonReader {
	private SleapJsonReader() {
	}

	public static Labels read(Path file) throws LabelsFileException {
		if (!Files.isRegularFile(file)) {
			throw new LabelsFileException(file, "no such file");
		}
		String json;
		try {
			json = Files.readString(file);
		} catch (java.nio.charset.CharacterCodingException e) {
			throw new LabelsFileException(file, "is not UTF-8 text (a malformed byte sequence)", e);
		} catch (IOException e) {
			throw new LabelsFileException(file, "cannot read (" + e.getMessage() + ")", e);
		}
		SlpMetadata document = SlpMetadata.parse(json, file);
		JsonNode root = document.root();
		if (!root.path("labels").isArray()) {
			throw new LabelsFileException(file, "no 'labels' list: not a SLEAP JSON labels file");
		}
		Labels labels = LabelsFactory.eINSTANCE.createLabels();
		List<Skeleton> skeletons = document.skeletons();
		List<Video> videos = document.videos(List.of());
		List<Track> tracks = document.tracks(List.of());
		labels.getSkeletons().addAll(skeletons);
		labels.getVideos().addAll(videos);
		labels.getTracks().addAll(tracks);
		labels.getSuggestions().addAll(document.suggestions(List.of(), videos));
		labels.getProvenance().addAll(document.provenance());
		int index = 0;
		for (JsonNode entry : root.path("labels")) {
			((InternalEList<LabeledFrame>) labels.getLabeledFrames()).addUnique(frame(entry, index++, file, videos, skeletons, tracks));
		}
		return labels;
	}

	private static LabeledFrame frame(JsonNode entry, int index, Path file, List<Video> videos, List<Skeleton> skeletons,
			List<Track> tracks) throws LabelsFileException {
		LabeledFrame frame = LabelsFactory.eINSTANCE.createLabeledFrame();
		frame.setVideo(element(videos, entry.path("video"), file, "label " + index, "video"));
		frame.setFrameIndex(entry.path("frame_idx").asInt(-1));
		if (frame.getFrameIndex() < 0) {
			throw new LabelsFileException(file, "label " + index + " has no frame_idx");
		}
		int i = 0;
		for (JsonNode instance : entry.path("_instances")) {
			frame.getInstances().add(instance(instance, "label " + index + " instance " + i++, file, skeletons, tracks));
		}
		return frame;
	}

	private static Instance instance(JsonNode node, String where, Path file, List<Skeleton> skeletons, List<Track> tracks)
			throws LabelsFileException {
		boolean predicted = node.has("score") || node.path("py/object").asText("").endsWith("PredictedInstance");
		Instance instance;
		if (predicted) {
			PredictedInstance prediction = LabelsFactory.eINSTANCE.createPredictedInstance();
			prediction.setScore(node.path("score").asDouble(Double.NaN));
			instance = prediction;
		} else {
			UserInstance user = LabelsFactory.eINSTANCE.createUserInstance();
			user.setTrackingScore(Double.NaN);
			instance = user;
		}
		Skeleton skeleton = element(skeletons, node.path("skeleton"), file, where, "skeleton");
		instance.setSkeleton(skeleton);
		instance.setTrack(node.path("track").isNull() || node.path("track").isMissingNode() ? null
				: element(tracks, node.path("track"), file, where, "track"));
		instance.setPoints(points(node.path("_points"), skeleton.getNodes().size(), where, file));
		return instance;
	}

	private static PointArray points(JsonNode points, int nodes, String where, Path file) throws LabelsFileException {
		double[] x = new double[nodes];
		double[] y = new double[nodes];
		double[] score = new double[nodes];
		Arrays.fill(x, Double.NaN);
		Arrays.fill(y, Double.NaN);
		Arrays.fill(score, Double.NaN);
		boolean[] visible = new boolean[nodes];
		boolean[] complete = new boolean[nodes];
		for (Iterator<Map.Entry<String, JsonNode>> it = points.fields(); it.hasNext();) {
			Map.Entry<String, JsonNode> point = it.next();
			int node;
			try {
				node = Integer.parseInt(point.getKey());
			} catch (NumberFormatException e) {
				throw new LabelsFileException(file, where + " has a point for '" + point.getKey() + "', not a node index");
			}
			if (node < 0 || node >= nodes) {
				throw new LabelsFileException(file, where + " has a point for node " + node + " but its skeleton has " + nodes);
			}
			JsonNode value = point.getValue();
			x[node] = value.path("x").asDouble(Double.NaN);
			y[node] = value.path("y").asDouble(Double.NaN);
			if (Double.isInfinite(x[node]) || Double.isInfinite(y[node])) {
				throw new LabelsFileException(file, where + " has an infinite coordinate for node " + node);
			}
			visible[node] = value.path("visible").asBoolean(true);
			complete[node] = value.path("complete").asBoolean(false);
			score[node] = value.path("score").asDouble(Double.NaN);
		}
		return PointArray.of(x, y, visible, complete, score);
	}

	private static <T> T element(List<T> list, JsonNode index, Path file, String where, String what) throws LabelsFileException {
		if (!index.canConvertToInt() || index.asInt() < 0 || index.asInt() >= list.size()) {
			throw new LabelsFileException(file, where + " names " + what + " " + index + " but the file has " + list.size());
		}
		return list.get(index.asInt());
	}
}
