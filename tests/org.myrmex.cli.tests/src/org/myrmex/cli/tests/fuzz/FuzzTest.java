// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.coco.CocoKeypoints;
import org.myrmex.io.dlc.DeepLabCut;

/**
 * Feeds mutants of the real fixtures to Myrmex's readers in a child JVM: a fixed-seed sample of 640 cases, each of
 * which must load or fail with the reader's own exception naming the file; no crash, no hang, no file written.
 * The long run: environment variable {@code MYRMEX_FUZZ_PER_FORMAT=N} (and {@code MYRMEX_FUZZ_SEED}) runs N cases of
 * every format instead (see docs/notes/fuzz.md); the table goes to {@code target/fuzz/table.md}, a line per case to
 * {@code target/fuzz/cases.tsv}.
 */
class FuzzTest {
	private static final long SEED = 17;
	private static final long LIMIT_MILLIS = 60_000;

	@Test
	void fixedSeedSampleEndsInLoadsAndCleanErrorsOnly(@TempDir Path work) throws Exception {
		Map<Format, Integer> plan = plan();
		long seed = Long.parseLong(System.getenv().getOrDefault("MYRMEX_FUZZ_SEED", String.valueOf(SEED)));
		Path failures = Path.of("target", "fuzz", "failures").toAbsolutePath();
		Fuzzer fuzzer = new Fuzzer(new Mutants(Fixtures.get("."), cocoSeed(work)), work.resolve("cases"), failures,
				LIMIT_MILLIS);
		long start = System.nanoTime();
		if (Files.exists(failures)) {
			Fuzzer.delete(failures); // the failures of an earlier run
		}
		Files.createDirectories(failures.getParent());
		try (FuzzJvm child = new FuzzJvm(work);
				PrintStream log = new PrintStream(failures.resolveSibling("cases.tsv").toFile(), StandardCharsets.UTF_8)) {
			for (Map.Entry<Format, Integer> entry : plan.entrySet()) {
				fuzzer.run(child, entry.getKey(), entry.getValue(), seed, log);
			}
		}
		ByteArrayOutputStream table = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(table, true, StandardCharsets.UTF_8);
		out.printf("seed %d, %.0f s%n", seed, (System.nanoTime() - start) / 1e9);
		fuzzer.print(out);
		String report = table.toString(StandardCharsets.UTF_8);
		System.out.println(report);
		Files.writeString(failures.getParent().resolve("table.md"), report);

		assertTrue(fuzzer.failures().isEmpty(), report);
		for (Map.Entry<Format, Integer> entry : plan.entrySet()) {
			Format format = entry.getKey();
			assertEquals((int) entry.getValue(), fuzzer.count(format, Outcome.LOAD) + fuzzer.count(format, Outcome.CLEAN),
					report);
			assertTrue(fuzzer.count(format, Outcome.CLEAN) > 0, "no mutant of " + format + " was refused:\n" + report);
		}
	}

	@Test
	void harnessTellsCrashesHangsWritesAndLoads(@TempDir Path work) throws Exception {
		Path cases = Files.createDirectories(work.resolve("case-selftest"));
		try (FuzzJvm child = new FuzzJvm(work)) {
			assertTrue(child.ask(Format.SLP, cases.resolve(FuzzChild.SELFTEST + "halt"), LIMIT_MILLIS)
					.startsWith("CRASH\texit 134"));
			assertEquals("HANG\tno answer in 3000 ms", child.ask(Format.SLP, cases.resolve(FuzzChild.SELFTEST + "hang"), 3000));
			Map<String, String> before = Fuzzer.snapshot(cases);
			child.ask(Format.SLP, cases.resolve(FuzzChild.SELFTEST + "write"), LIMIT_MILLIS);
			assertNotEquals(before, Fuzzer.snapshot(cases));
			Path labels = cases.resolve("labels.slp");
			Files.copy(Fixtures.get("sleap/slp_hdf5/minimal_instance.slp"), labels);
			assertEquals("LOAD\t1 videos, 1 frames", child.ask(Format.SLP, labels, LIMIT_MILLIS));
			Files.write(labels, new byte[] { 1, 2, 3 });
			String refused = child.ask(Format.SLP, labels, LIMIT_MILLIS);
			assertTrue(refused.startsWith("CLEAN\t" + labels), refused);
		}
	}

	private static Map<Format, Integer> plan() {
		Map<Format, Integer> plan = new EnumMap<>(Format.class);
		String perFormat = System.getenv("MYRMEX_FUZZ_PER_FORMAT");
		if (perFormat != null) {
			for (Format format : Format.values()) {
				plan.put(format, Integer.parseInt(perFormat));
			}
			return plan;
		}
		plan.put(Format.SLP, 200);
		plan.put(Format.SKELETON, 80);
		plan.put(Format.CONFIG, 80);
		plan.put(Format.SLEAP_JSON, 40);
		plan.put(Format.COCO, 60);
		plan.put(Format.DLC, 60);
		plan.put(Format.VIDEO, 120);
		return plan;
	}

	/** There is no COCO fixture: the keypoints of a DeepLabCut fixture (an image folder), written by Myrmex, are the seed. */
	private static Path cocoSeed(Path work) throws Exception {
		Path seed = Files.createDirectories(work.resolve("seed")).resolve("maudlc_testdata_v2.coco.json");
		CocoKeypoints.write(DeepLabCut.read(Fixtures.get("sleap/dlc/labeled-data/video/maudlc_testdata_v2.csv")), seed);
		return seed;
	}
}
