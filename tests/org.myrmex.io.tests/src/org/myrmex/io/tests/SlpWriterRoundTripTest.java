// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.Instance;
import org.myrmex.model.Labels;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.UserInstance;

/** Writing what {@link SlpReader} read gives back SLEAP's own files, and reading what was written gives the labels. */
class SlpWriterRoundTripTest {
	/** SLEAP-written files of format 1.1 and 1.2 (1.0 files are read shifted, so their points differ on purpose). */
	private static final List<String> SLEAP_FILES = List.of(
			"sleap/hdf5_format_v1/centered_pair_predictions.slp",
			"sleap/slp_hdf5/dance.mp4.labels.slp",
			"sleap/slp_hdf5/minimal_instance.slp",
			"sleap/tracks/clip.slp",
			"sleap/siv_format_v1/small_robot_siv.slp",
			"ants/datasets/main.v001.slp",
			"ants/datasets/col218_tip_only.v003.slp");

	/**
	 * The tables must be byte for byte SLEAP's, column by column (format 1.1 files lack {@code tracking_score}, which
	 * format 1.2 adds as the last column). The JSON lists are compared by content that this writer controls
	 * (order, count, encoding): what the JSON mappers add or drop (sleap-io's video {@code shape}, a suggestion
	 * {@code group} of null) and the string width (some SLEAP versions pad by 3 bytes) may differ.
	 */
	private static final String SAME_TABLES = """
			import json
			a, b = h5py.File(sys.argv[1], 'r'), h5py.File(sys.argv[2], 'r')
			for name in ('frames', 'instances', 'points', 'pred_points'):
			    x, y = a[name][:], b[name][:]
			    fields = x.dtype.names
			    print(name, y.dtype.descr[:len(fields)] == x.dtype.descr, x.shape == y.shape,
			          all(x[n].tobytes() == y[n].tobytes() for n in fields))
			def docs(f, name):
			    d = f[name]
			    return [json.loads(s) for s in d[:]] if d.dtype.kind == 'S' else list(d[:])
			va, vb = docs(a, 'videos_json'), docs(b, 'videos_json')
			print('videos', [v['backend']['filename'] for v in va] == [v['backend']['filename'] for v in vb])
			print('tracks', docs(a, 'tracks_json') == docs(b, 'tracks_json'))
			sa, sb = docs(a, 'suggestions_json'), docs(b, 'suggestions_json')
			print('suggestions', [(s['video'], s['frame_idx']) for s in sa] == [(s['video'], s['frame_idx']) for s in sb])
			ja, jb = json.loads(a['metadata'].attrs['json']), json.loads(b['metadata'].attrs['json'])
			print('provenance', ja.get('provenance', {}) == jb['provenance'], 'nodes', sorted(n['name'] for n in ja['nodes']) == sorted(n['name'] for n in jb['nodes']))
			""";

	@TempDir
	Path folder;

	@TestFactory
	Stream<DynamicTest> rewritesSleapFilesWithIdenticalTables() {
		return SLEAP_FILES.stream().map(name -> dynamicTest(name, () -> {
			Path original = Fixtures.get(name);
			Path copy = folder.resolve(original.getFileName());
			SlpWriter.write(SlpReader.read(original), copy, new NullProgressMonitor());
			assertEquals(String.join("\n",
					"frames True True True",
					"instances True True True",
					"points True True True",
					"pred_points True True True",
					"videos True",
					"tracks True",
					"suggestions True",
					"provenance True nodes True"), SlpWriterTest.python(SAME_TABLES, original, copy));
		}));
	}

	@TestFactory
	Stream<DynamicTest> writeThenReadGivesEqualLabels() {
		return SLEAP_FILES.stream().map(name -> dynamicTest(name, () -> {
			Labels read = SlpReader.read(Fixtures.get(name));
			Path copy = folder.resolve("copy.slp");
			SlpWriter.write(read, copy, new NullProgressMonitor());
			Labels again = SlpReader.read(copy);
			assertTrue(EcoreUtil.equals(read, again), "labels changed in a write and read");
		}));
	}

	@Test
	void handBuiltLabelsComeBack() throws Exception {
		Labels labels = SlpWriterTest.sampleLabels();
		Path file = folder.resolve("labels.slp");
		SlpWriter.write(labels, file, new NullProgressMonitor());
		Labels read = SlpReader.read(file);
		assertEquals(3, read.getLabeledFrames().size());
		for (int f = 0; f < 3; f++) {
			List<Instance> expected = labels.getLabeledFrames().get(f).getInstances();
			List<Instance> actual = read.getLabeledFrames().get(f).getInstances();
			assertEquals(labels.getLabeledFrames().get(f).getFrameIndex(), read.getLabeledFrames().get(f).getFrameIndex());
			assertEquals(expected.size(), actual.size());
			for (int i = 0; i < expected.size(); i++) {
				assertEquals(expected.get(i).eClass(), actual.get(i).eClass());
				assertEquals(expected.get(i).getPoints(), actual.get(i).getPoints(), "points of instance " + i + " of frame " + f);
				assertEquals(expected.get(i).getTrackingScore(), actual.get(i).getTrackingScore(), 1e-7);
				assertEquals(labels.getTracks().indexOf(expected.get(i).getTrack()), read.getTracks().indexOf(actual.get(i).getTrack()));
			}
		}
		UserInstance u1 = (UserInstance) read.getLabeledFrames().get(0).getInstances().get(1);
		UserInstance u2 = (UserInstance) read.getLabeledFrames().get(1).getInstances().get(1);
		UserInstance u3 = (UserInstance) read.getLabeledFrames().get(1).getInstances().get(2);
		assertSame(read.getLabeledFrames().get(1).getInstances().get(0), u1.getFromPredicted(), "link to a later frame");
		assertSame(read.getLabeledFrames().get(0).getInstances().get(0), u2.getFromPredicted(), "link to an earlier frame");
		assertNull(u3.getFromPredicted());
		assertEquals(0.9, ((PredictedInstance) read.getLabeledFrames().get(0).getInstances().get(0)).getScore(), 1e-7);
		assertSame(read.getSkeletons().get(1), u3.getSkeleton());
		assertEquals(List.of("female", "male"), read.getTracks().stream().map(t -> t.getName()).toList());
		assertEquals(List.of(3, 9), read.getSuggestions().stream().map(s -> s.getFrameIndex()).sorted().toList());
		assertEquals(List.of("sleap_version=1.4.1", "model_paths=[\"models/a\",\"models/b\"]", "count=3", "user=Zoë"),
				read.getProvenance().stream().map(p -> p.getKey() + "=" + p.getValue()).toList());
		Path again = folder.resolve("again.slp");
		SlpWriter.write(read, again, new NullProgressMonitor());
		assertTrue(EcoreUtil.equals(read, SlpReader.read(again)), "a second write and read changes nothing");
	}
}
