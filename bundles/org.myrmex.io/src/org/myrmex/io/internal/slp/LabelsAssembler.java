// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.slp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.hdf5.H5File;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.InternalEList;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.internal.hdf5.Table;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.ProvenanceEntry;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Suggestion;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;

/**
 * Builds the model from a {@code .slp} file's tables, checking every cross-reference (frame → instances →
 * points, instance → skeleton / track / source prediction) so that a damaged file gives a clear error.
 */
public final class LabelsAssembler {
	private static final int USER = 0;
	private static final int PREDICTED = 1;
	private static final int FRAMES_PER_TICK = 4096;
	private static final List<String> FRAME_COLUMNS = List.of("frame_id", "video", "frame_idx", "instance_id_start",
			"instance_id_end");
	private static final List<String> INSTANCE_COLUMNS = List.of("instance_id", "instance_type", "frame_id", "skeleton",
			"track", "from_predicted", "score", "point_id_start", "point_id_end", "tracking_score");
	private static final List<String> POINT_COLUMNS = List.of("x", "y", "visible", "complete", "score");

	private final Path file;
	private final boolean legacyPixelOrigin;
	private final Labels labels = LabelsFactory.eINSTANCE.createLabels();
	private List<Video> videos = List.of();
	private List<Skeleton> skeletons = List.of();
	private List<Track> tracks = List.of();

	/** @param legacyPixelOrigin format 1.0: user points have pixel (0,0) at its top-left corner and move by −0.5 */
	public LabelsAssembler(Path file, boolean legacyPixelOrigin) {
		this.file = file;
		this.legacyPixelOrigin = legacyPixelOrigin;
	}

	public void setVideos(List<Video> videos) {
		this.videos = videos;
		labels.getVideos().addAll(videos);
	}

	public void setSkeletons(List<Skeleton> skeletons) {
		this.skeletons = skeletons;
		labels.getSkeletons().addAll(skeletons);
	}

	public void setTracks(List<Track> tracks) {
		this.tracks = tracks;
		labels.getTracks().addAll(tracks);
	}

	public void setSuggestions(List<Suggestion> suggestions) {
		labels.getSuggestions().addAll(suggestions);
	}

	public void setProvenance(List<ProvenanceEntry> provenance) {
		labels.getProvenance().addAll(provenance);
	}

	/**
	 * Builds frames, instances and points from the file's tables, reading {@code windowRows} rows of a table at a
	 * time (0: about a megabyte); the result owns everything set before.
	 */
	public Labels assemble(H5File h5, int windowRows, IProgressMonitor monitor) throws LabelsFileException {
		try (Table frames = Table.open(h5, file, "frames", FRAME_COLUMNS, FRAME_COLUMNS, windowRows);
				Table instances = Table.open(h5, file, "instances", INSTANCE_COLUMNS, INSTANCE_COLUMNS, windowRows);
				Table points = Table.open(h5, file, "points", POINT_COLUMNS, POINT_COLUMNS, windowRows);
				Table predicted = h5.nameExists("pred_points")
						? Table.open(h5, file, "pred_points", POINT_COLUMNS, POINT_COLUMNS, windowRows)
						: null) {
			return assemble(frames, instances, new PointRows(file, "points", points, legacyPixelOrigin),
					new PointRows(file, "pred_points", predicted, false), monitor);
		}
	}

