// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Load and save time and peak heap for real and generated {@code .slp} files, each in a fresh JVM (first call)
 * and warm (median of the following calls), against the floor of reading the same tables with h5py (NumPy),
 * measured in the same run. Child JVMs get a 1.5 GB heap (the memory goal) so a load that needs more fails.
 * Usage: {@code releng/bench/run.sh labels [FIXTURES_DIR [NAME_PART]]}; with {@code NAME_PART} only the files whose
 * name contains it are measured (e.g. {@code predictions-1000000}).
 */
final class LabelsBench {
	private static final int REPEATS = 5;
	private static final String H5PY = """
			import h5py, time, sys
			t = time.perf_counter()
			f = h5py.File(sys.argv[1], 'r')
			j = f['metadata'].attrs['json']
			for k in ('frames', 'instances', 'points', 'pred_points', 'videos_json', 'tracks_json'):
			    if k in f: f[k][:]
			print('RESULT h5py_ms=%.1f' % ((time.perf_counter() - t) * 1000))
			""";

	private LabelsBench() {
	}

	static void run(String[] args) throws Exception {
		Path fixtures = Path.of(args.length > 0 ? args[0] : "../shared/fixtures").toAbsolutePath().normalize();
		Path work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "myrmex-bench"));
		String namePart = args.length > 1 ? args[1] : "";
		Path quarter = generated(work, 250_000);
		Path million = generated(work, 1_000_000);
		List<Path> files = Stream.of(fixtures.resolve("sleap/hdf5_format_v1/centered_pair_predictions.slp"),
				fixtures.resolve("sleap/tracks/clip.slp"), quarter, million)
				.filter(file -> file.getFileName().toString().contains(namePart)).toList();
		System.out.printf("%-38s %10s %10s %9s %10s %10s %9s %9s %9s%n", "file", "load fresh", "load warm", "load heap",
				"save fresh", "save warm", "save heap", "h5py raw", "warm/raw");
		for (Path file : files) {
			Map<String, String> load = child("load", file, REPEATS);
			Map<String, String> save = child("save", file, 3);
			Map<String, String> floor = h5py(file);
			double warm = Double.parseDouble(load.get("warm_ms"));
			double raw = Double.parseDouble(floor.get("h5py_ms"));
			System.out.printf("%-38s %8s ms %8s ms %6s MB %8s ms %8s ms %6s MB %6.1f ms %8.2fx%n", file.getFileName(),
					load.get("fresh_ms"), load.get("warm_ms"), load.get("peak_heap_mb"), save.get("fresh_ms"), save.get("warm_ms"),
					save.get("peak_heap_mb"), raw, warm / raw);
		}
	}

	private static Path generated(Path work, int instances) throws Exception {
		Path file = work.resolve("predictions-" + instances + ".slp");
		if (!Files.exists(file)) {
			System.out.println("generating " + file + " (" + instances + " predicted instances x 13 nodes) ...");
			child("generate", file, instances);
		}
		return file;
	}

	private static Map<String, String> child(String mode, Path file, int repeats) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx1536m", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
				"-Dorg.bytedeco.javacpp.cachedir=" + System.getProperty("org.bytedeco.javacpp.cachedir",
						Path.of(System.getProperty("user.home"), ".cache", "myrmex", "javacpp").toString()),
				"-cp", System.getenv("MYRMEX_BENCH_CP"), "org.myrmex.bench.Main", "child", mode, file.toString(),
				Integer.toString(repeats)));
		return result(command);
	}

	private static Map<String, String> h5py(Path file) throws Exception {
		return result(List.of("/usr/bin/python3", "-c", H5PY, file.toString()));
	}

	private static Map<String, String> result(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (process.waitFor() != 0) {
			throw new IOException("measurement failed: " + String.join(" ", command.subList(0, 3)) + "\n" + output);
		}
		Map<String, String> values = new LinkedHashMap<>();
		for (String line : output.split("\n")) {
			if (line.startsWith("RESULT ")) {
				for (String pair : line.substring(7).trim().split(" ")) {
					String[] kv = pair.split("=", 2);
					values.put(kv[0], kv[1]);
				}
			}
		}
		return values;
	}
}
