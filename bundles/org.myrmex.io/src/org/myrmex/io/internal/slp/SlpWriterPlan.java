// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.slp;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.myrmex.io.LabelsFileException;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;

/**
 * What writing labels takes, found in a pass over them before the file is created: the row counts of the four
 * tables, the indices of videos, skeletons and tracks, and the {@code instances} row of every predicted instance a
 * user instance was made from (in a second pass only when there are such links). Everything a SLEAP file cannot
 * express fails here, before anything is written: a frame of a video, or an instance of a skeleton or track, that the
 * labels do not list; an instance whose points do not match its skeleton's nodes; a negative frame index.
 */
public final class SlpWriterPlan {
	/** Marks a source predicted instance whose row is not known yet; also SLEAP's "no link". */
	static final long NO_ROW = -1;

	private final Map<Video, Integer> videos = new IdentityHashMap<>();
	private final Map<Skeleton, Integer> skeletons = new IdentityHashMap<>();
	private final Map<Track, Integer> tracks = new IdentityHashMap<>();
	private final Map<PredictedInstance, Long> sourceRows = new IdentityHashMap<>();
	private final int[] nodeCounts;
	private long frames;
	private long instances;
	private long userPoints;
	private long predictedPoints;

	private SlpWriterPlan(Labels labels) {
		index(labels.getVideos(), videos);
		index(labels.getSkeletons(), skeletons);
		index(labels.getTracks(), tracks);
		nodeCounts = new int[labels.getSkeletons().size()];
		for (int i = 0; i < nodeCounts.length; i++) {
			nodeCounts[i] = labels.getSkeletons().get(i).getNodes().size();
		}
	}

	/**
	 * Checks and counts {@code labels}.
	 *
	 * @param file names the file in messages
	 * @throws LabelsFileException naming the frame and instance that cannot be written, and why
	 */
	public static SlpWriterPlan of(Labels labels, Path file) throws LabelsFileException {
		SlpWriterPlan plan = new SlpWriterPlan(labels);
		plan.count(labels, file);
		if (!plan.sourceRows.isEmpty()) {
			plan.findSourceRows(labels);
		}
		return plan;
	}

	private static <T> void index(List<T> items, Map<T, Integer> indices) {
		for (int i = 0; i < items.size(); i++) {
			indices.putIfAbsent(items.get(i), i);
		}
	}

	private void count(Labels labels, Path file) throws LabelsFileException {
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			if (!videos.containsKey(frame.getVideo())) {
				throw new LabelsFileException(file, where(frame) + " belongs to a video that is not among the labels' videos");
			}
			if (frame.getFrameIndex() < 0) {
				throw new LabelsFileException(file, where(frame) + " has a negative frame index");
			}
			for (Instance instance : frame.getInstances()) {
				count(instance, frame, file);
			}
			frames++;
		}
	}

	private void count(Instance instance, LabeledFrame frame, Path file) throws LabelsFileException {
		Integer skeleton = skeletons.get(instance.getSkeleton());
		if (skeleton == null) {
			throw new LabelsFileException(file, where(frame, instance) + " has a skeleton that is not among the labels' skeletons");
		}
		if (instance.getTrack() != null && !tracks.containsKey(instance.getTrack())) {
			throw new LabelsFileException(file, where(frame, instance) + " is on track '" + instance.getTrack().getName()
					+ "', which is not among the labels' tracks");
		}
		int nodes = nodeCounts[skeleton];
		PointArray points = instance.getPoints();
		if (points != null && points.size() != nodes) {
			throw new LabelsFileException(file, where(frame, instance) + " has " + points.size() + " points but its skeleton '"
					+ instance.getSkeleton().getName() + "' has " + nodes + " nodes");
		}
		if (instance instanceof PredictedInstance) {
			predictedPoints += nodes;
		} else {
			userPoints += nodes;
			PredictedInstance source = ((UserInstance) instance).getFromPredicted();
			if (source != null) {
				sourceRows.put(source, NO_ROW);
			}
		}
		instances++;
	}

	private void findSourceRows(Labels labels) {
		long row = 0;
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof PredictedInstance predicted && sourceRows.containsKey(predicted)) {
					sourceRows.put(predicted, row);
				}
				row++;
			}
		}
	}

	private static String where(LabeledFrame frame) {
		return "labelled frame " + frame.getFrameIndex();
	}

	private static String where(LabeledFrame frame, Instance instance) {
		return "instance " + frame.getInstances().indexOf(instance) + " of " + where(frame);
	}

	/** @return the rows of {@code frames} */
	public long frames() {
		return frames;
	}

	/** @return the rows of {@code instances} */
	public long instances() {
		return instances;
	}

	/** @return the rows of {@code points} (user instances) */
	public long userPoints() {
		return userPoints;
	}

	/** @return the rows of {@code pred_points} (predicted instances) */
	public long predictedPoints() {
		return predictedPoints;
	}

	/** @return the index of a video of the labels */
	int video(Video video) {
		return videos.get(video);
	}

	/** @return the index of a skeleton of the labels */
	int skeleton(Skeleton skeleton) {
		return skeletons.get(skeleton);
	}

	/** @return the node count of the skeleton at {@code index} */
	int nodeCount(int skeleton) {
		return nodeCounts[skeleton];
	}

	/** @return the index of a track of the labels, −1 for none */
	int track(Track track) {
		if (track == null) {
			return -1;
		}
		return tracks.get(track);
	}

	/** @return the {@code instances} row of the predicted instance a user instance came from, −1 for none */
	long sourceRow(PredictedInstance source) {
		if (source == null) {
			return NO_ROW;
		}
		return sourceRows.getOrDefault(source, NO_ROW);
	}
}
