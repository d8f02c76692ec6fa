// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.internal;

import static org.bytedeco.opencv.global.opencv_core.CV_32FC2;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;

import java.io.IOException;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bytedeco.javacpp.indexer.FloatIndexer;
import org.bytedeco.javacpp.indexer.UByteIndexer;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.global.opencv_video;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_core.TermCriteria;
import org.myrmex.model.Video;
import org.myrmex.tracking.FrameImages;
import org.myrmex.tracking.TrackerOptions;

/**
 * SLEAP's {@code FlowCandidateMaker} with {@code save_shifted_instances}: candidates of an earlier frame moved into
 * the current one by pyramidal Lucas–Kanade optical flow ({@code calcOpticalFlowPyrLK}, SLEAP's window, levels and
 * criteria COUNT|EPS 30 / 0.01) on grey frames, chained from the latest shift already computed for that frame; nodes
 * the flow loses become NaN, and a pose keeps no candidate when no node was found.
 */
public final class FlowShift implements CandidateShift {
	private final FrameImages images;
	private final Video video;
	private final TrackerOptions options;
	private final Map<Integer, Mat> cache = new LinkedHashMap<>(16, 0.75f, true) {
		private static final long serialVersionUID = 1L;

		@Override
		protected boolean removeEldestEntry(Map.Entry<Integer, Mat> eldest) {
			if (size() > 2 * options.trackWindow() + 2) {
				eldest.getValue().close();
				return true;
			}
			return false;
		}
	};
	/** Shifted poses by the frame they came from, then by the frame they were shifted to. */
	private final Map<Integer, TreeMap<Integer, List<Pose>>> shifted = new HashMap<>();

	public FlowShift(FrameImages images, Video video, TrackerOptions options) {
		this.images = images;
		this.video = video;
		this.options = options;
	}

	/**
	 * Each frame's poses start from the latest shift already made from that frame (in a steady run, the previous
	 * frame's); the poses starting from the same frame are moved by one optical-flow call, since Lucas–Kanade moves
	 * every point on its own.
	 */
	@Override
	public Map<Integer, List<Pose>> shift(Map<Integer, List<Pose>> byFrame, int t) throws FrameReadException {
		shifted.keySet().removeIf(from -> t - from > options.trackWindow());
		Map<Integer, List<Integer>> refsByStart = new TreeMap<>();
		Map<Integer, List<Pose>> startPoses = new HashMap<>();
		for (Map.Entry<Integer, List<Pose>> e : byFrame.entrySet()) {
			int refT = e.getKey();
			int fromT = refT;
			List<Pose> from = e.getValue();
			TreeMap<Integer, List<Pose>> earlier = shifted.get(refT);
			if (earlier != null) {
				Map.Entry<Integer, List<Pose>> latest = earlier.lowerEntry(t);
				if (latest != null && !latest.getValue().isEmpty()) {
					fromT = latest.getKey();
					from = latest.getValue();
				}
			}
			refsByStart.computeIfAbsent(fromT, k -> new ArrayList<>()).add(refT);
			startPoses.put(refT, from);
		}
		Map<Integer, List<Pose>> result = new TreeMap<>();
		for (Map.Entry<Integer, List<Integer>> e : refsByStart.entrySet()) {
			List<Pose> all = new ArrayList<>();
			for (int refT : e.getValue()) {
				all.addAll(startPoses.get(refT));
			}
			List<Pose> moved = flow(all, image(e.getKey()), image(t));
			int at = 0;
			for (int refT : e.getValue()) {
				int n = startPoses.get(refT).size();
				List<Pose> mine = new ArrayList<>();
				for (Pose pose : moved.subList(at, at + n)) {
					if (pose != null) {
						mine.add(pose);
					}
				}
				at += n;
				result.put(refT, mine);
				shifted.computeIfAbsent(refT, k -> new TreeMap<>()).put(t, mine);
			}
		}
		return result;
	}

	/** @return each pose moved, or null where the flow found none of its nodes (SLEAP's {@code min_points}) */
	private List<Pose> flow(List<Pose> poses, Mat previous, Mat next) {
		double scale = options.imageScale();
		List<int[]> where = new ArrayList<>();
		for (int p = 0; p < poses.size(); p++) {
			Pose pose = poses.get(p);
			for (int i = 0; i < pose.x.length; i++) {
				if (!Double.isNaN(pose.x[i]) && !Double.isNaN(pose.y[i])) {
					where.add(new int[] { p, i });
				}
			}
		}
		List<double[][]> moved = new ArrayList<>();
		for (Pose pose : poses) {
			double[] x = new double[pose.x.length];
			double[] y = new double[pose.y.length];
			java.util.Arrays.fill(x, Double.NaN);
			java.util.Arrays.fill(y, Double.NaN);
			moved.add(new double[][] { x, y });
		}
		int[] found = new int[poses.size()];
		if (!where.isEmpty()) {
			try (Mat points = new Mat(where.size(), 1, CV_32FC2); Mat nextPoints = new Mat(); Mat status = new Mat();
					Mat error = new Mat(); Size window = new Size(options.flowWindow(), options.flowWindow());
					TermCriteria criteria = new TermCriteria(TermCriteria.COUNT + TermCriteria.EPS, 30, 0.01)) {
				FloatBuffer buffer = points.createBuffer();
				for (int[] w : where) {
					Pose pose = poses.get(w[0]);
					buffer.put((float) (pose.x[w[1]] * scale)).put((float) (pose.y[w[1]] * scale));
				}
				opencv_video.calcOpticalFlowPyrLK(previous, next, points, nextPoints, status, error, window,
						options.flowLevels(), criteria, 0, 1e-4);
				try (FloatIndexer shiftedAt = nextPoints.createIndexer(); UByteIndexer ok = status.createIndexer()) {
					for (int k = 0; k < where.size(); k++) {
						if (ok.get(k) == 0) {
							continue;
						}
						int[] w = where.get(k);
						moved.get(w[0])[0][w[1]] = shiftedAt.get(k, 0, 0) / scale;
						moved.get(w[0])[1][w[1]] = shiftedAt.get(k, 0, 1) / scale;
						found[w[0]]++;
					}
				}
			}
		}
		List<Pose> result = new ArrayList<>();
		for (int p = 0; p < poses.size(); p++) {
			result.add(found[p] > options.minMatchPoints() ? poses.get(p).shifted(moved.get(p)[0], moved.get(p)[1])
					: null);
		}
		return result;
	}

	private Mat image(int frame) throws FrameReadException {
		Mat cached = cache.get(frame);
		if (cached != null) {
			return cached;
		}
		FrameImages.GreyFrame grey;
		try {
			grey = images.read(video, frame);
		} catch (IOException e) {
			throw new FrameReadException(video.getFilename() + ": frame " + frame + " for optical flow: "
					+ e.getMessage(), e);
		}
		Mat mat = new Mat(grey.height(), grey.width(), CV_8UC1);
		mat.data().put(grey.pixels());
		if (options.imageScale() != 1) {
			Mat scaled = new Mat();
			opencv_imgproc.resize(mat, scaled, new Size(), options.imageScale(), options.imageScale(),
					opencv_imgproc.INTER_LINEAR);
			mat.close();
			mat = scaled;
		}
		cache.put(frame, mat);
		return mat;
	}
}
