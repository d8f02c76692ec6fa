// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import java.nio.file.Path;

/** A labels file that cannot be read or written; the message names the file and the problem. */
public class LabelsFileException extends Exception {
	private static final long serialVersionUID = 1L;
	private final transient Path file;

	public LabelsFileException(Path file, String problem) {
		this(file, problem, null);
	}

	public LabelsFileException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
	}

	/** @return the file the problem is about */
	public Path getFile() {
		return file;
	}
}
