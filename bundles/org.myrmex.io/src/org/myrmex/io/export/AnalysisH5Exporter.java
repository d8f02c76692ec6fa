// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.export;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.bytedeco.hdf5.H5File;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.internal.hdf5.writer.Datasets;
import org.myrmex.io.internal.hdf5.writer.Hdf5Output;
import org.myrmex.io.internal.json.PythonJson;
import org.myrmex.model.Edge;
import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Video;

/**
 * Exports one video's instances as SLEAP's analysis HDF5 file ({@code *.analysis.h5}), the file MATLAB and
 * {@code movement} read: the same datasets, types, shapes and axis order as SLEAP 1.4 writes (see
 * {@code shared/fixtures/sleap/hdf5_format_v1/*.analysis.h5}):
 * <table>
 * <caption>Datasets</caption>
 * <tr><th>name</th><th>type</th><th>shape</th></tr>
 * <tr><td>{@code tracks}</td><td>float64, gzip 9</td><td>(tracks, 2, nodes, frames): x and y, NaN where empty</td></tr>
 * <tr><td>{@code track_occupancy}</td><td>uint8, gzip 9</td><td>(frames, tracks)</td></tr>
 * <tr><td>{@code point_scores}</td><td>float64, gzip 9</td><td>(tracks, nodes, frames)</td></tr>
 * <tr><td>{@code instance_scores}, {@code tracking_scores}</td><td>float64, gzip 9</td><td>(tracks, frames)</td></tr>
 * <tr><td>{@code node_names}</td><td>fixed-length ASCII</td><td>(nodes)</td></tr>
 * <tr><td>{@code track_names}</td><td>fixed-length ASCII, or float64 (0,) without tracks</td><td>(tracks)</td></tr>
 * <tr><td>{@code edge_names}</td><td>fixed-length ASCII, or float64 (0,) without edges</td><td>(edges, 2)</td></tr>
 * <tr><td>{@code edge_inds}</td><td>int32, or float64 (0,) without edges</td><td>(edges, 2)</td></tr>
 * <tr><td>{@code labels_path}, {@code video_path}, {@code provenance}</td><td>variable-length UTF-8</td><td>scalar</td></tr>
 * <tr><td>{@code video_ind}</td><td>int32</td><td>scalar</td></tr>
 * </table>
 * Frames run from 0 to the video's last labeled frame. Which instance fills a cell follows SLEAP: user instances
 * win over predicted ones on the same track, the last of several wins, untracked instances are exported only when
 * the labels have no tracks, empty tracks are left out, and only the first skeleton is exported. Scores are those
 * of predicted instances; user instances have NaN scores (as in SLEAP's files). {@code provenance} is the labels'
 * provenance as Python's {@code json.dumps} writes it.
 */
public final class AnalysisH5Exporter {
	private AnalysisH5Exporter() {
	}

	/**
	 * Writes the analysis file of {@code video} to {@code out} atomically.
	 *
	 * @param labels     the labels; their first skeleton is exported
	 * @param video      one of the labels' videos
	 * @param out        the file to write, by SLEAP's convention named by {@link AnalysisFileNames#of}
	 * @param labelsPath the labels file's path as stored in {@code labels_path}, or {@code null} for none (written
	 *                   {@code "None"}, as SLEAP does)
	 * @param monitor    progress and cancellation, or {@code null}
	 * @throws LabelsFileException when the video has no labeled frames or no instance to export, an exported
	 *                             instance has another skeleton than the first, or the file cannot be written
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; {@code out} is then left as it was
	 */
	public static void export(Labels labels, Video video, Path out, String labelsPath, IProgressMonitor monitor)
			throws LabelsFileException {
		Objects.requireNonNull(labels, "labels");
		Objects.requireNonNull(video, "video");
		Objects.requireNonNull(out, "out");
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + out.getFileName(), 10);
		AnalysisMatrices matrices = AnalysisMatrices.of(labels, video, out, progress.split(8));
		int videoIndex = labels.getVideos().indexOf(video);
		String provenance = PythonJson.provenance(labels.getProvenance());
		progress.split(1);
		ExportFiles.writeHdf5(out, temp -> {
			try (Hdf5Output output = Hdf5Output.createWithDefaultBounds(temp)) {
				write(output.file(), matrices, labelsPath == null ? "None" : labelsPath, nullToEmpty(video.getFilename()),
						videoIndex, provenance);
			}
		});
		progress.split(1);
	}

	private static void write(H5File file, AnalysisMatrices matrices, String labelsPath, String videoPath,
			int videoIndex, String provenance) {
		Skeleton skeleton = matrices.skeleton;
		long tracks = matrices.tracks;
		long nodes = matrices.nodes;
		long frames = matrices.frames;
		if (matrices.trackNames.isEmpty()) {
			Datasets.emptyList(file, "track_names");
		} else {
			Datasets.fixedStrings(file, "track_names", new long[] { tracks }, matrices.trackNames);
		}
		List<String> nodeNames = new ArrayList<>();
		for (Node node : skeleton.getNodes()) {
			nodeNames.add(nullToEmpty(node.getName()));
		}
		Datasets.fixedStrings(file, "node_names", new long[] { nodes }, nodeNames);
		writeEdges(file, skeleton);
		Datasets.doubles(file, "tracks", new long[] { tracks, 2, nodes, frames }, matrices.locations);
		Datasets.bytes(file, "track_occupancy", new long[] { frames, tracks }, matrices.occupancy);
		Datasets.doubles(file, "point_scores", new long[] { tracks, nodes, frames }, matrices.pointScores);
		Datasets.doubles(file, "instance_scores", new long[] { tracks, frames }, matrices.instanceScores);
		Datasets.doubles(file, "tracking_scores", new long[] { tracks, frames }, matrices.trackingScores);
		Datasets.scalarString(file, "labels_path", labelsPath);
		Datasets.scalarString(file, "video_path", videoPath);
		Datasets.scalarInt(file, "video_ind", videoIndex);
		Datasets.scalarString(file, "provenance", provenance);
	}

	/** {@code edge_names} (source, destination) and {@code edge_inds} (their node indices), in edge order. */
	private static void writeEdges(H5File file, Skeleton skeleton) {
		List<Edge> edges = skeleton.getEdges();
		if (edges.isEmpty()) {
			Datasets.emptyList(file, "edge_names");
			Datasets.emptyList(file, "edge_inds");
			return;
		}
		List<String> names = new ArrayList<>();
		int[] indices = new int[edges.size() * 2];
		for (int i = 0; i < edges.size(); i++) {
			Edge edge = edges.get(i);
			names.add(nullToEmpty(edge.getSource().getName()));
			names.add(nullToEmpty(edge.getDestination().getName()));
			indices[2 * i] = skeleton.getNodes().indexOf(edge.getSource());
			indices[2 * i + 1] = skeleton.getNodes().indexOf(edge.getDestination());
		}
		long[] dims = { edges.size(), 2 };
		Datasets.fixedStrings(file, "edge_names", dims, names);
		Datasets.ints(file, "edge_inds", dims, indices);
	}

	private static String nullToEmpty(String text) {
		return text == null ? "" : text;
	}
}
