// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video;

import java.nio.file.Path;

/** A video that cannot be opened, read or written; the message names the file and the problem. */
public class VideoException extends Exception {
	private static final long serialVersionUID = 1L;
	private final transient Path file;

	public VideoException(Path file, String problem) {
		this(file, problem, null);
	}

	public VideoException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
	}

	/** @return the video the problem is about */
	public Path getFile() {
		return file;
	}
}
