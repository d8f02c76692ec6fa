// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.slp;

import static org.myrmex.io.internal.hdf5.writer.Field.BOOL;
import static org.myrmex.io.internal.hdf5.writer.Field.F32;
import static org.myrmex.io.internal.hdf5.writer.Field.F64;
import static org.myrmex.io.internal.hdf5.writer.Field.I32;
import static org.myrmex.io.internal.hdf5.writer.Field.I64;
import static org.myrmex.io.internal.hdf5.writer.Field.U32;
import static org.myrmex.io.internal.hdf5.writer.Field.U64;
import static org.myrmex.io.internal.hdf5.writer.Field.U8;

import java.nio.ByteBuffer;

import org.bytedeco.hdf5.H5File;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.internal.hdf5.writer.CompoundLayout;
import org.myrmex.io.internal.hdf5.writer.TableWriter;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.UserInstance;

/**
 * Writes the four tables of a SLEAP 1.2 file in one pass over the labels, exactly as SLEAP 1.4.1 lays them out:
 * {@code frames} in the labels' order, their instances as consecutive rows of {@code instances}, user points in
 * {@code points} and predicted points in {@code pred_points}. A user instance's {@code score} is NaN, as in SLEAP;
 * its {@code from_predicted} is the row of its source predicted instance, wherever that is, or −1. An instance
 * without points writes missing ones (NaN, invisible).
 */
public final class SlpTablesWriter {
	/** {@code frames}, 36 bytes a row. */
	public static final CompoundLayout FRAMES = CompoundLayout.builder().add("frame_id", U64).add("video", U32)
			.add("frame_idx", U64).add("instance_id_start", U64).add("instance_id_end", U64).build();
	/** {@code instances}, 57 bytes a row (format 1.2, with {@code tracking_score}). */
	public static final CompoundLayout INSTANCES = CompoundLayout.builder().add("instance_id", I64)
			.add("instance_type", U8).add("frame_id", U64).add("skeleton", U32).add("track", I32)
			.add("from_predicted", I64).add("score", F32).add("point_id_start", U64).add("point_id_end", U64)
			.add("tracking_score", F32).build();
	/** {@code points} (user instances), 18 bytes a row. */
	public static final CompoundLayout POINTS = CompoundLayout.builder().add("x", F64).add("y", F64)
			.add("visible", BOOL).add("complete", BOOL).build();
	/** {@code pred_points} (predicted instances), 26 bytes a row. */
	public static final CompoundLayout PRED_POINTS = CompoundLayout.builder().add("x", F64).add("y", F64)
			.add("visible", BOOL).add("complete", BOOL).add("score", F64).build();

	private static final int USER = 0;
	private static final int PREDICTED = 1;

	private static final int FRAME_VIDEO = FRAMES.offset("video");
	private static final int FRAME_INDEX = FRAMES.offset("frame_idx");
	private static final int FRAME_START = FRAMES.offset("instance_id_start");
	private static final int FRAME_END = FRAMES.offset("instance_id_end");
	private static final int INSTANCE_TYPE = INSTANCES.offset("instance_type");
	private static final int INSTANCE_FRAME = INSTANCES.offset("frame_id");
	private static final int INSTANCE_SKELETON = INSTANCES.offset("skeleton");
	private static final int INSTANCE_TRACK = INSTANCES.offset("track");
	private static final int INSTANCE_SOURCE = INSTANCES.offset("from_predicted");
	private static final int INSTANCE_SCORE = INSTANCES.offset("score");
	private static final int INSTANCE_START = INSTANCES.offset("point_id_start");
	private static final int INSTANCE_END = INSTANCES.offset("point_id_end");
	private static final int INSTANCE_TRACKING = INSTANCES.offset("tracking_score");
	private static final int POINT_Y = POINTS.offset("y");
	private static final int POINT_VISIBLE = POINTS.offset("visible");
	private static final int POINT_COMPLETE = POINTS.offset("complete");
	private static final int POINT_SCORE = PRED_POINTS.offset("score");

	private final SlpWriterPlan plan;
	private final TableWriter frames;
	private final TableWriter instances;
	private final TableWriter userPoints;
	private final TableWriter predictedPoints;
	private long instanceRow;
	private long userRow;
	private long predictedRow;

	private SlpTablesWriter(SlpWriterPlan plan, TableWriter frames, TableWriter instances, TableWriter userPoints,
			TableWriter predictedPoints) {
		this.plan = plan;
		this.frames = frames;
		this.instances = instances;
		this.userPoints = userPoints;
		this.predictedPoints = predictedPoints;
	}

