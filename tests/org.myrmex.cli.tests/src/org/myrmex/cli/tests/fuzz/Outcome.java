// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

/** How one case ended; only the first two are acceptable. */
enum Outcome {
	/** Read without error. */
	LOAD,
	/** Refused with the reader's own exception, whose message names the file. */
	CLEAN,
	/** Any other exception, or a message that does not name the file: a bug. */
	UNCLEAN,
	/** The child JVM died without answering (a native crash, an exit). */
	CRASH,
	/** No answer within the time limit. */
	HANG,
	/** A file appeared or changed next to the input. */
	WROTE;

	boolean acceptable() {
		return this == LOAD || this == CLEAN;
	}
}
