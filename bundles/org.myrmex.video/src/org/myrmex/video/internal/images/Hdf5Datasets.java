// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.images;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.Group;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.global.hdf5;
import org.myrmex.video.VideoException;

/** Finds the dataset of an HDF5 file that holds a video, when it is not named. The caller holds the HDF5 lock. */
final class Hdf5Datasets {
	/** How deep groups are searched, and how many datasets are looked at at most. */
	private static final int MAX_DEPTH = 8;
	private static final int MAX_DATASETS = 1000;
	/** How many datasets an error message lists. */
	private static final int LISTED = 10;

	private Hdf5Datasets() {
	}

	/**
	 * @return the one dataset that looks like a video (numbers of rank 3, or rank 4 with 1 or 3 channels last or
	 *         second), with its layout inferred; where several do, the one of unsigned bytes if only one is
	 * @throws VideoException naming the file and listing the datasets when none or several candidates remain
	 */
	static Hdf5Layout findVideo(H5File file, Path path) throws VideoException {
		List<Hdf5Layout> all = new ArrayList<>();
		collect(file, "", 0, all);
		List<Hdf5Layout> candidates = new ArrayList<>();
		for (Hdf5Layout layout : all) {
			Hdf5Layout inferred = layout.inferred();
			if (inferred.looksLikeVideo()) {
				candidates.add(inferred);
			}
		}
		if (candidates.size() > 1) {
			List<Hdf5Layout> bytes = candidates.stream().filter(Hdf5Layout::uint8).toList();
			if (bytes.size() == 1) {
				return bytes.get(0);
			}
		}
		if (candidates.size() == 1) {
			return candidates.get(0);
		}
		if (candidates.isEmpty()) {
			throw new VideoException(path, "no video dataset (an array of numbers of rank 3, or rank 4 with 1 or 3 "
					+ "channels); the file holds " + list(all));
		}
		throw new VideoException(path, candidates.size() + " datasets could hold the video, name one: " + list(candidates));
	}

	private static void collect(Group group, String prefix, int depth, List<Hdf5Layout> found) {
		long count = group.getNumObjs();
		byte[] buffer = new byte[4096];
		for (long i = 0; i < count && found.size() < MAX_DATASETS; i++) {
			long length = group.getObjnameByIdx(i, buffer, buffer.length);
			String name = new String(buffer, 0, (int) Math.min(length, buffer.length - 1), StandardCharsets.UTF_8);
			String full = prefix + "/" + name;
			int type = group.childObjType(name);
			if (type == hdf5.H5O_TYPE_DATASET) {
				try (DataSet dataSet = group.openDataSet(name)) {
					found.add(Hdf5Layout.of(dataSet, full, false));
				}
			} else if (type == hdf5.H5O_TYPE_GROUP && depth < MAX_DEPTH) {
				try (Group child = group.openGroup(name)) {
					collect(child, full, depth + 1, found);
				}
			}
		}
	}

	private static String list(List<Hdf5Layout> layouts) {
		if (layouts.isEmpty()) {
			return "no datasets";
		}
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < Math.min(layouts.size(), LISTED); i++) {
			text.append(i == 0 ? "" : ", ").append(layouts.get(i).describe());
		}
		if (layouts.size() > LISTED) {
			text.append(" and ").append(layouts.size() - LISTED).append(" more");
		}
		return text.toString();
	}
}
