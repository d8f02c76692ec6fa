// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpWriter;
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
import org.myrmex.model.Suggestion;
import org.myrmex.model.Symmetry;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;

/**
 * What {@link SlpWriter} writes, read back with h5py (Debian's, on HDF5 1.10 — SLEAP's own library stack): the
 * datasets, types and storage of SLEAP 1.4.1, and the exact rows of a hand-built model.
 */
class SlpWriterTest {
	private static final LabelsFactory FACTORY = LabelsFactory.eINSTANCE;

	/** numpy's descr of SLEAP 1.4.1's tables, as h5py reports them for centered_pair_predictions.slp. */
	static final String SLEAP_DTYPES = String.join("\n",
			"frames [('frame_id', '<u8'), ('video', '<u4'), ('frame_idx', '<u8'), ('instance_id_start', '<u8'), ('instance_id_end', '<u8')]",
			"instances [('instance_id', '<i8'), ('instance_type', '|u1'), ('frame_id', '<u8'), ('skeleton', '<u4'), ('track', '<i4'), ('from_predicted', '<i8'), ('score', '<f4'), ('point_id_start', '<u8'), ('point_id_end', '<u8'), ('tracking_score', '<f4')]",
			"points [('x', '<f8'), ('y', '<f8'), ('visible', '|b1'), ('complete', '|b1')]",
			"pred_points [('x', '<f8'), ('y', '<f8'), ('visible', '|b1'), ('complete', '|b1'), ('score', '<f8')]");

	private static final String DTYPES_SCRIPT = """
			f = h5py.File(sys.argv[1], 'r')
			for name in ('frames', 'instances', 'points', 'pred_points'):
			    print(name, f[name].dtype.descr)
			""";

	@TempDir
	Path folder;

	@Test
	void tablesHaveSleapsExactTypesAndStorage() throws Exception {
		Path file = folder.resolve("labels.slp");
		SlpWriter.write(sampleLabels(), file, new NullProgressMonitor());
		assertEquals(SLEAP_DTYPES, python(DTYPES_SCRIPT, file));
		assertEquals(python(DTYPES_SCRIPT, Fixtures.get("sleap/hdf5_format_v1/centered_pair_predictions.slp")),
				python(DTYPES_SCRIPT, file), "the same types as a file SLEAP 1.4.1 wrote");
		String storage = python("""
				f = h5py.File(sys.argv[1], 'r')
				for name in ('frames', 'instances', 'points', 'pred_points', 'videos_json', 'tracks_json', 'suggestions_json'):
				    d = f[name]
				    print(name, d.shape, d.maxshape, d.chunks, d.compression, d.dtype.str if d.dtype.names is None else d.dtype.itemsize)
				for table in ('points', 'pred_points'):
				    t = f[table].id.get_type()
				    for i in (2, 3):
				        m = t.get_member_type(i)
				        print(table, t.get_member_name(i).decode(), type(m).__name__, m.get_super().dtype,
				              [(m.get_member_name(k).decode(), m.get_member_value(k)) for k in range(m.get_nmembers())])
				""", file);
		assertEquals(String.join("\n",
				"frames (3,) (None,) (3,) None 36",
				"instances (5,) (None,) (5,) None 57",
				"points (10,) (None,) (10,) None 18",
				"pred_points (8,) (None,) (8,) None 26",
				"videos_json (2,) (None,) (2,) None |S105",
				"tracks_json (2,) (None,) (2,) None |S12",
				"suggestions_json (2,) (None,) (2,) None |S37",
				"points visible TypeEnumID int8 [('FALSE', 0), ('TRUE', 1)]",
				"points complete TypeEnumID int8 [('FALSE', 0), ('TRUE', 1)]",
				"pred_points visible TypeEnumID int8 [('FALSE', 0), ('TRUE', 1)]",
				"pred_points complete TypeEnumID int8 [('FALSE', 0), ('TRUE', 1)]"), storage);
	}

