// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Labels;

/** Damaged and foreign files give one clear message naming the file and the problem. */
class SlpReaderBadInputTest {
	@TempDir
	Path dir;

	/** A copy of minimal_instance.slp changed by a Python (h5py) snippet that sees the file as {@code f}. */
	private Path damaged(String change) throws Exception {
		Path copy = dir.resolve("damaged.slp");
		Files.copy(Fixtures.get("sleap/slp_hdf5/minimal_instance.slp"), copy, StandardCopyOption.REPLACE_EXISTING);
		H5py.run("f = h5py.File(sys.argv[1], 'r+')\n" + change + "\nf.close()", copy.toString());
		return copy;
	}

	private static String problem(Path file) {
		LabelsFileException e = assertThrows(LabelsFileException.class, () -> SlpReader.read(file));
		assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
		return e.getMessage().substring(file.toString().length() + 2);
	}

	@Test
	void aTruncatedFile() throws Exception {
		byte[] whole = Files.readAllBytes(Fixtures.get("sleap/tracks/clip.slp"));
		Path truncated = Files.write(dir.resolve("clip.slp"), Arrays.copyOf(whole, whole.length / 2));
		assertTrue(problem(truncated).startsWith("cannot"), problem(truncated));
	}

	@Test
	void aFileThatIsNotHdf5() throws Exception {
		Path text = Files.writeString(dir.resolve("notes.slp"), "these are not labels");
		assertEquals("not an HDF5 file (SLEAP .slp files are HDF5)", problem(text));
	}

	@Test
	void anHdf5FileWithoutMetadata() {
		assertEquals("no 'metadata' group: not a SLEAP labels file", problem(Fixtures.get("sleap/test_grid/grid_2x2.h5")));
	}

	@Test
	void anUnknownFormatVersion() throws Exception {
		Path file = damaged("f['metadata'].attrs['format_id'] = 3.0");
		assertEquals("format 3.0 is not one Myrmex reads (SLEAP formats 1.0 to 1.x)", problem(file));
	}

	@Test
	void malformedMetadataJson() throws Exception {
		Path file = damaged("f['metadata'].attrs['json'] = np.bytes_(b'{\"skeletons\": [')");
		assertTrue(problem(file).startsWith("the metadata is not valid JSON"), problem(file));
	}

	@Test
	void wrongDtypes() throws Exception {
		Path file = damaged("""
				old = f['instances'][:]
				dt = [(n, 'S8') if n == 'skeleton' else (n, old.dtype[n]) for n in old.dtype.names]
				new = np.zeros(old.shape, dtype=dt)
				for n in old.dtype.names:
				    new[n] = old[n] if n != 'skeleton' else b'zero'
				del f['instances']
				f.create_dataset('instances', data=new, maxshape=(None,))""");
		assertEquals("'instances.skeleton' is not a number", problem(file));
	}

	@Test
	void instanceRangesPastTheTable() throws Exception {
		Path file = damaged("fr = f['frames'][:]\nfr['instance_id_end'][0] = 7\nf['frames'][:] = fr");
		assertEquals("frame row 0 instance_id_end is 7, past the end of 'instances' (2 rows)", problem(file));
	}

	@Test
	void pointRangesPastTheTable() throws Exception {
		Path file = damaged("ins = f['instances'][:]\nins['point_id_end'][1] = 9\nf['instances'][:] = ins");
		assertEquals("instance row 1 point_id_end is 9, past the end of 'points' (4 rows)", problem(file));
	}

	@Test
	void infiniteCoordinates() throws Exception {
		Path file = damaged("p = f['points'][:]\np['x'][2] = np.inf\nf['points'][:] = p");
		assertEquals("instance row 1 has an infinite coordinate at points row 2 (Infinity, 187.88964024221963)", problem(file));
	}

	@Test
	void missingCoordinatesAreMissingPointsNotErrors() throws Exception {
		Path file = damaged("p = f['points'][:]\np['x'][2] = np.nan\np['y'][2] = np.nan\np['visible'][2] = False\nf['points'][:] = p");
		Labels labels = SlpReader.read(file);
		assertTrue(Double.isNaN(labels.getLabeledFrames().get(0).getInstances().get(1).getPoints().x(0)));
	}
}
