// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.coco.CocoKeypoints;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;

/**
 * One export of labels in one of the {@link Format}s, as {@code myrmex export} and the workbench's Export wizard
 * both run it: which files it writes ({@link #targets}) and writing them ({@link #export}).
 */
public final class LabelsExport {
	/** The export formats. A new format is one more constant and one more case in {@link #export}. */
	public enum Format {
		/** The ant group's seed CSV: one file for all (or one) videos. */
		SEED_CSV("seed-csv", "Seed CSV (one file)", "csv", false, true),
		/** SLEAP's CSV: one file per video. */
		SLEAP_CSV("csv", "SLEAP CSV (one file per video)", "csv", true, false),
		/** SLEAP's analysis HDF5: one file per video. */
		ANALYSIS_H5("analysis-h5", "SLEAP analysis HDF5 (one file per video)", "h5", true, false),
		/** COCO keypoints JSON: one file, user instances of frames in image folders ({@link CocoKeypoints}). */
		COCO("coco", "COCO keypoints JSON (user instances; videos that are image folders)", "coco.json", false, false);

		private final String id;
		private final String label;
		private final String extension;
		private final boolean perVideo;
		private final boolean choosesInstances;

		Format(String id, String label, String extension, boolean perVideo, boolean choosesInstances) {
			this.id = id;
			this.label = label;
			this.extension = extension;
			this.perVideo = perVideo;
			this.choosesInstances = choosesInstances;
		}

		/** @return the name {@code myrmex export --format} takes, e.g. {@code seed-csv} */
		public String id() {
			return id;
		}

		/** @return what a person reads in a list of formats */
		public String label() {
			return label;
		}

		/** @return the files' extension, without the dot */
		public String extension() {
			return extension;
		}

		/** @return whether each video gets a file of its own */
		public boolean perVideo() {
			return perVideo;
		}

		/** @return whether user or predicted instances may be left out ({@link ExportedInstances}) */
		public boolean choosesInstances() {
			return choosesInstances;
		}

		/** @throws IllegalArgumentException naming the formats there are, if {@code id} is none of them */
		public static Format of(String id) {
			for (Format format : values()) {
				if (format.id.equals(id)) {
					return format;
				}
			}
			throw new IllegalArgumentException("the format must be " + ids() + (id == null ? "" : ", not '" + id + "'"));
		}

		/** @return the formats' ids, e.g. "seed-csv, csv or analysis-h5" */
		public static String ids() {
			List<String> ids = Arrays.stream(values()).map(Format::id).toList();
			return ids.size() == 1 ? ids.get(0)
					: String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
		}
	}

	/**
	 * What to export.
	 *
	 * @param labels     the labels
	 * @param labelsFile the file they come from (or will be saved to): default output names are made from it, and
	 *                   the analysis HDF5 stores it
	 * @param format     the format
	 * @param video      the index of the one video to export, or -1 for all
	 * @param instances  which instances; not {@link ExportedInstances#ALL} only where the format
	 *                   {@link Format#choosesInstances()}
	 * @param out        the file to write; or an existing folder, where the files get their default names; or
	 *                   {@code null} for the default names beside {@code labelsFile}. A file only for one file: with
	 *                   a file per video, one video
	 */
	public record Request(Labels labels, Path labelsFile, Format format, int video, ExportedInstances instances,
			Path out) {
		/** @throws IllegalArgumentException saying what does not fit */
		public Request {
			Objects.requireNonNull(labels, "labels");
			Objects.requireNonNull(labelsFile, "labelsFile");
			Objects.requireNonNull(format, "format");
			Objects.requireNonNull(instances, "instances");
			if (video < -1 || video >= labels.getVideos().size()) {
				throw new IllegalArgumentException(labelsFile + " has " + labels.getVideos().size() + " videos, no video "
						+ video);
			}
			if (instances != ExportedInstances.ALL && !format.choosesInstances()) {
				throw new IllegalArgumentException(format.id() + " exports all instances, not " + instances.label());
			}
			if (out != null && !Files.isDirectory(out) && format.perVideo() && video < 0 && labels.getVideos().size() > 1) {
				throw new IllegalArgumentException(labelsFile + " has " + labels.getVideos().size()
						+ " videos; one output file needs one video");
			}
		}

		/** @return the indices of the videos exported */
		public List<Integer> videos() {
			List<Integer> videos = new ArrayList<>();
			for (int v = 0; v < labels.getVideos().size(); v++) {
				if (video < 0 || video == v) {
					videos.add(v);
				}
			}
			return videos;
		}
	}

	private LabelsExport() {
	}

	/**
	 * @return the files the export writes: {@code out}, or SLEAP's names ({@code FILE.csv} for the seed CSV,
	 *         {@link AnalysisFileNames} per video otherwise) in the folder {@code out} or beside the labels file
	 */
	public static List<Path> targets(Request request) {
		Path out = request.out();
		boolean named = out != null && !Files.isDirectory(out);
		String file = request.labelsFile().getFileName().toString();
		if (!request.format().perVideo()) {
			return List.of(named ? out : place(request, file + "." + request.format().extension()));
		}
		List<Path> targets = new ArrayList<>();
		for (int v : request.videos()) {
			Video video = request.labels().getVideos().get(v);
			targets.add(named ? out : place(request, AnalysisFileNames.of(file, v, video, request.format().extension())));
		}
		return targets;
	}

	/** A default name in the folder {@code out}, or beside the labels file. */
	private static Path place(Request request, String name) {
		return request.out() != null ? request.out().resolve(name) : request.labelsFile().resolveSibling(name);
	}

	/**
	 * Writes the export's files, each atomically: a failure or cancellation leaves the file it was writing as it
	 * was (files written before it stay).
	 *
	 * @return the files written, as {@link #targets}
	 * @throws LabelsFileException naming the file that cannot be written, or the labels that cannot be exported
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled
	 */
	public static List<Path> export(Request request, IProgressMonitor monitor) throws LabelsFileException {
		List<Path> targets = targets(request);
		Labels labels = request.labels();
		if (!request.format().perVideo()) {
			Video video = request.video() < 0 ? null : labels.getVideos().get(request.video());
			if (request.format() == Format.COCO) {
				SubMonitor.convert(monitor, "Exporting COCO keypoints", 1).checkCanceled();
				CocoKeypoints.write(labels, video, targets.get(0));
			} else {
				SeedCsvExporter.export(labels, targets.get(0), video, request.instances(), monitor);
			}
			return targets;
		}
		if (targets.isEmpty()) {
			throw new LabelsFileException(request.labelsFile(), "has no videos to export");
		}
		List<Integer> videos = request.videos();
		SubMonitor progress = SubMonitor.convert(monitor, "Exporting", videos.size());
		for (int i = 0; i < videos.size(); i++) {
			Video video = labels.getVideos().get(videos.get(i));
			switch (request.format()) {
			case SLEAP_CSV -> SleapCsvExporter.export(labels, video, targets.get(i), progress.split(1));
			case ANALYSIS_H5 -> AnalysisH5Exporter.export(labels, video, targets.get(i),
					request.labelsFile().toString(), progress.split(1));
			default -> throw new IllegalStateException("no per-video export for " + request.format());
			}
		}
		return targets;
	}
}
