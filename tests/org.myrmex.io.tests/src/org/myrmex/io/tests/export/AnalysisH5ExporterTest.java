// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.tests.H5py;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.export.AnalysisFileNames;
import org.myrmex.io.export.AnalysisH5Exporter;
import org.myrmex.model.Edge;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.ProvenanceEntry;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Track;
import org.myrmex.model.Video;

class AnalysisH5ExporterTest {
	private static final LabelsFactory FACTORY = LabelsFactory.eINSTANCE;
	private static final String FIXTURE = "sleap/hdf5_format_v1/small_robot.000_small_robot_3_frame.analysis.h5";

	@Test
	void writesTheSameDatasetsTypesShapesAndValuesAsSleapsSmallRobotExport(@TempDir Path dir) throws Exception {
		Path fixture = fixture(FIXTURE);
		Labels labels = smallRobot();
		Path out = dir.resolve(AnalysisFileNames.of("small_robot.slp", 0, labels.getVideos().get(0), "h5"));
		assertEquals("small_robot.000_small_robot_3_frame.analysis.h5", out.getFileName().toString());

		AnalysisH5Exporter.export(labels, labels.getVideos().get(0), out, "D:/TalmoLab/small_robot.slp",
				new NullProgressMonitor());

		String report = Python3.run("""
				import sys, h5py, numpy as np
				from h5py._hl.filters import guess_chunk
				mine, theirs = h5py.File(sys.argv[1], 'r'), h5py.File(sys.argv[2], 'r')
				assert sorted(mine.keys()) == sorted(theirs.keys()), (sorted(mine.keys()), sorted(theirs.keys()))
				def kind(d):
				    t = d.id.get_type()
				    s = (t.is_variable_str(), t.get_cset(), t.get_strpad()) if t.get_class() == h5py.h5t.STRING else None
				    return (str(d.dtype), d.shape, d.compression, d.compression_opts, d.chunks is None, s)
				for name in sorted(theirs.keys()):
				    a, b = mine[name], theirs[name]
				    assert kind(a) == kind(b), (name, kind(a), kind(b))
				    if a.chunks is not None:
				        assert a.chunks == guess_chunk(a.shape, None, a.dtype.itemsize), (name, a.chunks)
				    va, vb = a[()], b[()]
				    if a.dtype.kind == 'f':
				        assert np.array_equal(va, vb, equal_nan=True), (name, va, vb)
				    else:
				        assert np.array_equal(va, vb), (name, va, vb)
				print('tracks', mine['tracks'].shape, 'nodes', [n.decode() for n in mine['node_names'][()]])
				""", out.toString(), fixture.toString());
		assertEquals("tracks (1, 2, 3, 3) nodes ['top', 'front', 'rear']", report.strip());
	}

	@Test
	void writesNamedTracksUserInstancesWinningAndEmptyTracksDropped(@TempDir Path dir) throws Exception {
		Labels labels = FACTORY.createLabels();
		Video video = video(labels, "clips/ants.mp4");
		Skeleton skeleton = skeleton(labels, "ant", "head", "tail");
		Track first = track(labels, "track_0");
		track(labels, "unused");
		Track second = track(labels, "track_2");
		LabeledFrame frame1 = frame(labels, video, 1);
		add(frame1, predicted(skeleton, first, 0.5, PointArray.of(Point.predicted(1, 2, 0.25), Point.predicted(3, 4, 0.75))));
		add(frame1, user(skeleton, first, PointArray.of(Point.placed(10, 20), Point.missing())));
		LabeledFrame frame3 = frame(labels, video, 3);
		add(frame3, predicted(skeleton, second, 0.9, PointArray.of(Point.predicted(5, 6, 0.5), Point.predicted(7, 8, 1))));
		add(frame3, user(skeleton, null, PointArray.of(Point.placed(99, 99), Point.placed(99, 99))));
		ProvenanceEntry entry = FACTORY.createProvenanceEntry();
		entry.setKey("sleap_version");
		entry.setValue("1.4.1");
		labels.getProvenance().add(entry);
		Path out = dir.resolve("ants.analysis.h5");

		AnalysisH5Exporter.export(labels, video, out, null, null);

		String report = Python3.run("""
				import sys, h5py, numpy as np
				f = h5py.File(sys.argv[1], 'r')
				print(f['tracks'].shape, f['track_occupancy'].shape, f['point_scores'].shape, f['instance_scores'].shape)
				print([n.decode() for n in f['track_names'][()]], f['track_names'].dtype)
				print(f['track_occupancy'][()].tolist())
				print(f['tracks'][0, :, :, 1].tolist(), f['tracks'][1, :, :, 3].tolist())
				print(f['point_scores'][0, :, 1].tolist(), f['point_scores'][1, :, 3].tolist())
				print(f['instance_scores'][()].tolist(), f['tracking_scores'][1, 3])
				print(f['labels_path'][()].decode(), f['video_path'][()].decode(), int(f['video_ind'][()]), f['provenance'][()].decode())
				print(f['edge_inds'][()].tolist(), f['edge_names'][()].tolist(), f['video_ind'].dtype)
				""", out.toString());
		assertEquals(List.of(
				"(2, 2, 2, 4) (4, 2) (2, 2, 4) (2, 4)",
				"['track_0', 'track_2'] |S7",
				"[[0, 0], [1, 0], [0, 0], [0, 1]]",
				"[[10.0, nan], [20.0, nan]] [[5.0, 7.0], [6.0, 8.0]]",
				"[nan, nan] [0.5, 1.0]",
				"[[nan, nan, nan, nan], [nan, nan, nan, 0.9]] 0.0",
				"None clips/ants.mp4 0 {\"sleap_version\": \"1.4.1\"}",
				"[[0, 1]] [[b'head', b'tail']] int32"), report.lines().toList());
	}

