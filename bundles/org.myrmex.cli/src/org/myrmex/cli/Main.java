// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli;

/**
 * {@code java -cp … org.myrmex.cli.Main COMMAND ARGS…}: the headless commands without starting the OSGi framework,
 * which is what {@code ./myrmex COMMAND} runs (the bundles are plain jars to it; none of the headless bundles needs
 * OSGi services). The same commands run inside Equinox as the application {@code org.myrmex.cli.app}.
 */
public final class Main {
	private Main() {
	}

	public static void main(String[] args) {
		int code = Console.run(args);
		System.out.flush();
		System.exit(code);
	}
}
