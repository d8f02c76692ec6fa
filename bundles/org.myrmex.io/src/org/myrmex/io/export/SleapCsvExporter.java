// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.export;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.LabelsFileException;
import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.Video;

/**
 * Exports one video's instances as SLEAP's analysis CSV ({@code *.analysis.csv}, SLEAP 1.4 "Export Analysis CSV"),
 * laid out byte for byte as SLEAP (pandas) writes it:
 * <pre>
 * track,frame_idx,instance.score,A.x,A.y,A.score,B.x,B.y,B.score
 * ,0,nan,205.9300539013689,187.88964024221963,,278.63521449272383,203.3658657346604,
 * </pre>
 * One row per frame and exported track, frames ascending, tracks in the labels' order; rows whose points are all
 * missing are left out. The cells are those of {@link AnalysisH5Exporter}'s matrices (same choice of instance per
 * track and frame): {@code track} is the track's name, empty without tracks; a missing instance score is written
 * {@code nan}; a missing coordinate or point score is an empty field; numbers are written as Python's
 * {@code repr} writes them. Lines end with {@code \n}; names with commas or quotes are quoted.
 */
public final class SleapCsvExporter {
	private SleapCsvExporter() {
	}

	/**
	 * Writes the CSV of {@code video} to {@code out} atomically.
	 *
	 * @param labels  the labels; their first skeleton is exported
	 * @param video   one of the labels' videos
	 * @param out     the file to write, by SLEAP's convention named by {@link AnalysisFileNames#of}
	 * @param monitor progress and cancellation, or {@code null}
	 * @throws LabelsFileException when the video has no labeled frames or no instance to export, an exported
	 *                             instance has another skeleton than the first, or the file cannot be written
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; {@code out} is then left as it was
	 */
	public static void export(Labels labels, Video video, Path out, IProgressMonitor monitor) throws LabelsFileException {
		Objects.requireNonNull(labels, "labels");
		Objects.requireNonNull(video, "video");
		Objects.requireNonNull(out, "out");
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting " + out.getFileName(), 2);
		AnalysisMatrices matrices = AnalysisMatrices.of(labels, video, out, progress.split(1));
		SubMonitor rows = progress.split(1).setWorkRemaining(matrices.frames);
		ExportFiles.writeText(out, writer -> {
			StringBuilder line = new StringBuilder(256);
			line.append("track,frame_idx,instance.score");
			for (Node node : matrices.skeleton.getNodes()) {
				String name = node.getName() == null ? "" : node.getName();
				line.append(',').append(CsvFields.quote(name + ".x"));
				line.append(',').append(CsvFields.quote(name + ".y"));
				line.append(',').append(CsvFields.quote(name + ".score"));
			}
			writer.append(line).append('\n');
			for (int frame = 0; frame < matrices.frames; frame++) {
				rows.split(1);
				for (int track = 0; track < matrices.tracks; track++) {
					if (!matrices.occupied(track, frame) || allMissing(matrices, track, frame)) {
						continue;
					}
					line.setLength(0);
					if (!matrices.trackNames.isEmpty()) {
						line.append(CsvFields.quote(matrices.trackNames.get(track)));
					}
					line.append(',').append(frame);
					line.append(',').append(PythonFloats.repr(matrices.instanceScore(track, frame)));
					for (int node = 0; node < matrices.nodes; node++) {
						line.append(',').append(number(matrices.location(track, 0, node, frame)));
						line.append(',').append(number(matrices.location(track, 1, node, frame)));
						line.append(',').append(number(matrices.pointScore(track, node, frame)));
					}
					writer.append(line).append('\n');
				}
			}
		});
	}

	/** SLEAP skips a track on a frame where all its coordinates are NaN. */
	private static boolean allMissing(AnalysisMatrices matrices, int track, int frame) {
		for (int node = 0; node < matrices.nodes; node++) {
			if (!Double.isNaN(matrices.location(track, 0, node, frame))
					|| !Double.isNaN(matrices.location(track, 1, node, frame))) {
				return false;
			}
		}
		return true;
	}

	/** pandas writes a missing float as an empty field. */
	private static String number(double value) {
		return Double.isNaN(value) ? "" : PythonFloats.repr(value);
	}
}
