// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the machine was doing while a benchmark ran: other work skews wall times. */
public final class Machine {
	private Machine() {
	}

	/** @return the load averages over 1, 5 and 15 minutes and the number of cores, e.g. "0.52 0.80 1.10, 2 cores" */
	public static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2] + ", " + Runtime.getRuntime().availableProcessors()
					+ " cores";
		} catch (IOException e) {
			return "unknown";
		}
	}
}
