// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs cases: makes each mutant in its own folder, has the child JVM read it within a time limit, checks that
 * nothing appeared or changed in the folder, and counts the outcomes per format. Cases are reproducible from the seed,
 * the format and the case number. Folders of failed cases are kept under {@code failures}.
 */
final class Fuzzer {
	/** One case that ended badly, for the report. */
	record Failure(Mutants.Case fuzzCase, Outcome outcome, String detail) {
		@Override
		public String toString() {
			return outcome + " " + fuzzCase.format() + " " + fuzzCase.fixture() + " [" + fuzzCase.mutation() + "] "
					+ fuzzCase.file() + ": " + detail;
		}
	}

	private final Mutants mutants;
	private final Path work;
	private final Path failures;
	private final long limitMillis;
	private final Map<Format, int[]> counts = new EnumMap<>(Format.class);
	private final List<Failure> failed = new ArrayList<>();

	Fuzzer(Mutants mutants, Path work, Path failures, long limitMillis) {
		this.mutants = mutants;
		this.work = work;
		this.failures = failures;
		this.limitMillis = limitMillis;
	}

	/** Runs {@code cases} cases of a format in {@code child}, a line per case to {@code log}. */
	void run(FuzzJvm child, Format format, int cases, long seed, PrintStream log) throws IOException, InterruptedException {
		for (int i = 0; i < cases; i++) {
			Random random = new Random(seed * 1_000_003L + format.ordinal() * 65_537L + i);
			Path folder = work.resolve(String.format("case-%s-%05d", format.name().toLowerCase(), i));
			Mutants.Case fuzzCase = mutants.make(format, folder, random);
			Map<String, String> before = snapshot(folder);
			String answer = child.ask(format, fuzzCase.file(), limitMillis);
			int tab = answer.indexOf('\t');
			Outcome outcome = Outcome.valueOf(tab < 0 ? answer : answer.substring(0, tab));
			String detail = tab < 0 ? "" : answer.substring(tab + 1);
			Map<String, String> after = snapshot(folder);
			if (outcome.acceptable() && !after.equals(before)) {
				detail = "files before " + before.keySet() + ", after " + after.keySet() + " (" + outcome + ")";
				outcome = Outcome.WROTE;
			}
			log.printf("%s\t%s\t%s\t%s\t%s%n", format, fuzzCase.fixture(), fuzzCase.mutation(), outcome,
					detail.length() > 300 ? detail.substring(0, 300) : detail);
			counts.computeIfAbsent(format, f -> new int[Outcome.values().length])[outcome.ordinal()]++;
			if (outcome.acceptable()) {
				delete(folder);
			} else {
				Failure failure = new Failure(fuzzCase, outcome, detail);
				failed.add(failure);
				System.out.println("fuzz: " + failure);
				keep(folder, failures.resolve(folder.getFileName()));
			}
		}
	}

	/** @return how many cases of a format ended so */
	int count(Format format, Outcome outcome) {
		int[] row = counts.get(format);
		return row == null ? 0 : row[outcome.ordinal()];
	}

	List<Failure> failures() {
		return failed;
	}

	/** Prints the table: one row per format, the cases and each outcome. */
	void print(PrintStream out) {
		out.println("| format | cases | loads | clean errors | unclean errors | crashes | hangs | files written |");
		out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
		for (Format format : counts.keySet()) {
			int[] row = counts.get(format);
			int cases = 0;
			for (int n : row) {
				cases += n;
			}
			out.printf("| %s | %d | %d | %d | %d | %d | %d | %d |%n", format.name().toLowerCase(), cases,
					row[Outcome.LOAD.ordinal()], row[Outcome.CLEAN.ordinal()], row[Outcome.UNCLEAN.ordinal()],
					row[Outcome.CRASH.ordinal()], row[Outcome.HANG.ordinal()], row[Outcome.WROTE.ordinal()]);
		}
		failed.forEach(failure -> out.println("  " + failure));
	}

	/** @return every file under the folder with its size and modification time */
	static Map<String, String> snapshot(Path folder) throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				files.put(folder.relativize(path).toString(),
						Files.size(path) + "@" + Files.getLastModifiedTime(path).toMillis());
			}
		}
		return files;
	}

	/** Copies a failed case's folder to {@code target} (replacing an older one) and deletes it. */
	private static void keep(Path folder, Path target) throws IOException {
		if (Files.exists(target)) {
			delete(target);
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) paths::iterator) {
				Path copy = target.resolve(folder.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(path, copy);
				}
			}
		}
		delete(folder);
	}

	static void delete(Path folder) throws IOException {
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
