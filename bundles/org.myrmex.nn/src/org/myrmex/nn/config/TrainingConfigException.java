// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

/**
 * A training configuration that cannot be read or written; the message names the source (usually the file), the
 * field as a dotted path ({@code model.heads.centroid.sigma}) and what is wrong.
 */
public class TrainingConfigException extends Exception {
	private static final long serialVersionUID = 1L;
	private final String source;
	private final String field;

	/**
	 * @param source the file or other source of the configuration
	 * @param field  the dotted path of the field, empty for the whole document
	 * @param problem what is wrong, in words
	 */
	public TrainingConfigException(String source, String field, String problem) {
		this(source, field, problem, null);
	}

	/** Same as {@link #TrainingConfigException(String, String, String)} with the cause. */
	public TrainingConfigException(String source, String field, String problem, Throwable cause) {
		super(source + ": " + (field.isEmpty() ? "" : field + ": ") + problem, cause);
		this.source = source;
		this.field = field;
	}

	/** @return the file or other source of the configuration */
	public String getSource() {
		return source;
	}

	/** @return the dotted path of the bad field, empty for the whole document */
	public String getField() {
		return field;
	}
}