	@Test
	void writesUntrackedInstancesInOneUnnamedColumnTheLastWinning(@TempDir Path dir) throws Exception {
		Labels labels = FACTORY.createLabels();
		Video video = video(labels, "a.mp4");
		Skeleton skeleton = skeleton(labels, "s", "n");
		LabeledFrame frame = frame(labels, video, 0);
		add(frame, user(skeleton, null, PointArray.of(Point.placed(1, 1))));
		add(frame, user(skeleton, null, PointArray.of(Point.placed(2, 2))));
		Path out = dir.resolve("a.analysis.h5");

		AnalysisH5Exporter.export(labels, video, out, "x.slp", null);

		String report = Python3.run("""
				import sys, h5py
				f = h5py.File(sys.argv[1], 'r')
				print(f['track_names'].dtype, f['track_names'].shape, f['edge_names'].dtype, f['edge_inds'].shape)
				print(f['tracks'][()].ravel().tolist(), f['provenance'][()].decode())
				""", out.toString());
		assertEquals(List.of("float64 (0,) float64 (0,)", "[2.0, 2.0] {}"), report.lines().toList());
	}

	@Test
	void chunksLargeArraysAsH5pyDoes(@TempDir Path dir) throws Exception {
		Labels labels = FACTORY.createLabels();
		Video video = video(labels, "long.mp4");
		String[] nodes = new String[18];
		for (int i = 0; i < nodes.length; i++) {
			nodes[i] = "node" + i;
		}
		Skeleton skeleton = skeleton(labels, "ant", nodes);
		for (int t = 0; t < 3; t++) {
			Track track = track(labels, "track_" + t);
			add(frame(labels, video, 19_999 - t), predicted(skeleton, track, 1, PointArray.missing(nodes.length)));
		}
		Path out = dir.resolve("long.analysis.h5");

		AnalysisH5Exporter.export(labels, video, out, null, null);

		String report = Python3.run("""
				import sys, h5py
				from h5py._hl.filters import guess_chunk
				f = h5py.File(sys.argv[1], 'r')
				for name in ('tracks', 'track_occupancy', 'point_scores', 'instance_scores', 'tracking_scores'):
				    d = f[name]
				    assert d.chunks == guess_chunk(d.shape, None, d.dtype.itemsize), (name, d.chunks)
				print(f['tracks'].shape, f['tracks'].chunks, f['track_occupancy'].chunks)
				""", out.toString());
		assertEquals("(3, 2, 18, 20000) (1, 1, 2, 2500) (5000, 2)", report.strip());
	}

	@Test
	void refusesAVideoWithoutLabeledFramesAndLeavesNoFile(@TempDir Path dir) {
		Labels labels = FACTORY.createLabels();
		Video video = video(labels, "empty.mp4");
		skeleton(labels, "s", "n");
		Path out = dir.resolve("empty.analysis.h5");

		LabelsFileException e = assertThrows(LabelsFileException.class,
				() -> AnalysisH5Exporter.export(labels, video, out, null, null));
		assertEquals(out + ": no labeled frames in video empty.mp4", e.getMessage());
		assertFalse(Files.exists(out));
	}