	@Test
	void writesTheRowsOfEveryTable() throws Exception {
		Path file = folder.resolve("labels.slp");
		SlpWriter.write(sampleLabels(), file, new NullProgressMonitor());
		String rows = python("""
				f = h5py.File(sys.argv[1], 'r')
				for name in ('frames', 'instances', 'points', 'pred_points'):
				    print(name)
				    for row in f[name][:]:
				        print(' ', tuple(v.item() for v in row))
				""", file);
		assertEquals(String.join("\n",
				"frames",
				"  (0, 0, 5, 0, 2)",
				"  (1, 1, 2, 2, 5)",
				"  (2, 0, 7, 5, 5)",
				"instances",
				// from_predicted links cross frames in both directions: row 1 → row 2 (later), row 3 → row 0 (earlier)
				"  (0, 1, 0, 0, 0, -1, 0.8999999761581421, 0, 4, 0.75)",
				"  (1, 0, 0, 0, 0, 2, nan, 0, 4, nan)",
				"  (2, 1, 1, 0, 1, -1, 0.5, 4, 8, 0.0)",
				"  (3, 0, 1, 0, 1, 0, nan, 4, 8, 0.25)",
				"  (4, 0, 1, 1, -1, -1, nan, 8, 10, nan)",
				"points",
				"  (10.5, 20.25, True, True)",
				"  (11.5, 21.25, True, False)",
				"  (nan, nan, False, False)",
				"  (13.5, 23.25, True, False)",
				"  (100.0, 200.0, True, False)",
				"  (101.0, 201.0, True, False)",
				"  (102.0, 202.0, True, False)",
				"  (103.0, 203.0, True, False)",
				"  (1.0, 2.0, True, False)",
				"  (nan, nan, False, False)",
				"pred_points",
				"  (1.0, 1.5, True, False, 0.9)",
				"  (2.0, 2.5, True, False, 0.8)",
				"  (nan, nan, False, False, nan)",
				"  (4.0, 4.5, True, False, 0.6)",
				"  (5.0, 5.5, True, False, 0.1)",
				"  (6.0, 6.5, True, False, 0.2)",
				"  (7.0, 7.5, True, False, 0.3)",
				"  (8.0, 8.5, True, False, 0.4)"), rows);
	}

	@Test
	void writesMetadataAndJsonLists() throws Exception {
		Path file = folder.resolve("labels.slp");
		SlpWriter.write(sampleLabels(), file, new NullProgressMonitor());
		String metadata = python("""
				import json
				f = h5py.File(sys.argv[1], 'r')
				g = f['metadata']
				print(g.attrs.get_id('format_id').dtype, g.attrs['format_id'])
				t = g.attrs.get_id('json').get_type()
				print(type(t).__name__, t.is_variable_str(), t.get_strpad() == h5py.h5t.STR_NULLPAD, t.get_cset() == h5py.h5t.CSET_ASCII)
				j = json.loads(g.attrs['json'])
				print(list(j.keys()))
				print(j['version'], j['videos'], j['tracks'], j['suggestions'], j['negative_anchors'])
				print(j['nodes'])
				print([s['graph']['name'] for s in j['skeletons']], [len(s['links']) for s in j['skeletons']])
				print(json.dumps(j['provenance'], sort_keys=True, ensure_ascii=False))
				for name in ('videos_json', 'tracks_json', 'suggestions_json'):
				    print(name, [json.loads(s) for s in f[name][:]])
				""", file);
		assertEquals(String.join("\n",
				"float64 1.2",
				"TypeStringID False True True",
				"['version', 'skeletons', 'nodes', 'videos', 'tracks', 'suggestions', 'negative_anchors', 'provenance']",
				"2.0.0 [] [] [] {}",
				"[{'name': 'head', 'weight': 1.0}, {'name': 'thorax', 'weight': 1.0}, {'name': 'wingL', 'weight': 1.0},"
						+ " {'name': 'wingR', 'weight': 1.0}, {'name': 'front', 'weight': 1.0}, {'name': 'back', 'weight': 1.0}]",
				// three body edges and a symmetry as two directed links; one body edge
				"['fly', 'grub'] [5, 1]",
				"{\"count\": 3, \"model_paths\": [\"models/a\", \"models/b\"], \"sleap_version\": \"1.4.1\", \"user\": \"Zoë\"}",
				"videos_json [{'backend': {'filename': 'clips/a.mp4', 'grayscale': True, 'bgr': True, 'dataset': '', 'input_format': ''}},"
						+ " {'backend': {'filename': 'clips/b.h5', 'dataset': 'box', 'input_format': 'channels_last', 'convert_range': True}}]",
				"tracks_json [[0, 'female'], [3, 'male']]",
				"suggestions_json [{'video': '1', 'frame_idx': 9, 'group': 0}, {'video': '0', 'frame_idx': 3, 'group': 1}]"),
				metadata);
		String raw = python("""
				f = h5py.File(sys.argv[1], 'r')
				print(f['metadata'].attrs['json'].decode('ascii').split('"provenance":')[1])
				""", file);
		assertEquals("{\"sleap_version\":\"1.4.1\",\"model_paths\":[\"models/a\",\"models/b\"],\"count\":3,\"user\":\"Zo\\u00eb\"}}", raw,
				"compact ASCII JSON with non-ASCII escaped, as SLEAP writes it");
	}

