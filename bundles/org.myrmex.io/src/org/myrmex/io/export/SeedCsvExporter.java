// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.LabelsFileException;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Video;

/**
 * Exports labels as the ant group's seed CSV ("Data export"), one row per point:
 * <pre>
 * video_path,video_width,video_height,frame_idx,instance_idx,track_id,part_name,predicted,x_pos,y_pos
 * D:/ants/Col218.mp4,3840,2160,12,0,,Head,False,1021.5,388.25
 * </pre>
 * <ul>
 * <li>Frames in (video, frame index) order: videos in the labels' order, then ascending frame index.</li>
 * <li>Within a frame, the user instances' rows, then the predicted instances' rows, each instance's rows in
 * skeleton node order (one row per node).</li>
 * <li>{@code instance_idx}: the instance's position within its frame in that order (user instances first, then
 * predicted ones, each in the frame's order), counted over all the frame's instances, so a predicted instance
 * has the same index whether or not user instances are exported.</li>
 * <li>{@code track_id}: the index of the instance's track in the labels' tracks; empty when untracked.</li>
 * <li>{@code predicted}: {@code True} or {@code False}, as the seed's Python wrote booleans.</li>
 * <li>{@code x_pos}, {@code y_pos}: the coordinates as Python's {@code repr} writes them; a missing point (not
 * visible, or without coordinates) is written {@code nan} in both, as in the seed's files.</li>
 * <li>{@code video_width}, {@code video_height}: as the video records them (0 when unknown).</li>
 * </ul>
 * User or predicted instances may be left out ({@link ExportedInstances}), and frames of other videos than one. Lines end with {@code \n}; paths and names holding commas
 * or quotes are quoted.
 */
public final class SeedCsvExporter {
	/** The header line, fixed by the seed project. */
	public static final String HEADER = "video_path,video_width,video_height,frame_idx,instance_idx,track_id,part_name,"
			+ "predicted,x_pos,y_pos";

	private static final String MISSING = "nan";

	private SeedCsvExporter() {
	}

	/**
	 * Writes the CSV of all the labels' frames to {@code out} atomically.
	 *
	 * @param labels          the labels
	 * @param out             the file to write
	 * @param predictionsOnly whether to write predicted instances only
	 * @param monitor         progress and cancellation, or {@code null}
	 * @throws LabelsFileException when the file cannot be written
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; {@code out} is then left as it was
	 */
	public static void export(Labels labels, Path out, boolean predictionsOnly, IProgressMonitor monitor)
			throws LabelsFileException {
		export(labels, out, null, predictionsOnly ? ExportedInstances.PREDICTED : ExportedInstances.ALL, monitor);
	}

	/**
	 * Writes the CSV of one video's frames, or all, with the instances asked for, to {@code out} atomically.
	 * {@code instance_idx} still counts all of a frame's instances.
	 *
	 * @param video     the one video to export, or {@code null} for all
	 * @param instances which instances to write
	 * @see #export(Labels, Path, boolean, IProgressMonitor)
	 */
	public static void export(Labels labels, Path out, Video video, ExportedInstances instances,
			IProgressMonitor monitor) throws LabelsFileException {
		Objects.requireNonNull(labels, "labels");
		Objects.requireNonNull(out, "out");
		Objects.requireNonNull(instances, "instances");
		List<LabeledFrame> frames = sortedFrames(labels);
		if (video != null) {
			frames.removeIf(frame -> frame.getVideo() != video);
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + out.getFileName(), frames.size());
		ExportFiles.writeText(out, writer -> {
			writer.append(HEADER).append('\n');
			StringBuilder line = new StringBuilder(256);
			for (LabeledFrame frame : frames) {
				progress.split(1);
				List<Instance> ordered = userFirst(frame);
				for (int index = 0; index < ordered.size(); index++) {
					Instance instance = ordered.get(index);
					boolean predicted = instance instanceof PredictedInstance;
					if (!instances.includes(predicted)) {
						continue;
					}
					String prefix = prefix(labels, frame, index, instance);
					List<Node> nodes = instance.getSkeleton() == null ? List.of() : instance.getSkeleton().getNodes();
					PointArray points = instance.getPoints() == null ? PointArray.empty() : instance.getPoints();
					for (int node = 0; node < nodes.size(); node++) {
						line.setLength(0);
						line.append(prefix).append(',').append(CsvFields.quote(nullToEmpty(nodes.get(node).getName())));
						line.append(',').append(predicted ? "True" : "False");
						boolean present = node < points.size() && points.visible(node) && !Double.isNaN(points.x(node))
								&& !Double.isNaN(points.y(node));
						line.append(',').append(present ? PythonFloats.repr(points.x(node)) : MISSING);
						line.append(',').append(present ? PythonFloats.repr(points.y(node)) : MISSING);
						writer.append(line).append('\n');
					}
				}
			}
		});
	}

	/** The frames sorted by video (labels' order) and frame index; frames of other videos last, in their order. */
	private static List<LabeledFrame> sortedFrames(Labels labels) {
		List<LabeledFrame> frames = new ArrayList<>(labels.getLabeledFrames());
		List<Video> videos = labels.getVideos();
		frames.sort(Comparator.<LabeledFrame>comparingInt(frame -> videoOrder(videos, frame.getVideo()))
				.thenComparingInt(LabeledFrame::getFrameIndex));
		return frames;
	}

	private static int videoOrder(List<Video> videos, Video video) {
		int index = videos.indexOf(video);
		return index < 0 ? Integer.MAX_VALUE : index;
	}

	private static List<Instance> userFirst(LabeledFrame frame) {
		List<Instance> ordered = new ArrayList<>(frame.getInstances().size());
		for (Instance instance : frame.getInstances()) {
			if (!(instance instanceof PredictedInstance)) {
				ordered.add(instance);
			}
		}
		for (Instance instance : frame.getInstances()) {
			if (instance instanceof PredictedInstance) {
				ordered.add(instance);
			}
		}
		return ordered;
	}

	/** {@code video_path,video_width,video_height,frame_idx,instance_idx,track_id}. */
	private static String prefix(Labels labels, LabeledFrame frame, int index, Instance instance) {
		Video video = frame.getVideo();
		StringBuilder prefix = new StringBuilder(128);
		prefix.append(CsvFields.quote(video == null ? "" : nullToEmpty(video.getFilename())));
		prefix.append(',').append(video == null ? 0 : video.getWidth());
		prefix.append(',').append(video == null ? 0 : video.getHeight());
		prefix.append(',').append(frame.getFrameIndex());
		prefix.append(',').append(index);
		prefix.append(',');
		int track = instance.getTrack() == null ? -1 : labels.getTracks().indexOf(instance.getTrack());
		if (track >= 0) {
			prefix.append(track);
		}
		return prefix.toString();
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
