// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.internal.skeleton;

/** Names a place in a JSON document for error messages, e.g. {@code nx_graph.links[3].source}. */
final class JsonPath {
	private JsonPath() {
	}

	/** @return the path of member {@code key} of the object at {@code path} */
	static String member(String path, String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

	/** @return the path of element {@code index} of the array at {@code path} */
	static String element(String path, int index) {
		return path + "[" + index + "]";
	}

	/** @return {@code path} followed by a colon, or nothing for the document itself */
	static String at(String path) {
		return path.isEmpty() ? "" : path + ": ";
	}
}
