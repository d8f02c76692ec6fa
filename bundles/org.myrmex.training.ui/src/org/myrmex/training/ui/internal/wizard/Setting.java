// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.wizard;

import java.util.List;

/**
 * One hyperparameter a wizard page edits: where it lives in SLEAP's {@code training_config.json} (JSON pointers,
 * {@code {head}} standing for the model's head key), how it is typed, and its help text.
 *
 * @param pointers the JSON pointers written (the first is read); an anchor part is written to the head and to
 *                 the instance cropping
 * @param label    the field's label
 * @param kind     how the value is typed
 * @param help     what the setting does, shown under the fields and as the tooltip
 */
record Setting(List<String> pointers, String label, Kind kind, String help) {

	/** How a value is typed. */
	enum Kind {
		/** a whole number */
		INT,
		/** a whole number, or "auto" (stored as null) */
		AUTO_INT,
		/** a decimal number */
		DOUBLE,
		/** a check box */
		BOOL,
		/** a node of the skeleton, or none (stored as null) */
		NODE
	}

	/** @return a setting stored at one pointer */
	static Setting of(String pointer, String label, Kind kind, String help) {
		return new Setting(List.of(pointer), label, kind, help);
	}

	/** @return the pointers with {@code {head}} replaced by the model's head key */
	List<String> pointersFor(String head) {
		return pointers.stream().map(p -> p.replace("{head}", head)).toList();
	}

	/** @return the SLEAP field name, dotted: {@code optimization.batch_size} */
	String field(String head) {
		return pointersFor(head).get(0).substring(1).replace('/', '.');
	}
}