	/** @return the progress ticks {@link #write} takes: one per buffer written */
	public static long ticks(SlpWriterPlan plan) {
		return TableWriter.flushes(plan.frames(), FRAMES.size()) + TableWriter.flushes(plan.instances(), INSTANCES.size())
				+ TableWriter.flushes(plan.userPoints(), POINTS.size())
				+ TableWriter.flushes(plan.predictedPoints(), PRED_POINTS.size());
	}

	/**
	 * Writes the tables of {@code labels}, checked and counted by {@code plan}, into {@code file}.
	 *
	 * @param progress takes {@link #ticks(SlpWriterPlan)} ticks; cancelling it stops the writing
	 */
	public static void write(H5File file, Labels labels, SlpWriterPlan plan, SubMonitor progress) {
		try (TableWriter frames = TableWriter.create(file, "frames", FRAMES, plan.frames(), progress);
				TableWriter instances = TableWriter.create(file, "instances", INSTANCES, plan.instances(), progress);
				TableWriter points = TableWriter.create(file, "points", POINTS, plan.userPoints(), progress);
				TableWriter predicted = TableWriter.create(file, "pred_points", PRED_POINTS, plan.predictedPoints(),
						progress)) {
			SlpTablesWriter writer = new SlpTablesWriter(plan, frames, instances, points, predicted);
			long frameRow = 0;
			for (LabeledFrame frame : labels.getLabeledFrames()) {
				writer.writeFrame(frameRow++, frame);
			}
			frames.finish();
			instances.finish();
			points.finish();
			predicted.finish();
		}
	}

	private void writeFrame(long frameRow, LabeledFrame frame) {
		int at = frames.nextRow();
		ByteBuffer row = frames.data();
		row.putLong(at, frameRow);
		row.putInt(at + FRAME_VIDEO, plan.video(frame.getVideo()));
		row.putLong(at + FRAME_INDEX, frame.getFrameIndex());
		row.putLong(at + FRAME_START, instanceRow);
		row.putLong(at + FRAME_END, instanceRow + frame.getInstances().size());
		for (Instance instance : frame.getInstances()) {
			writeInstance(frameRow, instance);
		}
	}

	private void writeInstance(long frameRow, Instance instance) {
		int skeleton = plan.skeleton(instance.getSkeleton());
		int nodes = plan.nodeCount(skeleton);
		boolean predicted = instance instanceof PredictedInstance;
		long start = predicted ? predictedRow : userRow;
		int at = instances.nextRow();
		ByteBuffer row = instances.data();
		row.putLong(at, instanceRow++);
		row.put(at + INSTANCE_TYPE, (byte) (predicted ? PREDICTED : USER));
		row.putLong(at + INSTANCE_FRAME, frameRow);
		row.putInt(at + INSTANCE_SKELETON, skeleton);
		row.putInt(at + INSTANCE_TRACK, plan.track(instance.getTrack()));
		row.putLong(at + INSTANCE_SOURCE, predicted ? SlpWriterPlan.NO_ROW
				: plan.sourceRow(((UserInstance) instance).getFromPredicted()));
		row.putFloat(at + INSTANCE_SCORE, predicted ? (float) ((PredictedInstance) instance).getScore() : Float.NaN);
		row.putLong(at + INSTANCE_START, start);
		row.putLong(at + INSTANCE_END, start + nodes);
		row.putFloat(at + INSTANCE_TRACKING, (float) instance.getTrackingScore());
		if (predicted) {
			writePoints(predictedPoints, instance.getPoints(), nodes, true);
			predictedRow += nodes;
		} else {
			writePoints(userPoints, instance.getPoints(), nodes, false);
			userRow += nodes;
		}
	}

	private static void writePoints(TableWriter table, PointArray points, int nodes, boolean scored) {
		ByteBuffer row = table.data();
		for (int i = 0; i < nodes; i++) {
			int at = table.nextRow();
			if (points == null) {
				row.putDouble(at, Double.NaN);
				row.putDouble(at + POINT_Y, Double.NaN);
				row.put(at + POINT_VISIBLE, (byte) 0);
				row.put(at + POINT_COMPLETE, (byte) 0);
				if (scored) {
					row.putDouble(at + POINT_SCORE, Double.NaN);
				}
				continue;
			}
			row.putDouble(at, points.x(i));
			row.putDouble(at + POINT_Y, points.y(i));
			row.put(at + POINT_VISIBLE, (byte) (points.visible(i) ? 1 : 0));
			row.put(at + POINT_COMPLETE, (byte) (points.complete(i) ? 1 : 0));
			if (scored) {
				row.putDouble(at + POINT_SCORE, points.score(i));
			}
		}
	}
}
