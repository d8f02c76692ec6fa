// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.slp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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

	/** Points of one kind (user or predicted), read row by row from the file's table. */
	private record Points(String name, int rows, Table.Reader x, Table.Reader y, Table.Reader visible, Table.Reader complete,
			Table.Reader score, double shift) {
		static Points of(Table table, String name, boolean shift) throws LabelsFileException {
			if (table == null || table.rows() == 0) {
				Table.Reader none = row -> Double.NaN;
				return new Points(name, 0, none, none, none, none, none, 0);
			}
			Table.Reader complete = table.has("complete") ? table.reader("complete") : row -> 0;
			Table.Reader score = table.has("score") ? table.reader("score") : row -> Double.NaN;
			return new Points(name, table.rows(), table.reader("x"), table.reader("y"), table.reader("visible"), complete, score,
					shift ? 0.5 : 0);
		}
	}

	/** Builds frames, instances and points; the result owns everything set before. */
	public Labels assemble(Table frames, Table instances, Table userPoints, Table predictedPoints, IProgressMonitor monitor)
			throws LabelsFileException {
		Points user = Points.of(userPoints, "points", legacyPixelOrigin);
		Points predicted = Points.of(predictedPoints, "pred_points", false);
		int instanceRows = instances.rows();
		Instance[] byRow = new Instance[instanceRows];
		long[] fromPredicted = new long[instanceRows];
		double[] type = column(instances, "instance_type");
		double[] skeleton = column(instances, "skeleton");
		double[] track = column(instances, "track");
		double[] source = instances.has("from_predicted") ? instances.column("from_predicted") : null;
		double[] score = instances.has("score") ? instances.column("score") : null;
		double[] trackingScore = instances.has("tracking_score") ? instances.column("tracking_score") : null;
		double[] pointStart = column(instances, "point_id_start");
		double[] pointEnd = column(instances, "point_id_end");
		double[] video = column(frames, "video");
		double[] frameIndex = column(frames, "frame_idx");
		double[] instanceStart = column(frames, "instance_id_start");
		double[] instanceEnd = column(frames, "instance_id_end");

		SubMonitor progress = SubMonitor.convert(monitor, frames.rows() / FRAMES_PER_TICK + 2);
		List<LabeledFrame> built = new ArrayList<>(frames.rows());
		for (int row = 0; row < frames.rows(); row++) {
			if (row % FRAMES_PER_TICK == 0) {
				progress.split(1);
			}
			LabeledFrame frame = LabelsFactory.eINSTANCE.createLabeledFrame();
			frame.setVideo(element(videos, video[row], "frame row ", row, "video"));
			frame.setFrameIndex(checkedInt(frameIndex[row], "frame row ", row, " frame_idx"));
			int first = checkedRange(instanceStart[row], instanceRows, "frame row ", row, " instance_id_start", "instances");
			int end = checkedRange(instanceEnd[row], instanceRows, "frame row ", row, " instance_id_end", "instances");
			if (end < first) {
				throw new LabelsFileException(file, "frame row " + row + " has a reversed instance range [" + first + ", " + end + ")");
			}
			List<Instance> frameInstances = new ArrayList<>(end - first);
			for (int i = first; i < end; i++) {
				if (byRow[i] != null) {
					throw new LabelsFileException(file, "instance row " + i + " belongs to two frames");
				}
				int kind = (int) type[i];
				Points points = kind == PREDICTED ? predicted : user;
				Instance instance = kind == PREDICTED ? predicted(score, i) : kind == USER ? user() : null;
				if (instance == null) {
					throw new LabelsFileException(file, "instance row " + i + " has an unknown instance_type " + kind);
				}
				Skeleton instanceSkeleton = element(skeletons, skeleton[i], "instance row ", i, "skeleton");
				instance.setSkeleton(instanceSkeleton);
				instance.setTrack(track[i] < 0 ? null : element(tracks, track[i], "instance row ", i, "track"));
				if (trackingScore != null) {
					instance.setTrackingScore(trackingScore[i]);
				}
				instance.setPoints(points(points, pointStart[i], pointEnd[i], i, instanceSkeleton));
				fromPredicted[i] = source == null ? -1 : (long) source[i];
				byRow[i] = instance;
				frameInstances.add(instance);
			}
			((InternalEList<Instance>) frame.getInstances()).addAllUnique(frameInstances);
			built.add(frame);
		}
		linkSourcePredictions(byRow, fromPredicted);
		// addAllUnique: the frames are new objects, and EList.addAll's uniqueness check is quadratic
		((InternalEList<LabeledFrame>) labels.getLabeledFrames()).addAllUnique(built);
		progress.split(1);
		return labels;
	}

	private static PredictedInstance predicted(double[] score, int row) {
		PredictedInstance instance = LabelsFactory.eINSTANCE.createPredictedInstance();
		instance.setScore(score == null ? Double.NaN : score[row]);
		return instance;
	}

	/** SLEAP writes NaN as a user instance's tracking score; the file's value, if any, replaces it. */
	private static UserInstance user() {
		UserInstance instance = LabelsFactory.eINSTANCE.createUserInstance();
		instance.setTrackingScore(Double.NaN);
		return instance;
	}

	private PointArray points(Points points, double start, double end, int row, Skeleton skeleton) throws LabelsFileException {
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
		int n = last - first;
		double[] x = new double[n];
		double[] y = new double[n];
		boolean[] visible = new boolean[n];
		boolean[] complete = new boolean[n];
		double[] score = new double[n];
		for (int k = 0; k < n; k++) {
			int i = first + k;
			x[k] = points.x().get(i) - points.shift();
			y[k] = points.y().get(i) - points.shift();
			if (Double.isInfinite(x[k]) || Double.isInfinite(y[k])) {
				throw new LabelsFileException(file, "instance row " + row + " has an infinite coordinate at " + points.name()
						+ " row " + i + " (" + points.x().get(i) + ", " + points.y().get(i) + ")");
			}
			visible[k] = points.visible().get(i) != 0;
			complete[k] = points.complete().get(i) != 0;
			score[k] = points.score().get(i);
		}
		return PointArray.of(x, y, visible, complete, score);
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

	private double[] column(Table table, String name) throws LabelsFileException {
		return table.column(name);
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
