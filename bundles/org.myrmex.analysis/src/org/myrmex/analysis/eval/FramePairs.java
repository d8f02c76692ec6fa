// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Video;

/**
 * The ground truth's user-labelled frames paired with the predicted frames of the same video and frame index
 * ({@code sleap.nn.evals.find_frame_pairs}), as poses in the ground truth's node order. A ground-truth frame without a
 * predicted frame is left out, as SLEAP leaves it out. Frames are visited video by video, as SLEAP visits them: the
 * order ranks predictions of equal score. Refuses files whose skeletons have different node names, whose
 * videos differ, or whose predictions hold a frame twice.
 */
final class FramePairs {
	/** One ground-truth frame and its predictions. */
	record FramePair(List<Pose> truths, List<Pose> predictions) {
	}

	final List<String> nodes;
	final List<FramePair> pairs = new ArrayList<>();
	final List<String> notes = new ArrayList<>();

	private final String truthName;
	private final String predictionName;

	FramePairs(Labels truth, String truthName, Labels predicted, String predictionName) throws EvaluationException {
		this.truthName = truthName;
		this.predictionName = predictionName;
		nodes = commonNodes(truth, predicted);
		Map<Video, Video> videos = pairVideos(truth, predicted);
		boolean scored = hasPredictedInstances(predicted);
		if (!scored) {
			notes.add(predictionName + " holds no predicted instances: its user instances are evaluated as "
					+ "predictions without scores, ranked in file order");
		}
		Map<FrameKey, LabeledFrame> predictedFrames = predictedFrames(predicted);
		int withoutPredictions = 0;
		int unscored = 0;
		for (LabeledFrame frame : byVideo(truth)) {
			List<Pose> truths = poses(frame, false);
			if (truths.isEmpty()) {
				continue;
			}
			Video video = videos.get(frame.getVideo());
			LabeledFrame match = video == null ? null : predictedFrames.get(new FrameKey(video, frame.getFrameIndex()));
			if (match == null) {
				withoutPredictions++;
				continue;
			}
			List<Pose> predictions = poses(match, scored);
			for (Pose prediction : predictions) {
				unscored += Double.isNaN(prediction.score()) && scored ? 1 : 0;
			}
			pairs.add(new FramePair(truths, predictions));
		}
		if (pairs.isEmpty()) {
			throw new EvaluationException(withoutPredictions == 0 ? truthName + " has no user instances to evaluate against"
					: "none of the " + withoutPredictions + " user-labelled frames of " + truthName
							+ " has predictions in " + predictionName);
		}
		if (withoutPredictions > 0) {
			notes.add(withoutPredictions + " user-labelled frames of " + truthName + " have no frame in "
					+ predictionName + " and are left out, as SLEAP leaves them out");
		}
		if (unscored > 0) {
			notes.add(unscored + " predictions have no score: they are ranked after the scored ones, in file order");
		}
	}

