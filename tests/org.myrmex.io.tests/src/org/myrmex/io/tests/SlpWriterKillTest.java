// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.io.SlpWriter;

/**
 * A save killed mid-way (the process dies: no exception handler, no cleanup) leaves the previous file intact.
 * <p>
 * The dying save runs in a child JVM ({@link SaveKillChild}). Its class path is, in order of preference: the system
 * property {@code myrmex.test.classpath}; the URLs of this test's class loader (JUnit's console launcher, IDEs);
 * inside OSGi, the locations of every installed bundle (jars as they are, reactor projects by their
 * {@code target/classes}).
 */
class SlpWriterKillTest {
	private static final int INSTANCES = 300_000;
	private static final long PAUSE_MILLIS = 150;
	private static final long TIMEOUT_MILLIS = 120_000;

	@TempDir
	Path folder;

	@Test
	void aSaveKilledMidwayLeavesThePreviousFileIntact() throws Exception {
		Path file = folder.resolve("labels.slp");
		SlpWriter.write(SlpWriterTest.sampleLabels(), file, new NullProgressMonitor());
		byte[] before = SlpWriterAtomicTest.sha256(file);
		Path log = Files.createTempFile("save-kill-child", ".log");
		Process child = new ProcessBuilder(command(file)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			Path temp = awaitGrowingTempFile(file, child, log);
			child.destroyForcibly();
			assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child did not die");
			assertTrue(Files.exists(temp), "the half-written temporary file stays behind: " + temp);
		} finally {
			child.destroyForcibly();
		}
		assertArrayEquals(before, SlpWriterAtomicTest.sha256(file), "the previous file changed");
		assertEquals("(3,) (5,) 1.2", SlpWriterTest.python("""
				f = h5py.File(sys.argv[1], 'r')
				print(f['frames'].shape, f['instances'].shape, f['metadata'].attrs['format_id'])
				""", file));
		Files.deleteIfExists(log);
	}

	/** Waits until the save's temporary file exists and grows between two looks. */
	private Path awaitGrowingTempFile(Path file, Process child, Path log) throws IOException, InterruptedException {
		String prefix = "." + file.getFileName() + ".";
		long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
		long lastSize = -1;
		while (System.currentTimeMillis() < deadline) {
			if (!child.isAlive()) {
				fail("the child ended (exit " + child.exitValue() + ") before it could be killed:\n" + Files.readString(log));
			}
			Optional<Path> temp;
			try (Stream<Path> files = Files.list(folder)) {
				temp = files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".tmp")).findFirst();
			}
			if (temp.isPresent()) {
				long size = Files.size(temp.get());
				if (lastSize > 0 && size > lastSize) {
					return temp.get();
				}
				lastSize = size;
			}
			Thread.sleep(20);
		}
		fail("no growing temporary file within " + TIMEOUT_MILLIS / 1000 + " s:\n" + Files.readString(log));
		return null;
	}

	private static List<String> command(Path file) {
		return childCommand(SaveKillChild.class, file.toString(), Integer.toString(INSTANCES),
				Long.toString(PAUSE_MILLIS));
	}

	/** @return the command line of a child JVM running {@code main} with {@code arguments}, on this test's class path */
	static List<String> childCommand(Class<?> main, String... arguments) {
		List<String> command = new ArrayList<>();
		command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-XX:TieredStopAtLevel=1"); // starts faster
		command.add("--add-opens");
		command.add("java.base/java.lang=ALL-UNNAMED");
		String cache = System.getProperty("org.bytedeco.javacpp.cachedir");
		if (cache != null) {
			command.add("-Dorg.bytedeco.javacpp.cachedir=" + cache);
		}
		command.add("-cp");
		command.add(classPath());
		command.add(main.getName());
		command.addAll(List.of(arguments));
		return command;
	}

	/** The class path of the child: see the class comment. */
	static String classPath() {
		String explicit = System.getProperty("myrmex.test.classpath");
		if (explicit != null && !explicit.isBlank()) {
			return explicit;
		}
		Set<String> entries = new LinkedHashSet<>();
		ClassLoader loader = SlpWriterKillTest.class.getClassLoader();
		if (loader instanceof URLClassLoader urls) {
			for (URL url : urls.getURLs()) {
				toPath(url.toString()).ifPresent(entries::add);
			}
		} else {
			entries.addAll(bundleLocations());
		}
		entries.addAll(List.of(System.getProperty("java.class.path", "").split(File.pathSeparator)));
		entries.remove("");
		return String.join(File.pathSeparator, entries);
	}

	/** Inside Equinox: every installed bundle's jar or project classes. */
	private static List<String> bundleLocations() {
		List<String> entries = new ArrayList<>();
		Bundle self = FrameworkUtil.getBundle(SlpWriterKillTest.class);
		if (self == null || self.getBundleContext() == null) {
			return entries;
		}
		for (Bundle installed : self.getBundleContext().getBundles()) {
			Optional<java.io.File> file = FileLocator.getBundleFileLocation(installed);
			if (file.isEmpty()) {
				continue;
			}
			Path where = file.get().toPath().toAbsolutePath().normalize();
			if (Files.isDirectory(where)) {
				// a reactor project: its classes, as Tycho's dev.properties maps them
				for (String classes : List.of("target/classes", "bin")) {
					if (Files.isDirectory(where.resolve(classes))) {
						entries.add(where.resolve(classes).toString());
					}
				}
			}
			entries.add(where.toString());
		}
		return entries;
	}

	/** A file location ({@code file:…}, {@code reference:file:…}, {@code initial@reference:file:…}) as a path. */
	private static Optional<String> toPath(String location) {
		int at = location.indexOf("file:");
		if (at < 0) {
			return Optional.empty();
		}
		String path = location.substring(at + "file:".length());
		try {
			if (path.startsWith("/")) {
				return Optional.of(Paths.get(new URL("file:" + path).toURI()).toString());
			}
		} catch (IOException | URISyntaxException | IllegalArgumentException e) {
			// not a URL: take it as written
		}
		return Optional.of(Path.of(URLDecoder.decode(path, StandardCharsets.UTF_8)).toAbsolutePath().toString());
	}
}
