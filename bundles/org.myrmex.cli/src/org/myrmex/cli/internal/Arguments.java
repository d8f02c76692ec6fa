// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.util.ArrayList;
import java.util.List;

/** A command's arguments: options with values ({@code --format csv}), flags ({@code --force}) and positionals. */
final class Arguments {
	private final List<String> positionals = new ArrayList<>();
	private final java.util.Map<String, List<String>> options = new java.util.HashMap<>();
	private final java.util.Set<String> flags = new java.util.HashSet<>();

	/**
	 * @param valued options that take a value
	 * @param flagNames options without a value
	 * @throws IllegalArgumentException naming an unknown option or a missing value
	 */
	Arguments(List<String> args, List<String> valued, List<String> flagNames) {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (valued.contains(arg)) {
				if (i + 1 >= args.size()) {
					throw new IllegalArgumentException(arg + " needs a value");
				}
				options.computeIfAbsent(arg, k -> new ArrayList<>()).add(args.get(++i));
			} else if (flagNames.contains(arg)) {
				flags.add(arg);
			} else if (arg.startsWith("--")) {
				throw new IllegalArgumentException("unknown option '" + arg + "'");
			} else {
				positionals.add(arg);
			}
		}
	}

	List<String> positionals() {
		return positionals;
	}

	/** @return an option's value (the last, when it was given more than once), or {@code fallback} when absent */
	String option(String name, String fallback) {
		List<String> values = options.get(name);
		return values == null ? fallback : values.get(values.size() - 1);
	}

	/** @return every value of an option given more than once ({@code -m A -m B}), in order; empty when absent */
	List<String> values(String name) {
		return options.getOrDefault(name, List.of());
	}

	/**
	 * @return an option's value as a whole number, or {@code fallback} when the option is absent
	 * @throws IllegalArgumentException naming the option and the value when it is not a whole number
	 */
	int number(String name, int fallback) {
		String value = option(name, null);
		if (value == null) {
			return fallback;
		}
		if (!value.matches("\\d{1,9}")) {
			throw new IllegalArgumentException(name + " takes a whole number, not '" + value + "'");
		}
		return Integer.parseInt(value);
	}

	boolean flag(String name) {
		return flags.contains(name);
	}
}
