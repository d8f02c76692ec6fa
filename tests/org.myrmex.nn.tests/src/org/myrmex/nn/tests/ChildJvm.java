// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The command line of a child JVM on a plain class path made of the running OSGi framework's bundles (or this JVM's
 * class path outside OSGi), with this JVM's JavaCPP cache, run under {@code nice} where there is one (as
 * {@code org.myrmex.cli.tests.fuzz.ChildJvm} does for the fuzzing and kill tests).
 */
final class ChildJvm {
	private ChildJvm() {
	}

	/** @return the command running {@code main} with {@code arguments} */
	static List<String> command(Class<?> main, List<String> options, String... arguments) {
		List<String> command = new ArrayList<>();
		if (Files.isExecutable(Path.of("/usr/bin/nice"))) {
			command.addAll(List.of("/usr/bin/nice", "-n", "10"));
		}
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(options);
		command.addAll(List.of("--add-opens", "java.base/java.lang=ALL-UNNAMED", "-Djava.awt.headless=true"));
		String cache = System.getProperty("org.bytedeco.javacpp.cachedir");
		if (cache != null) {
			command.add("-Dorg.bytedeco.javacpp.cachedir=" + cache);
		}
		command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath()), main.getName()));
		command.addAll(List.of(arguments));
		return command;
	}

	/** @return the jars and folders of the running OSGi framework's bundles, or this JVM's class path */
	private static List<String> classPath() {
		Bundle self = FrameworkUtil.getBundle(ChildJvm.class);
		if (self == null) {
			return List.of(System.getProperty("java.class.path").split(File.pathSeparator));
		}
		Set<String> entries = new LinkedHashSet<>();
		for (Bundle bundle : self.getBundleContext().getBundles()) {
			File location = bundle.getBundleId() == 0 ? codeSource(Bundle.class)
					: FileLocator.getBundleFileLocation(bundle).orElse(null);
			if (location == null) {
				continue;
			}
			entries.add(location.getAbsolutePath());
			for (String inner : new String[] { "bin", "target/classes" }) {
				File folder = new File(location, inner);
				if (location.isDirectory() && folder.isDirectory()) {
					entries.add(folder.getAbsolutePath());
				}
			}
		}
		return new ArrayList<>(entries);
	}

	private static File codeSource(Class<?> type) {
		try {
			return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
		} catch (java.net.URISyntaxException | RuntimeException e) {
			return null;
		}
	}
}
