// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.LabelsFileException;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Track;
import org.myrmex.model.Video;

/**
 * The per-track matrices of one video that SLEAP's analysis export writes (SLEAP 1.4
 * {@code sleap/info/write_tracking_h5.py}), already in the file's axis order. The rules, SLEAP's:
 * <ul>
 * <li>Frames run from 0 to the largest labeled frame index of the video (SLEAP's {@code all_frames=True}).</li>
 * <li>One column per track of the labels, in their order; without tracks, one unnamed column that holds the
 * untracked instances. When the labels have tracks, untracked instances are not exported.</li>
 * <li>Per frame and track, user instances win over predicted ones; of several instances on one track in one
 * frame, the last one in the frame wins.</li>
 * <li>Points that are not visible are {@code NaN}. Point, instance and tracking scores are those of predicted
 * instances; for user instances they stay {@code NaN}.</li>
 * <li>Tracks that hold no instance on the video are dropped.</li>
 * <li>Only the first skeleton of the labels is exported.</li>
 * </ul>
 */
final class AnalysisMatrices {
	final Skeleton skeleton;
	/** The exported tracks' names, in column order; empty when the labels have no tracks. */
	final List<String> trackNames;
	final int tracks;
	final int nodes;
	final int frames;
	/** (frames, tracks): 1 where the track has an instance. */
	final byte[] occupancy;
	/** (tracks, 2, nodes, frames): x then y. */
	final double[] locations;
	/** (tracks, nodes, frames). */
	final double[] pointScores;
	/** (tracks, frames). */
	final double[] instanceScores;
	/** (tracks, frames). */
	final double[] trackingScores;

	private AnalysisMatrices(Skeleton skeleton, List<String> trackNames, int tracks, int frames, byte[] occupancy,
			double[] locations, double[] pointScores, double[] instanceScores, double[] trackingScores) {
		this.skeleton = skeleton;
		this.trackNames = trackNames;
		this.tracks = tracks;
		this.nodes = skeleton.getNodes().size();
		this.frames = frames;
		this.occupancy = occupancy;
		this.locations = locations;
		this.pointScores = pointScores;
		this.instanceScores = instanceScores;
		this.trackingScores = trackingScores;
	}