	private Labels assemble(Table frames, Table instances, PointRows user, PointRows predicted, IProgressMonitor monitor)
			throws LabelsFileException {
		int instanceRows = instances.rows();
		Instance[] byRow = new Instance[instanceRows];
		long[] fromPredicted = new long[instanceRows];
		// the columns' values for the rows in each table's window
		double[] type = instances.window("instance_type");
		double[] skeleton = instances.window("skeleton");
		double[] track = instances.window("track");
		double[] source = instances.window("from_predicted", -1);
		double[] score = instances.window("score", Double.NaN);
		boolean hasTrackingScore = instances.has("tracking_score");
		double[] trackingScore = instances.window("tracking_score", Double.NaN);
		double[] pointStart = instances.window("point_id_start");
		double[] pointEnd = instances.window("point_id_end");
		double[] video = frames.window("video");
		double[] frameIndex = frames.window("frame_idx");
		double[] instanceStart = frames.window("instance_id_start");
		double[] instanceEnd = frames.window("instance_id_end");

		SubMonitor progress = SubMonitor.convert(monitor, frames.rows() / FRAMES_PER_TICK + 2);
		List<LabeledFrame> built = new ArrayList<>(frames.rows());
		for (int row = 0; row < frames.rows(); row++) {
			if (row % FRAMES_PER_TICK == 0) {
				progress.split(1);
			}
			int f = frames.locate(row);
			LabeledFrame frame = LabelsFactory.eINSTANCE.createLabeledFrame();
			frame.setVideo(element(videos, video[f], "frame row ", row, "video"));
			frame.setFrameIndex(checkedInt(frameIndex[f], "frame row ", row, " frame_idx"));
			int first = checkedRange(instanceStart[f], instanceRows, "frame row ", row, " instance_id_start", "instances");
			int end = checkedRange(instanceEnd[f], instanceRows, "frame row ", row, " instance_id_end", "instances");
			if (end < first) {
				throw new LabelsFileException(file, "frame row " + row + " has a reversed instance range [" + first + ", " + end + ")");
			}
			// addUnique here and addAllUnique below: the objects are new, and EList.add's uniqueness check is quadratic
			InternalEList<Instance> frameInstances = (InternalEList<Instance>) frame.getInstances();
			for (int i = first; i < end; i++) {
				if (byRow[i] != null) {
					throw new LabelsFileException(file, "instance row " + i + " belongs to two frames");
				}
				int at = instances.locate(i);
				int kind = (int) type[at];
				PointRows points = kind == PREDICTED ? predicted : user;
				Instance instance = kind == PREDICTED ? predicted(score[at]) : kind == USER ? user() : null;
				if (instance == null) {
					throw new LabelsFileException(file, "instance row " + i + " has an unknown instance_type " + kind);
				}
				Skeleton instanceSkeleton = element(skeletons, skeleton[at], "instance row ", i, "skeleton");
				instance.setSkeleton(instanceSkeleton);
				instance.setTrack(track[at] < 0 ? null : element(tracks, track[at], "instance row ", i, "track"));
				if (hasTrackingScore) {
					instance.setTrackingScore(trackingScore[at]);
				}
				instance.setPoints(points(points, pointStart[at], pointEnd[at], i, instanceSkeleton));
				fromPredicted[i] = (long) source[at];
				byRow[i] = instance;
				frameInstances.addUnique(instance);
			}
			built.add(frame);
		}
		linkSourcePredictions(byRow, fromPredicted);
		((InternalEList<LabeledFrame>) labels.getLabeledFrames()).addAllUnique(built);
		progress.split(1);
		return labels;
	}

	private static PredictedInstance predicted(double score) {
		PredictedInstance instance = LabelsFactory.eINSTANCE.createPredictedInstance();
		instance.setScore(score);
		return instance;
	}

	/** SLEAP writes NaN as a user instance's tracking score; the file's value, if any, replaces it. */
	private static UserInstance user() {
		UserInstance instance = LabelsFactory.eINSTANCE.createUserInstance();
		instance.setTrackingScore(Double.NaN);
		return instance;
	}

	private PointArray points(PointRows points, double start, double end, int row, Skeleton skeleton) throws LabelsFileException {
		int first = checkedRange(start, points.rows(), "instance row ", row, " point_id_start", points.name());
		int last = checkedRange(end, points.rows(), "instance row ", row, " point_id_end", points.name());
		if (last < first) {
			throw new LabelsFileException(file, "instance row " + row + " has a reversed point range [" + first + ", " + last + ")");
		}
		int nodes = skeleton.getNodes().size();
		if (last - first != nodes) {
			throw new LabelsFileException(file, "instance row " + row + " has " + (last - first) + " points but its skeleton '"
					+ skeleton.getName() + "' has " + nodes + " nodes");
		}
		return points.read(first, last, row);
	}

	/** A user instance made from a prediction links to it; a link to anything but a predicted instance is dropped. */
	private void linkSourcePredictions(Instance[] byRow, long[] fromPredicted) throws LabelsFileException {
		for (int row = 0; row < byRow.length; row++) {
			long source = fromPredicted[row];
			if (source < 0 || !(byRow[row] instanceof UserInstance userInstance)) {
				continue;
			}
			if (source >= byRow.length) {
				throw new LabelsFileException(file, "instance row " + row + " comes from predicted instance " + source
						+ " but the file has " + byRow.length + " instances");
			}
			if (byRow[(int) source] instanceof PredictedInstance prediction) {
				userInstance.setFromPredicted(prediction);
			}
		}
	}

	// messages are built only on failure: these run for every row of a million-instance file
	private <T> T element(List<T> list, double index, String table, int row, String what) throws LabelsFileException {
		if (!(index >= 0 && index < list.size()) || index != Math.rint(index)) {
			throw new LabelsFileException(file, table + row + " names " + what + " " + (long) index + " but the file has " + list.size()
					+ " " + what + (list.size() == 1 ? "" : "s"));
		}
		return list.get((int) index);
	}

	private int checkedInt(double value, String table, int row, String column) throws LabelsFileException {
		if (!(value >= 0 && value <= Integer.MAX_VALUE) || value != Math.rint(value)) {
			throw new LabelsFileException(file, table + row + column + " is " + value + ", not a frame number");
		}
		return (int) value;
	}

	private int checkedRange(double value, int rows, String table, int row, String column, String target)
			throws LabelsFileException {
		if (!(value >= 0 && value <= rows) || value != Math.rint(value)) {
			throw new LabelsFileException(file, table + row + column + " is " + (long) value + ", past the end of '" + target + "' (" + rows
					+ " rows)");
		}
		return (int) value;
	}
}
