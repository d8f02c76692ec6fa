// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.myrmex.io.SlpReader;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.Labels;

/**
 * One measurement in a fresh JVM, printed as one line {@code RESULT key=value …}:
 * {@code load FILE N} (N loads; the first is the fresh one), {@code save FILE N}, {@code generate FILE INSTANCES}.
 */
final class LabelsChild {
	private LabelsChild() {
	}

	static void run(String[] args) throws Exception {
		Path file = Path.of(args[1]);
		int repeats = Integer.parseInt(args[2]);
		switch (args[0]) {
		case "load" -> {
			double[] ms = new double[repeats];
			int frames = 0;
			for (int i = 0; i < repeats; i++) {
				long start = System.nanoTime();
				Labels labels = SlpReader.read(file);
				ms[i] = (System.nanoTime() - start) / 1e6;
				frames = labels.getLabeledFrames().size();
			}
			report("frames=" + frames, ms);
		}
		case "save" -> {
			Labels labels = SlpReader.read(file);
			Path out = Files.createTempFile(file.getParent(), "bench", ".slp");
			double[] ms = new double[repeats];
			for (int i = 0; i < repeats; i++) {
				long start = System.nanoTime();
				SlpWriter.write(labels, out, new NullProgressMonitor());
				ms[i] = (System.nanoTime() - start) / 1e6;
			}
			Files.deleteIfExists(out);
			report("bytes=" + Files.size(file), ms);
		}
		case "generate" -> {
			Labels labels = SyntheticPredictions.make(repeats, 13, 4);
			SlpWriter.write(labels, file, new NullProgressMonitor());
			System.out.println("RESULT generated=" + repeats + " bytes=" + Files.size(file));
		}
		default -> throw new IllegalArgumentException(args[0]);
		}
	}

	private static void report(String extra, double[] ms) {
		double[] warm = ms.length > 1 ? Arrays.copyOfRange(ms, 1, ms.length) : ms;
		Arrays.sort(warm);
		System.out.printf("RESULT fresh_ms=%.1f warm_ms=%.1f peak_heap_mb=%.0f %s%n", ms[0], warm[warm.length / 2],
				peakHeapMb(), extra);
	}

	/** Sum of the heap pools' peak usage: the most heap the process ever held, garbage included. */
	private static double peakHeapMb() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak / (1024.0 * 1024.0);
	}
}
