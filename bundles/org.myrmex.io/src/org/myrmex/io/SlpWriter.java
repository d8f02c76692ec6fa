// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.internal.hdf5.Hdf5Errors;
import org.myrmex.io.internal.hdf5.writer.Hdf5Output;
import org.myrmex.io.internal.slp.SlpEmbeddedWriter;
import org.myrmex.io.internal.slp.SlpMetadataWriter;
import org.myrmex.io.internal.slp.SlpTablesWriter;
import org.myrmex.io.internal.slp.SlpWriterPlan;
import org.myrmex.io.internal.slp.VideoJson;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes labels as SLEAP {@code .slp} files, format 1.2, laid out exactly as SLEAP 1.4.1 writes them (see
 * {@code sleap-compat.md} §1), so that SLEAP, sleap-io and Myrmex read them alike. Tables are streamed through
 * bounded native buffers: a million predicted instances save in seconds without copying the labels.
 * <p>
 * Saves are atomic: the file is written under a temporary name beside {@code file} and renamed over it only when
 * complete and forced to disk. On any failure or cancellation the temporary file is deleted and an existing
 * {@code file} is left untouched; if the process dies mid-save, {@code file} is intact and a hidden
 * {@code .<name>.<random>.tmp} may remain.
 * <p>
 * Differences from SLEAP, all invisible to its readers: the file is created with HDF5 library bounds (1.8, latest),
 * so metadata JSON over 64 KiB is stored (SLEAP fails there, its issue #2117); a video that was embedded in a package
 * and is saved without its frames is written as its source video, as SLEAP does.
 */
public final class SlpWriter {
	private SlpWriter() {
	}

	/**
	 * Writes {@code labels} to {@code file} (a {@code .slp}), atomically.
	 *
	 * @param monitor reports progress and is checked for cancellation every buffer of rows; may be null
	 * @throws LabelsFileException naming the file and the problem: labels SLEAP cannot express (an instance whose
	 *                             skeleton, track or video is not in the labels, points that do not match the
	 *                             skeleton), or a failed write
	 * @throws OperationCanceledException when the monitor was cancelled; nothing was written
	 */
	public static void write(Labels labels, Path file, IProgressMonitor monitor) throws LabelsFileException {
		save(labels, file, null, monitor);
	}

	/**
	 * Writes {@code labels} with embedded images (a {@code .pkg.slp}), atomically: each video for which
	 * {@code frames} names frames becomes group {@code video{N}} (N its index in the labels) holding those frames
	 * as PNG, and its {@code videos_json} entry points into the file itself ({@code "filename": "."}); its original
	 * JSON is kept in {@code video{N}/source_video}. Videos without frames to embed stay references to their files.
	 *
	 * @param monitor reports progress and is checked for cancellation every frame; may be null
	 * @throws LabelsFileException as {@link #write}, or when a frame cannot be encoded
	 * @throws OperationCanceledException when the monitor was cancelled; nothing was written
	 */
	public static void writePackage(Labels labels, Path file, EmbeddedFrames frames, IProgressMonitor monitor)
			throws LabelsFileException {
		save(labels, file, Objects.requireNonNull(frames, "frames"), monitor);
	}

	private static void save(Labels labels, Path file, EmbeddedFrames frames, IProgressMonitor monitor)
			throws LabelsFileException {
		Objects.requireNonNull(labels, "labels");
		SlpWriterPlan plan = SlpWriterPlan.of(labels, file);
		List<SlpEmbeddedWriter> embedded = embeddings(labels, frames, file);
		SlpMetadataWriter metadata = SlpMetadataWriter.of(labels, videosJson(labels, embedded), file);
		long ticks = 1 + SlpTablesWriter.ticks(plan) + embedded.stream().mapToLong(SlpEmbeddedWriter::ticks).sum();
		SubMonitor progress = SubMonitor.convert(monitor, "Saving " + file.getFileName(), (int) Math.min(Integer.MAX_VALUE, ticks));
		progress.checkCanceled();
		try {
			AtomicFiles.writeFile(file, temp -> {
				synchronized (Hdf5Library.lock()) {
					try (Hdf5Output out = Hdf5Output.create(temp)) {
						metadata.write(out.file());
						progress.split(1);
						SlpTablesWriter.write(out.file(), labels, plan, progress);
						writeEmbedded(out, embedded, frames, temp, progress);
					}
				}
			});
		} catch (IOException e) {
			throw new LabelsFileException(file, "cannot save (" + e.getMessage() + ")", e);
		} catch (OperationCanceledException e) {
			throw e;
		} catch (RuntimeException e) {
			throw new LabelsFileException(file, "cannot save (" + Hdf5Errors.message(e) + ")", e);
		}
	}

	private static List<SlpEmbeddedWriter> embeddings(Labels labels, EmbeddedFrames frames, Path file)
			throws LabelsFileException {
		List<SlpEmbeddedWriter> embedded = new ArrayList<>();
		if (frames == null) {
			return embedded;
		}
		for (int i = 0; i < labels.getVideos().size(); i++) {
			Video video = labels.getVideos().get(i);
			int[] indices = frames.frameIndices(video);
			if (indices == null || indices.length == 0) {
				continue;
			}
			indices = IntStream.of(indices).distinct().sorted().toArray();
			if (indices[0] < 0) {
				throw new LabelsFileException(file, "cannot embed frame " + indices[0] + " of video " + i);
			}
			embedded.add(new SlpEmbeddedWriter(i, video, indices));
		}
		return embedded;
	}

	/** @return the {@code videos_json} entries: embedded videos point into the file, the others to their files */
	private static List<ObjectNode> videosJson(Labels labels, List<SlpEmbeddedWriter> embedded) {
		List<ObjectNode> entries = new ArrayList<>();
		for (Video video : labels.getVideos()) {
			SlpEmbeddedWriter embedding = find(embedded, video);
			entries.add(embedding != null ? embedding.videoJson() : VideoJson.toJson(withoutEmbedding(video)));
		}
		return entries;
	}

	private static SlpEmbeddedWriter find(List<SlpEmbeddedWriter> embedded, Video video) {
		for (SlpEmbeddedWriter embedding : embedded) {
			if (embedding.video() == video) {
				return embedding;
			}
		}
		return null;
	}

	/** A video embedded in a package that is saved without its frames is written as its source video, as SLEAP does. */
	private static Video withoutEmbedding(Video video) {
		if (video.getBackend() == VideoBackend.EMBEDDED && video.getSourceVideo() != null) {
			return video.getSourceVideo();
		}
		return video;
	}

	/** The original video an embedded one was taken from: the source of an already embedded video, else itself. */
	private static Video sourceOf(Video video) {
		return video.getSourceVideo() != null ? video.getSourceVideo() : video;
	}

	private static void writeEmbedded(Hdf5Output out, List<SlpEmbeddedWriter> embedded,
			EmbeddedFrames frames, Path temp, SubMonitor progress) throws IOException {
		if (embedded.isEmpty()) {
			return;
		}
		Path spool = Files.createTempFile(temp.toAbsolutePath().getParent(), temp.getFileName() + ".", ".frames");
		try {
			for (SlpEmbeddedWriter embedding : embedded) {
				byte[] source = SlpMetadataWriter.json(VideoJson.toJson(sourceOf(embedding.video())));
				embedding.write(out.file(), frames, source, spool, progress);
			}
		} finally {
			Files.deleteIfExists(spool);
		}
	}
}
