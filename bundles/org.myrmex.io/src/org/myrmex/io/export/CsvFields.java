// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.export;

/** Quotes CSV fields the way Python's {@code csv} module (and so pandas) does with {@code QUOTE_MINIMAL}. */
final class CsvFields {
	private CsvFields() {
	}

	/**
	 * @return {@code field} unchanged, or in double quotes with inner quotes doubled when it holds a comma, a
	 *         quote or a line break
	 */
	static String quote(String field) {
		if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
			return field;
		}
		return '"' + field.replace("\"", "\"\"") + '"';
	}
}
