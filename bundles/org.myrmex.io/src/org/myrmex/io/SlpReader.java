// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.hdf5.Group;
import org.bytedeco.hdf5.H5File;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.internal.hdf5.Hdf5Errors;
import org.myrmex.io.internal.hdf5.Strings;
import org.myrmex.io.internal.slp.LabelsAssembler;
import org.myrmex.io.internal.slp.SlpMetadata;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;

/**
 * Reads SLEAP labels files ({@code .slp}, {@code .pkg.slp} and the older {@code .h5}): formats 1.0, 1.1 and 1.2,
 * and sleap-io's newer files, whose extra datasets are ignored. Format 1.0 user points are shifted by −0.5 to
 * SLEAP's pixel-centre convention. Video paths are kept as stored (see {@link VideoPathResolver}).
 */
public final class SlpReader {
	/** Newest major format this reader understands; sleap-io writes 1.x minor versions up to 2.2-era extras as 1.x. */
	private static final double FIRST_UNSUPPORTED_FORMAT = 2.0;

	private SlpReader() {
	}

	/** Reads a labels file. */
	public static Labels read(Path file) throws LabelsFileException {
		return read(file, new NullProgressMonitor());
	}

	/**
	 * Reads a labels file, reporting progress.
	 *
	 * @throws LabelsFileException naming the file and the problem, for anything that is not a readable SLEAP file
	 */
	public static Labels read(Path file, IProgressMonitor monitor) throws LabelsFileException {
		synchronized (Hdf5Library.lock()) {
			try {
				return readLocked(file, monitor);
			} catch (RuntimeException e) {
				if (!Hdf5Errors.isNative(e)) {
					throw e;
				}
				// a damaged file: a link, group or object header HDF5 cannot follow, found when first touched
				throw new LabelsFileException(file, "damaged HDF5 file (" + Hdf5Errors.message(e) + ")", e);
			}
		}
	}

	private static Labels readLocked(Path file, IProgressMonitor monitor) throws LabelsFileException {
		SubMonitor progress = SubMonitor.convert(monitor, "Reading " + file.getFileName(), 10);
		try (SlpFile slp = SlpFile.open(file)) {
			H5File h5 = slp.h5();
			if (!h5.nameExists("metadata")) {
				throw new LabelsFileException(file, "no 'metadata' group: not a SLEAP labels file");
			}
			double format = formatOf(h5, file);
			SlpMetadata metadata;
			try (Group group = h5.openGroup("metadata")) {
				String json = Strings.attribute(group, "json", file);
				if (json == null) {
					throw new LabelsFileException(file, "no 'metadata/json' attribute: not a SLEAP labels file");
				}
				metadata = SlpMetadata.parse(json, file);
			}
			List<Video> videos = metadata.videos(Strings.dataset(h5, "videos_json", file));
			attachEmbeddedSources(h5, file, videos);
			LabelsAssembler assembler = new LabelsAssembler(file, format < 1.1);
			assembler.setVideos(videos);
			assembler.setSkeletons(metadata.skeletons());
			assembler.setTracks(metadata.tracks(Strings.dataset(h5, "tracks_json", file)));
			assembler.setSuggestions(metadata.suggestions(Strings.dataset(h5, "suggestions_json", file), videos));
			assembler.setProvenance(metadata.provenance());
			progress.split(1);
			return assembler.assemble(h5, 0, progress.split(9));
		}
	}

	private static double formatOf(H5File h5, Path file) throws LabelsFileException {
		try (Group metadata = h5.openGroup("metadata")) {
			if (!metadata.attrExists("format_id")) {
				// the oldest files have no format id; SLEAP reads them as format 1.0
				return 1.0;
			}
			double format = SlpFile.doubleAttribute(metadata, "format_id", file);
			if (!(format >= 1.0) || format >= FIRST_UNSUPPORTED_FORMAT) {
				throw new LabelsFileException(file, "format " + format + " is not one Myrmex reads (SLEAP formats 1.0 to 1.x)");
			}
			return format;
		}
	}

	/** Embedded videos ({@code .pkg.slp}) keep the video they were taken from in {@code video{N}/source_video}. */
	private static void attachEmbeddedSources(H5File h5, Path file, List<Video> videos) throws LabelsFileException {
		for (Video video : videos) {
			if (video.getBackend() != VideoBackend.EMBEDDED || video.getDataset() == null) {
				continue;
			}
			String group = video.getDataset().replaceFirst("^/", "").replaceFirst("/video$", "");
			if (!h5.nameExists(group) || !h5.nameExists(group + "/source_video")) {
				continue;
			}
			try (Group source = h5.openGroup(group + "/source_video")) {
				String json = Strings.attribute(source, "json", file);
				if (json != null && video.getSourceVideo() == null) {
					video.setSourceVideo(SlpMetadata.videoOf(json, file));
				}
			}
		}
	}

	static List<String> columns(String... names) {
		return new ArrayList<>(List.of(names));
	}
}
