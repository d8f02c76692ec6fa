// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

import java.nio.file.Path;

/** A model folder or model file that cannot be loaded; the message names the file and the problem. */
public final class ModelException extends Exception {
	private static final long serialVersionUID = 1L;
	private final transient Path file;

	/**
	 * @param file    the file or folder at fault
	 * @param problem what is wrong with it
	 */
	public ModelException(Path file, String problem) {
		super(file + ": " + problem);
		this.file = file;
	}

	/** Same as {@link #ModelException(Path, String)} with the cause. */
	public ModelException(Path file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
	}

	/** @return the file or folder at fault */
	public Path getFile() {
		return file;
	}
}
