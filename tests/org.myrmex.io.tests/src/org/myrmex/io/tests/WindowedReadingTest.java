// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.global.hdf5;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.Hdf5Library;
import org.myrmex.io.SlpReader;
import org.myrmex.io.internal.hdf5.Table;
import org.myrmex.io.internal.slp.LabelsAssembler;
import org.myrmex.model.Labels;

/** Tables are read a window of rows at a time; windows of a few rows must give exactly what one big read gives. */
class WindowedReadingTest {
	private static final List<String> POINT_COLUMNS = List.of("x", "y", "visible", "complete", "score");

	@Test
	void columnsReadInSmallWindowsMatchH5py() throws Exception {
		Path file = Fixtures.get("sleap/hdf5_format_v1/centered_pair_predictions.slp");
		String[] expected = H5py.run("p = h5py.File(sys.argv[1], 'r')['pred_points'][:]\nprint(len(p), repr(float(np.nansum(p['x']))), int(p['visible'].sum()),"
				+ " repr(float(p['score'][6])), repr(float(p['score'][7])), repr(float(p['y'][-2])))",
				file.toString()).split(" ");
		synchronized (Hdf5Library.lock()) {
			Hdf5Library.load();
			try (H5File h5 = new H5File(file.toString(), hdf5.H5F_ACC_RDONLY());
					Table points = Table.open(h5, file, "pred_points", POINT_COLUMNS, POINT_COLUMNS, 7)) {
				double[] x = points.column("x");
				double[] y = points.column("y");
				double[] visible = points.column("visible");
				double[] score = points.column("score");
				assertEquals(Integer.parseInt(expected[0]), x.length);
				double sum = 0;
				int shown = 0;
				for (int row = 0; row < x.length; row++) {
					sum += Double.isNaN(x[row]) ? 0 : x[row];
					shown += (int) visible[row];
				}
				assertEquals(Double.parseDouble(expected[1]), sum, 1e-6 * Math.abs(sum));
				assertEquals(Integer.parseInt(expected[2]), shown);
				assertEquals(number(expected[3]), score[6]);
				assertEquals(number(expected[4]), score[7]);
				assertEquals(number(expected[5]), y[y.length - 2]);
			}
		}
	}

	/** Python's repr of a float. */
	private static double number(String repr) {
		return repr.equals("nan") ? Double.NaN : Double.parseDouble(repr);
	}

	@Test
	void rowsReadBackwardsAndOutOfOrderGiveTheSameValues() throws Exception {
		Path file = Fixtures.get("sleap/tracks/clip.slp");
		synchronized (Hdf5Library.lock()) {
			Hdf5Library.load();
			try (H5File h5 = new H5File(file.toString(), hdf5.H5F_ACC_RDONLY());
					Table points = Table.open(h5, file, "points", POINT_COLUMNS, POINT_COLUMNS, 5)) {
				double[] x = points.column("x");
				double[] inWindow = points.window("x");
				double[] score = points.window("score", -1);
				for (int row = x.length - 1; row >= 0; row -= 3) {
					assertEquals(x[row], inWindow[points.locate(row)], "row " + row);
					assertEquals(x[row / 2], inWindow[points.locate(row / 2)], "row " + row / 2);
					assertEquals(-1, score[points.locate(row)], "user points have no score column");
				}
			}
		}
	}

	/** Very old files hold a table as a plain two-dimensional array, read whole as one window. */
	@Test
	void aPlainArrayTableGivesTheSameLabels(@TempDir Path dir) throws Exception {
		Path original = Fixtures.get("sleap/slp_hdf5/minimal_instance.slp");
		Path file = dir.resolve("plain-points.slp");
		Files.copy(original, file);
		H5py.run("""
				f = h5py.File(sys.argv[1], 'r+')
				p = f['points'][:]
				del f['points']
				f.create_dataset('points', data=np.stack([p['x'], p['y'], p['visible'], p['complete']], axis=1).astype('f8'))
				f.close()""", file.toString());
		Labels expected = SlpReader.read(original);
		Labels labels = SlpReader.read(file);
		assertEquals(2, labels.getLabeledFrames().get(0).getInstances().size());
		assertTrue(EcoreUtil.equals(expected.getLabeledFrames(), labels.getLabeledFrames()));
	}

	/** User and predicted points, from_predicted links, tracks, instances per frame crossing window boundaries. */
	@TestFactory
	Stream<DynamicTest> smallWindowsBuildTheSameLabels() {
		return Stream.of("sleap/tracks/clip.slp", "sleap/hdf5_format_v1/centered_pair_predictions.slp",
				"sleap/slp_hdf5/dance.mp4.labels.slp", "ants/datasets/col218_tip_only.v003.slp")
				.map(fixture -> dynamicTest(fixture, () -> assertSmallWindowsBuildTheSameLabels(fixture)));
	}

	private static void assertSmallWindowsBuildTheSameLabels(String fixture) throws Exception {
		Path file = Fixtures.get(fixture);
		Labels expected = SlpReader.read(file);
		for (int windowRows : new int[] { 2, 7, 1000 }) {
			Labels labels = assembled(file, windowRows);
			assertTrue(labels.getLabeledFrames().size() > 0);
			assertEquals(expected.getLabeledFrames().size(), labels.getLabeledFrames().size());
			assertTrue(EcoreUtil.equals(expected.getLabeledFrames(), labels.getLabeledFrames()),
					fixture + " read " + windowRows + " rows at a time differs");
		}
	}

	/** The labels of a format 1.1+ file, its tables read {@code windowRows} rows at a time. */
	private static Labels assembled(Path file, int windowRows) throws Exception {
		Labels metadata = SlpReader.read(file);
		LabelsAssembler assembler = new LabelsAssembler(file, false);
		assembler.setVideos(new ArrayList<>(metadata.getVideos()));
		assembler.setSkeletons(new ArrayList<>(metadata.getSkeletons()));
		assembler.setTracks(new ArrayList<>(metadata.getTracks()));
		synchronized (Hdf5Library.lock()) {
			try (H5File h5 = new H5File(file.toString(), hdf5.H5F_ACC_RDONLY())) {
				return assembler.assemble(h5, windowRows, new NullProgressMonitor());
			}
		}
	}
}