	/** The frames video by video (the labels' video order), each video's in file order, as SLEAP visits them. */
	private static List<LabeledFrame> byVideo(Labels labels) {
		Map<Video, List<LabeledFrame>> frames = new LinkedHashMap<>();
		for (Video video : labels.getVideos()) {
			frames.put(video, new ArrayList<>());
		}
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			frames.computeIfAbsent(frame.getVideo(), v -> new ArrayList<>()).add(frame);
		}
		return frames.values().stream().flatMap(List::stream).toList();
	}

	private List<String> commonNodes(Labels truth, Labels predicted) throws EvaluationException {
		if (truth.getSkeletons().isEmpty()) {
			throw new EvaluationException(truthName + " has no skeleton");
		}
		if (predicted.getSkeletons().isEmpty()) {
			throw new EvaluationException(predictionName + " has no skeleton");
		}
		List<String> nodes = names(truth.getSkeletons().get(0));
		for (Skeleton skeleton : truth.getSkeletons()) {
			checkSameNodes(nodes, truthName, skeleton, truthName);
		}
		for (Skeleton skeleton : predicted.getSkeletons()) {
			checkSameNodes(nodes, truthName, skeleton, predictionName);
		}
		return List.copyOf(nodes);
	}

	private static void checkSameNodes(List<String> nodes, String nodesFile, Skeleton skeleton, String file)
			throws EvaluationException {
		List<String> other = names(skeleton);
		Set<String> onlyFirst = new LinkedHashSet<>(nodes);
		onlyFirst.removeAll(other);
		Set<String> onlySecond = new LinkedHashSet<>(other);
		onlySecond.removeAll(nodes);
		if (onlyFirst.isEmpty() && onlySecond.isEmpty() && new LinkedHashSet<>(other).size() == other.size()) {
			return;
		}
		StringBuilder message = new StringBuilder("different skeletons: ").append(nodesFile).append(" has nodes ")
				.append(nodes).append(", ").append(file).append(" skeleton '").append(skeleton.getName())
				.append("' has ").append(other);
		if (!onlyFirst.isEmpty()) {
			message.append("; only in ").append(nodesFile).append(": ").append(String.join(", ", onlyFirst));
		}
		if (!onlySecond.isEmpty()) {
			message.append("; only in ").append(file).append(": ").append(String.join(", ", onlySecond));
		}
		if (onlyFirst.isEmpty() && onlySecond.isEmpty()) {
			message.append("; a node name is repeated");
		}
		throw new EvaluationException(message.toString());
	}

	private static List<String> names(Skeleton skeleton) {
		return skeleton.getNodes().stream().map(Node::getName).toList();
	}

	/**
	 * Pairs each ground-truth video with the predicted video of the same path, or else of the same file name when
	 * only one has it; refuses when a video with user instances, or one with predictions, has no partner.
	 */
	private Map<Video, Video> pairVideos(Labels truth, Labels predicted) throws EvaluationException {
		Map<Video, Video> pairs = new HashMap<>();
		Set<Video> free = new LinkedHashSet<>(predicted.getVideos());
		for (Video video : truth.getVideos()) {
			Video match = free.stream().filter(p -> key(p).equals(key(video))).findFirst().orElse(null);
			if (match == null) {
				List<Video> sameName = free.stream().filter(p -> shortKey(p).equals(shortKey(video))).toList();
				match = sameName.size() == 1 ? sameName.get(0) : null;
			}
			if (match != null) {
				pairs.put(video, match);
				free.remove(match);
			}
		}
		List<String> unpairedTruth = truth.getVideos().stream()
				.filter(v -> !pairs.containsKey(v) && hasInstances(truth, v, false)).map(FramePairs::key).toList();
		List<String> unpairedPredicted = free.stream().filter(v -> hasInstances(predicted, v, true))
				.map(FramePairs::key).toList();
		if (unpairedTruth.isEmpty() && unpairedPredicted.isEmpty()) {
			return pairs;
		}
		StringBuilder message = new StringBuilder("different videos: ");
		if (!unpairedTruth.isEmpty()) {
			message.append(truthName).append(" labels ").append(String.join(", ", unpairedTruth)).append(", not in ")
					.append(predictionName);
		}
		if (!unpairedPredicted.isEmpty()) {
			message.append(unpairedTruth.isEmpty() ? "" : "; ").append(predictionName).append(" predicts ")
					.append(String.join(", ", unpairedPredicted)).append(", not in ").append(truthName);
		}
		throw new EvaluationException(message.toString());
	}

	private static String key(Video video) {
		String name = video.getFilename() == null ? "" : video.getFilename();
		return video.getDataset() == null || video.getDataset().isEmpty() ? name : name + "#" + video.getDataset();
	}

	private static String shortKey(Video video) {
		String key = key(video);
		return key.substring(Math.max(key.lastIndexOf('/'), key.lastIndexOf('\\')) + 1);
	}

	private static boolean hasInstances(Labels labels, Video video, boolean predicted) {
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			if (frame.getVideo() == video && !frame.getInstances().isEmpty()
					&& (predicted || frame.getInstances().stream().anyMatch(i -> !(i instanceof PredictedInstance)))) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasPredictedInstances(Labels labels) {
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof PredictedInstance) {
					return true;
				}
			}
		}
		return false;
	}

	private Map<FrameKey, LabeledFrame> predictedFrames(Labels predicted) throws EvaluationException {
		Map<FrameKey, LabeledFrame> frames = new HashMap<>();
		for (LabeledFrame frame : predicted.getLabeledFrames()) {
			if (frames.put(new FrameKey(frame.getVideo(), frame.getFrameIndex()), frame) != null) {
				throw new EvaluationException(predictionName + " holds frame " + frame.getFrameIndex() + " of "
						+ key(frame.getVideo()) + " more than once");
			}
		}
		return frames;
	}

	/**
	 * @param predicted whether to take the frame's predicted instances (with their scores) rather than its user
	 *                  instances (without)
	 */
	private List<Pose> poses(LabeledFrame frame, boolean predicted) {
		List<Pose> poses = new ArrayList<>();
		for (Instance instance : frame.getInstances()) {
			if ((instance instanceof PredictedInstance) == predicted) {
				double score = instance instanceof PredictedInstance p ? p.getScore() : Double.NaN;
				poses.add(pose(instance, score));
			}
		}
		return poses;
	}

	private Pose pose(Instance instance, double score) {
		double[] x = new double[nodes.size()];
		double[] y = new double[nodes.size()];
		java.util.Arrays.fill(x, Double.NaN);
		java.util.Arrays.fill(y, Double.NaN);
		PointArray points = instance.getPoints() == null ? PointArray.empty() : instance.getPoints();
		List<String> own = instance.getSkeleton() == null ? nodes : names(instance.getSkeleton());
		for (int i = 0; i < own.size() && i < points.size(); i++) {
			int node = nodes.indexOf(own.get(i));
			if (node >= 0 && points.visible(i)) {
				x[node] = points.x(i);
				y[node] = points.y(i);
			}
		}
		return new Pose(x, y, score);
	}

	private record FrameKey(Video video, int frameIndex) {
	}
}