	@Test
	void cancellingKeepsThePreviousFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
		Labels labels = smallRobot();
		Path out = dir.resolve("robot.analysis.h5");
		Files.writeString(out, "previous");
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);

		assertThrows(OperationCanceledException.class,
				() -> AnalysisH5Exporter.export(labels, labels.getVideos().get(0), out, null, cancelled));
		assertEquals("previous", Files.readString(out));
		try (var files = Files.list(dir)) {
			assertEquals(List.of(out), files.toList());
		}
	}

	@Test
	void namesFilesAsSleapDoes() {
		Video video = FACTORY.createVideo();
		video.setFilename("D:\\ants\\Col218_cropped.mp4");
		assertEquals("main.v001.002_Col218_cropped.analysis.csv", AnalysisFileNames.of("/data/main.v001.slp", 2, video, "csv"));
		assertEquals("labels.000_Col218_cropped.analysis.h5", AnalysisFileNames.of(null, 0, video, "h5"));
		assertThrows(IllegalArgumentException.class, () -> AnalysisFileNames.of("a.slp", -1, video, "h5"));
	}

	/** SLEAP's small_robot labels as exported in the fixture: user instances on frames 0 and 2, a prediction on 1. */
	private static Labels smallRobot() {
		Labels labels = FACTORY.createLabels();
		Video video = video(labels, "D:/TalmoLab/sleap/tests/data/videos/small_robot_3_frame.mp4");
		Skeleton skeleton = skeleton(labels, "Skeleton-0", "top", "front", "rear");
		skeleton.getEdges().clear();
		edge(skeleton, 0, 1);
		edge(skeleton, 0, 2);
		edge(skeleton, 1, 2);
		PointArray labelled = PointArray.of(placed("0x1.42e0422d2dc80p+8", "0x1.e2767cb36432ep+5"),
				placed("0x1.7ebf1c86fb55ep+8", "0x1.e607e6260f148p+7"),
				placed("0x1.1ed1c6b8b606ap+7", "0x1.6bbb6bf48b1fep+7"));
		add(frame(labels, video, 0), user(skeleton, null, labelled));
		PredictedInstance predicted = predicted(skeleton, null, Double.parseDouble("0x1.6670300000000p+1"),
				PointArray.of(
						Point.predicted(Double.parseDouble("0x1.40f9480000000p+8"), Double.parseDouble("0x1.d9f8c60000000p+5"),
								Double.parseDouble("0x1.7f542c0000000p-1")),
						Point.predicted(Double.parseDouble("0x1.80b38c0000000p+8"), Double.parseDouble("0x1.e8b10e0000000p+7"),
								Double.parseDouble("0x1.033c3a0000000p+0")),
						Point.predicted(Double.parseDouble("0x1.2291940000000p+7"), Double.parseDouble("0x1.68b0700000000p+7"),
								Double.parseDouble("0x1.09fa120000000p+0"))));
		add(frame(labels, video, 1), predicted);
		add(frame(labels, video, 2), user(skeleton, null, labelled));
		return labels;
	}

	private static Point placed(String x, String y) {
		return new Point(Double.parseDouble(x), Double.parseDouble(y), true, true, Double.NaN);
	}

	static Video video(Labels labels, String filename) {
		Video video = FACTORY.createVideo();
		video.setFilename(filename);
		labels.getVideos().add(video);
		return video;
	}

	/** A skeleton with the nodes, a chain of edges from the first node. */
	static Skeleton skeleton(Labels labels, String name, String... nodes) {
		Skeleton skeleton = FACTORY.createSkeleton();
		skeleton.setName(name);
		for (String nodeName : nodes) {
			Node node = FACTORY.createNode();
			node.setName(nodeName);
			skeleton.getNodes().add(node);
		}
		for (int i = 1; i < nodes.length; i++) {
			edge(skeleton, i - 1, i);
		}
		labels.getSkeletons().add(skeleton);
		return skeleton;
	}

	private static void edge(Skeleton skeleton, int source, int destination) {
		Edge edge = FACTORY.createEdge();
		edge.setSource(skeleton.getNodes().get(source));
		edge.setDestination(skeleton.getNodes().get(destination));
		skeleton.getEdges().add(edge);
	}

	static Track track(Labels labels, String name) {
		Track track = FACTORY.createTrack();
		track.setName(name);
		labels.getTracks().add(track);
		return track;
	}

	static LabeledFrame frame(Labels labels, Video video, int index) {
		LabeledFrame frame = FACTORY.createLabeledFrame();
		frame.setVideo(video);
		frame.setFrameIndex(index);
		labels.getLabeledFrames().add(frame);
		return frame;
	}

	static void add(LabeledFrame frame, Instance instance) {
		frame.getInstances().add(instance);
	}

	static Instance user(Skeleton skeleton, Track track, PointArray points) {
		Instance instance = FACTORY.createUserInstance();
		instance.setSkeleton(skeleton);
		instance.setTrack(track);
		instance.setPoints(points);
		instance.setTrackingScore(Double.NaN);
		return instance;
	}

	static PredictedInstance predicted(Skeleton skeleton, Track track, double score, PointArray points) {
		PredictedInstance instance = FACTORY.createPredictedInstance();
		instance.setSkeleton(skeleton);
		instance.setTrack(track);
		instance.setScore(score);
		instance.setPoints(points);
		return instance;
	}

	/** A fixture file; skips only where the fixtures folder is absent. */
	static Path fixture(String relative) {
		return Fixtures.get(relative);
	}

	/** Runs Python scripts with Debian's h5py (releng/install-deps.sh --test). */
	static final class Python3 {
		private Python3() {
		}

		/** @return the script's standard output; fails the test with its error output if it fails */
		static String run(String script, String... args) throws IOException, InterruptedException {
			return H5py.runScript(script, args);
		}
	}
}