	/**
	 * Builds the matrices of {@code video}.
	 *
	 * @param out the file being exported, named in errors
	 * @throws LabelsFileException when the labels have no skeleton, the video has no labeled frame or no instance,
	 *                             or an exported instance has another skeleton than the first
	 */
	static AnalysisMatrices of(Labels labels, Video video, Path out, IProgressMonitor monitor)
			throws LabelsFileException {
		if (!labels.getVideos().contains(video)) {
			throw new IllegalArgumentException("video is not one of the labels' videos: " + video.getFilename());
		}
		if (labels.getSkeletons().isEmpty()) {
			throw new LabelsFileException(out, "the labels have no skeleton");
		}
		Skeleton skeleton = labels.getSkeletons().get(0);
		if (skeleton.getNodes().isEmpty()) {
			throw new LabelsFileException(out, "skeleton '" + skeleton.getName() + "' has no nodes");
		}
		List<LabeledFrame> labeled = new ArrayList<>();
		int frames = 0;
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			if (frame.getVideo() == video) {
				if (frame.getFrameIndex() < 0) {
					throw new LabelsFileException(out, "negative frame index " + frame.getFrameIndex());
				}
				labeled.add(frame);
				frames = Math.max(frames, frame.getFrameIndex() + 1);
			}
		}
		if (labeled.isEmpty()) {
			throw new LabelsFileException(out, "no labeled frames in video " + video.getFilename());
		}
		List<Track> slots = labels.getTracks().isEmpty() ? Collections.singletonList(null) : labels.getTracks();
		Builder builder = new Builder(out, skeleton, slots.size(), frames);
		SubMonitor progress = SubMonitor.convert(monitor, labeled.size());
		for (LabeledFrame frame : labeled) {
			progress.split(1);
			for (int slot = 0; slot < slots.size(); slot++) {
				for (Instance instance : chosen(frame, slots.get(slot))) {
					builder.put(slot, frame.getFrameIndex(), instance);
				}
			}
		}
		return builder.withoutEmptyTracks(slots);
	}

	/** The user instances of {@code track} on the frame, or if there are none, its predicted instances. */
	private static List<Instance> chosen(LabeledFrame frame, Track track) {
		List<Instance> user = new ArrayList<>();
		List<Instance> predicted = new ArrayList<>();
		for (Instance instance : frame.getInstances()) {
			if (instance.getTrack() == track) {
				(instance instanceof PredictedInstance ? predicted : user).add(instance);
			}
		}
		return user.isEmpty() ? predicted : user;
	}

	/** Fills the matrices with every track slot, then drops the empty ones. */
	private static final class Builder {
		private final Path out;
		private final Skeleton skeleton;
		private final int slots;
		private final int nodes;
		private final int frames;
		private final byte[] occupancy;
		private final double[] locations;
		private final double[] pointScores;
		private final double[] instanceScores;
		private final double[] trackingScores;

		Builder(Path out, Skeleton skeleton, int slots, int frames) throws LabelsFileException {
			this.out = out;
			this.skeleton = skeleton;
			this.slots = slots;
			this.nodes = skeleton.getNodes().size();
			this.frames = frames;
			long cells = (long) slots * 2 * nodes * frames;
			if (cells > Integer.MAX_VALUE - 8) {
				throw new LabelsFileException(out, "too large to export: " + slots + " tracks x " + nodes
						+ " nodes x " + frames + " frames");
			}
			occupancy = new byte[slots * frames];
			locations = nan(slots * 2 * nodes * frames);
			pointScores = nan(slots * nodes * frames);
			instanceScores = nan(slots * frames);
			trackingScores = nan(slots * frames);
		}

		void put(int slot, int frame, Instance instance) throws LabelsFileException {
			if (instance.getSkeleton() != skeleton) {
				throw new LabelsFileException(out, "an instance on frame " + frame + " has skeleton '"
						+ name(instance.getSkeleton()) + "'; the analysis export holds the first skeleton ('"
						+ skeleton.getName() + "') only");
			}
			PointArray points = instance.getPoints() == null ? PointArray.missing(nodes) : instance.getPoints();
			if (points.size() != nodes) {
				throw new LabelsFileException(out, "an instance on frame " + frame + " has " + points.size()
						+ " points for " + nodes + " nodes");
			}
			occupancy[frame * slots + slot] = 1;
			for (int node = 0; node < nodes; node++) {
				boolean shown = points.visible(node);
				locations[((slot * 2) * nodes + node) * frames + frame] = shown ? points.x(node) : Double.NaN;
				locations[((slot * 2 + 1) * nodes + node) * frames + frame] = shown ? points.y(node) : Double.NaN;
			}
			if (instance instanceof PredictedInstance predicted) {
				for (int node = 0; node < nodes; node++) {
					pointScores[(slot * nodes + node) * frames + frame] = points.score(node);
				}
				instanceScores[slot * frames + frame] = predicted.getScore();
				trackingScores[slot * frames + frame] = predicted.getTrackingScore();
			}
		}

		AnalysisMatrices withoutEmptyTracks(List<Track> slotTracks) throws LabelsFileException {
			List<Integer> kept = new ArrayList<>();
			for (int slot = 0; slot < slots; slot++) {
				for (int frame = 0; frame < frames; frame++) {
					if (occupancy[frame * slots + slot] != 0) {
						kept.add(slot);
						break;
					}
				}
			}
			if (kept.isEmpty()) {
				throw new LabelsFileException(out, "no instances to export on this video");
			}
			int tracks = kept.size();
			List<String> names = new ArrayList<>();
			byte[] keptOccupancy = new byte[frames * tracks];
			double[] keptLocations = new double[tracks * 2 * nodes * frames];
			double[] keptPointScores = new double[tracks * nodes * frames];
			double[] keptInstanceScores = new double[tracks * frames];
			double[] keptTrackingScores = new double[tracks * frames];
			for (int t = 0; t < tracks; t++) {
				int slot = kept.get(t);
				Track track = slotTracks.get(slot);
				if (track != null) {
					names.add(track.getName() == null ? "" : track.getName());
				}
				for (int frame = 0; frame < frames; frame++) {
					keptOccupancy[frame * tracks + t] = occupancy[frame * slots + slot];
				}
				System.arraycopy(locations, slot * 2 * nodes * frames, keptLocations, t * 2 * nodes * frames,
						2 * nodes * frames);
				System.arraycopy(pointScores, slot * nodes * frames, keptPointScores, t * nodes * frames,
						nodes * frames);
				System.arraycopy(instanceScores, slot * frames, keptInstanceScores, t * frames, frames);
				System.arraycopy(trackingScores, slot * frames, keptTrackingScores, t * frames, frames);
			}
			return new AnalysisMatrices(skeleton, List.copyOf(names), tracks, frames, keptOccupancy, keptLocations,
					keptPointScores, keptInstanceScores, keptTrackingScores);
		}

		private static double[] nan(int length) {
			double[] values = new double[length];
			Arrays.fill(values, Double.NaN);
			return values;
		}

		private static String name(Skeleton skeleton) {
			return skeleton == null ? "none" : skeleton.getName();
		}
	}

	/** @return x ({@code coordinate} 0) or y (1) of {@code node} of track column {@code track} on {@code frame} */
	double location(int track, int coordinate, int node, int frame) {
		return locations[((track * 2 + coordinate) * nodes + node) * frames + frame];
	}

	double pointScore(int track, int node, int frame) {
		return pointScores[(track * nodes + node) * frames + frame];
	}

	double instanceScore(int track, int frame) {
		return instanceScores[track * frames + frame];
	}

	boolean occupied(int track, int frame) {
		return occupancy[frame * tracks + track] != 0;
	}
}