	@Test
	void writesEmptyListsAsSleapDoes() throws Exception {
		Labels labels = FACTORY.createLabels();
		labels.getSkeletons().add(skeleton("solo", List.of("a"), List.of(), List.of()));
		Path file = folder.resolve("empty.slp");
		SlpWriter.write(labels, file, new NullProgressMonitor());
		String empty = python("""
				f = h5py.File(sys.argv[1], 'r')
				for name in ('videos_json', 'tracks_json', 'suggestions_json', 'frames', 'instances', 'points', 'pred_points'):
				    d = f[name]
				    print(name, d.dtype.str if d.dtype.names is None else d.dtype.itemsize, d.shape, d.maxshape, d.chunks)
				""", file);
		assertEquals(String.join("\n",
				"videos_json <f8 (0,) (None,) (1024,)",
				"tracks_json <f8 (0,) (None,) (1024,)",
				"suggestions_json <f8 (0,) (None,) (1024,)",
				"frames 36 (0,) (None,) (256,)",
				"instances 57 (0,) (None,) (128,)",
				"points 18 (0,) (None,) (512,)",
				"pred_points 26 (0,) (None,) (256,)"), empty);
	}

	@Test
	void storesMetadataLargerThan64KiB() throws Exception {
		Labels labels = sampleLabels();
		StringBuilder list = new StringBuilder("[");
		for (int i = 0; i < 5000; i++) {
			list.append(i == 0 ? "" : ",").append("\"models/run_").append(i).append("/best_model.h5\"");
		}
		ProvenanceEntry big = FACTORY.createProvenanceEntry();
		big.setKey("model_paths");
		big.setValue(list.append("]").toString());
		labels.getProvenance().set(1, big);
		Path file = folder.resolve("big-metadata.slp");
		SlpWriter.write(labels, file, new NullProgressMonitor());
		String read = python("""
				import json
				f = h5py.File(sys.argv[1], 'r')
				text = f['metadata'].attrs['json']
				paths = json.loads(text)['provenance']['model_paths']
				print(len(text) > 65536, len(paths), paths[4999], h5py.version.hdf5_version.split('.')[:2])
				print(f['frames'].shape, f['instances'][1]['from_predicted'])
				""", file);
		String[] lines = read.split("\n");
		assertTrue(lines[0].startsWith("True 5000 models/run_4999/best_model.h5"), read);
		assertEquals("(3,) 2", lines[1]);
	}

	/**
	 * Two videos; skeleton "fly" (head, thorax, wingL, wingR; three edges; wings symmetric) and "grub" (front →
	 * back); tracks female and male. Frame 5 of video 0: predicted P1 (female, one missing point) and user U1 made
	 * from P2 (a prediction of the next frame). Frame 2 of video 1: predicted P2 (male), user U2 made from P1, user
	 * U3 of the grub without track. Frame 7 of video 0: no instances. Two suggestions; provenance with a string, a
	 * JSON list, a number and a non-ASCII string.
	 */
	static Labels sampleLabels() {
		Labels labels = FACTORY.createLabels();
		Video a = video("clips/a.mp4", VideoBackend.MEDIA);
		a.setGrayscale(true);
		Video b = video("clips/b.h5", VideoBackend.HDF5);
		b.setDataset("box");
		b.setInputFormat("channels_last");
		labels.getVideos().add(a);
		labels.getVideos().add(b);
		Skeleton fly = skeleton("fly", List.of("head", "thorax", "wingL", "wingR"),
				List.of(new int[] { 0, 1 }, new int[] { 1, 2 }, new int[] { 1, 3 }), List.of(new int[] { 2, 3 }));
		Skeleton grub = skeleton("grub", List.of("front", "back"), List.of(new int[] { 0, 1 }), List.of());
		labels.getSkeletons().add(fly);
		labels.getSkeletons().add(grub);
		Track female = track("female", 0);
		Track male = track("male", 3);
		labels.getTracks().add(female);
		labels.getTracks().add(male);

		PredictedInstance p1 = predicted(fly, female, 0.9, 0.75, new double[][] { { 1, 1.5, 0.9 }, { 2, 2.5, 0.8 }, null, { 4, 4.5, 0.6 } });
		PredictedInstance p2 = predicted(fly, male, 0.5, 0, new double[][] { { 5, 5.5, 0.1 }, { 6, 6.5, 0.2 }, { 7, 7.5, 0.3 }, { 8, 8.5, 0.4 } });
		UserInstance u1 = user(fly, female, Double.NaN, PointArray.of(new Point(10.5, 20.25, true, true, Double.NaN),
				Point.placed(11.5, 21.25), Point.missing(), Point.placed(13.5, 23.25)));
		u1.setFromPredicted(p2);
		UserInstance u2 = user(fly, male, 0.25, PointArray.of(Point.placed(100, 200), Point.placed(101, 201),
				Point.placed(102, 202), Point.placed(103, 203)));
		u2.setFromPredicted(p1);
		UserInstance u3 = user(grub, null, Double.NaN, PointArray.of(Point.placed(1, 2), Point.missing()));
		labels.getLabeledFrames().add(frame(a, 5, p1, u1));
		labels.getLabeledFrames().add(frame(b, 2, p2, u2, u3));
		labels.getLabeledFrames().add(frame(a, 7));

		labels.getSuggestions().add(suggestion(b, 9, 0));
		labels.getSuggestions().add(suggestion(a, 3, 1));
		labels.getProvenance().add(provenance("sleap_version", "1.4.1"));
		labels.getProvenance().add(provenance("model_paths", "[\"models/a\", \"models/b\"]"));
		labels.getProvenance().add(provenance("count", "3"));
		labels.getProvenance().add(provenance("user", "Zoë"));
		return labels;
	}

