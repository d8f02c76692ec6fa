// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.cli.Command;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;

/** {@code myrmex suggest} on SLEAP's predictions and on labels beside their video. */
class SuggestCommandTest extends CommandTest {
	@TempDir
	Path dir;

	@Test
	void printsTheLowestScoringFramesAndStoresThemAsSuggestions() throws Exception {
		Path labels = dir.resolve("pair.slp");
		Files.copy(Fixtures.get("sleap/hdf5_format_v1/centered_pair_predictions.slp"), labels,
				StandardCopyOption.REPLACE_EXISTING);
		Path out = dir.resolve("suggested.slp");
		assertEquals(Command.OK, run("suggest", labels.toString(), "--method", "prediction_score", "-n", "7", "-o",
				out.toString()), err());
		List<String> rows = out().lines().filter(l -> l.matches("\\d+\t.*")).toList();
		assertEquals(7, rows.size(), out());
		assertTrue(rows.get(0).contains("lowest instance score"), rows.get(0));
		assertTrue(out().contains("7 suggestions added to " + out), out());
		Labels written = LabelsFiles.load(out);
		assertEquals(7, written.getSuggestions().size());
		assertEquals(rows.stream().map(r -> Integer.parseInt(r.split("\t")[0])).sorted().toList(),
				written.getSuggestions().stream().map(s -> s.getFrameIndex()).sorted().toList());
		assertEquals(2274, written.getLabeledFrames().stream().mapToInt(f -> f.getInstances().size()).sum(),
				"the predictions are kept");
	}

	@Test
	void strideWithoutOutputOnlyPrints() throws Exception {
		Path labels = Fixtures.get("sleap/slp_hdf5/minimal_instance.slp");
		assertEquals(Command.OK, run("suggest", labels.toString(), "--method", "stride", "-n", "4"), err());
		assertEquals(4, out().lines().filter(l -> l.matches("\\d+\t.*")).count(), out());
		assertFalse(out().contains("suggestions added"));
	}

	@Test
	void badArgumentsAndFilesAreNamed() throws Exception {
		Path labels = Fixtures.get("sleap/slp_hdf5/minimal_instance.slp");
		assertEquals(Command.USAGE, run("suggest", labels.toString(), "--method", "psychic"));
		assertTrue(err().contains("unknown suggestion method 'psychic'"), err());
		assertEquals(Command.USAGE, run("suggest", labels.toString()));
		assertTrue(err().contains("missing --method"), err());
		assertEquals(Command.USAGE, run("suggest", labels.toString(), "--method", "random", "-n", "many"));
		assertTrue(err().contains("-n takes a whole number, not 'many'"), err());
		assertEquals(Command.FAILED, run("suggest", dir.toString(), "--method", "random"));
		assertTrue(err().contains("is a folder"), err());
		assertEquals(Command.FAILED, run("suggest", labels.toString(), "--method", "velocity"));
		assertTrue(err().contains("minimal_instance.slp") && err().contains("predict first"), err());
		Path out = dir.resolve("never.slp");
		assertEquals(Command.FAILED, run("suggest", labels.toString(), "--method", "instance_count", "-o",
				out.toString()));
		assertFalse(Files.exists(out), "nothing written on failure");
	}
}