	static Video video(String filename, VideoBackend backend) {
		Video video = FACTORY.createVideo();
		video.setFilename(filename);
		video.setBackend(backend);
		return video;
	}

	static Skeleton skeleton(String name, List<String> nodes, List<int[]> edges, List<int[]> symmetries) {
		Skeleton skeleton = FACTORY.createSkeleton();
		skeleton.setName(name);
		for (String nodeName : nodes) {
			Node node = FACTORY.createNode();
			node.setName(nodeName);
			skeleton.getNodes().add(node);
		}
		for (int[] pair : edges) {
			Edge edge = FACTORY.createEdge();
			edge.setSource(skeleton.getNodes().get(pair[0]));
			edge.setDestination(skeleton.getNodes().get(pair[1]));
			skeleton.getEdges().add(edge);
		}
		for (int[] pair : symmetries) {
			Symmetry symmetry = FACTORY.createSymmetry();
			symmetry.setFirst(skeleton.getNodes().get(pair[0]));
			symmetry.setSecond(skeleton.getNodes().get(pair[1]));
			skeleton.getSymmetries().add(symmetry);
		}
		return skeleton;
	}

	static Track track(String name, int spawnedOn) {
		Track track = FACTORY.createTrack();
		track.setName(name);
		track.setSpawnedOn(spawnedOn);
		return track;
	}

	/** Points as {x, y, score}; null is a missing point. */
	static PredictedInstance predicted(Skeleton skeleton, Track track, double score, double trackingScore, double[][] points) {
		PredictedInstance instance = FACTORY.createPredictedInstance();
		instance.setSkeleton(skeleton);
		instance.setTrack(track);
		instance.setScore(score);
		instance.setTrackingScore(trackingScore);
		List<Point> list = new ArrayList<>();
		for (double[] point : points) {
			list.add(point == null ? Point.missing() : Point.predicted(point[0], point[1], point[2]));
		}
		instance.setPoints(PointArray.of(list));
		return instance;
	}

	static UserInstance user(Skeleton skeleton, Track track, double trackingScore, PointArray points) {
		UserInstance instance = FACTORY.createUserInstance();
		instance.setSkeleton(skeleton);
		instance.setTrack(track);
		instance.setTrackingScore(trackingScore);
		instance.setPoints(points);
		return instance;
	}

	static LabeledFrame frame(Video video, int index, Instance... instances) {
		LabeledFrame frame = FACTORY.createLabeledFrame();
		frame.setVideo(video);
		frame.setFrameIndex(index);
		frame.getInstances().addAll(List.of(instances));
		return frame;
	}

	static Suggestion suggestion(Video video, int frameIndex, int group) {
		Suggestion suggestion = FACTORY.createSuggestion();
		suggestion.setVideo(video);
		suggestion.setFrameIndex(frameIndex);
		suggestion.setGroup(group);
		return suggestion;
	}

	static ProvenanceEntry provenance(String key, String value) {
		ProvenanceEntry entry = FACTORY.createProvenanceEntry();
		entry.setKey(key);
		entry.setValue(value);
		return entry;
	}

	/** Runs a script with Debian's h5py (see {@link H5py#run}); the paths given are {@code sys.argv[1:]}. */
	static String python(String script, Path... files) throws IOException, InterruptedException {
		return H5py.run(script, java.util.Arrays.stream(files).map(Path::toString).toArray(String[]::new));
	}
}
