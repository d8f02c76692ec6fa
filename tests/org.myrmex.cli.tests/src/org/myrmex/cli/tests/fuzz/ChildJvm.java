// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * A child JVM running {@link FuzzChild} on a plain class path made of the running OSGi framework's bundles (or this
 * JVM's class path outside OSGi). It answers one case at a time; a case that gets no answer in time is a hang (the
 * child is killed), a child that ends without answering is a crash; either way the next case starts a fresh child.
 */
public final class ChildJvm implements AutoCloseable {
	private static final String EOF = "\u0000eof";
	private final List<String> command;
	private final Path log;
	private Process process;
	private Writer input;
	private BlockingQueue<String> answers;

	/** @param scratch where the child keeps its video index and log (never next to the inputs) */
	ChildJvm(Path scratch) {
		this.log = scratch.resolve("child.log");
		command = command(FuzzChild.class, "-Xmx768m", "-XX:+UseSerialGC", "-Xss4m",
				"-Dmyrmex.video.indexDir=" + scratch.resolve("video-index"));
	}

	/**
	 * @return the command line of a JVM running {@code main} on the running bundles' class path, headless, with
	 *         this JVM's JavaCPP cache and {@code options}
	 */
	public static List<String> command(Class<?> main, String... options) {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of(options));
		command.addAll(List.of("-XX:TieredStopAtLevel=1", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
				"-Djava.awt.headless=true"));
		String cache = System.getProperty("org.bytedeco.javacpp.cachedir");
		if (cache != null) {
			command.add("-Dorg.bytedeco.javacpp.cachedir=" + cache);
		}
		command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath()), main.getName()));
		return command;
	}

	/** @return {@code OUTCOME<tab>detail} for one case, within {@code limitMillis} */
	String ask(Format format, Path file, long limitMillis) throws IOException, InterruptedException {
		if (process == null) {
			start();
		}
		input.write(format + "\t" + file + "\n");
		input.flush();
		String answer = answers.poll(limitMillis, TimeUnit.MILLISECONDS);
		if (answer == null) {
			stop();
			return Outcome.HANG + "\tno answer in " + limitMillis + " ms";
		}
		if (answer.equals(EOF)) {
			int exit = process.waitFor();
			stop();
			return Outcome.CRASH + "\texit " + exit + ": " + tail();
		}
		return answer;
	}

	private void start() throws IOException, InterruptedException {
		Files.deleteIfExists(log);
		process = new ProcessBuilder(command).redirectErrorStream(false)
				.redirectError(ProcessBuilder.Redirect.to(log.toFile())).start();
		input = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
		BlockingQueue<String> queue = new LinkedBlockingQueue<>();
		answers = queue;
		Process started = process;
		Thread reader = new Thread(() -> {
			try (var lines = started.inputReader(StandardCharsets.UTF_8)) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					if (line.startsWith(FuzzChild.MARK)) {
						queue.add(line.substring(FuzzChild.MARK.length()));
					}
				}
			} catch (IOException e) {
				// the child died: EOF below says so
			}
			queue.add(EOF);
		}, "fuzz child answers");
		reader.setDaemon(true);
		reader.start();
		String ready = queue.poll(120, TimeUnit.SECONDS);
		if (!"READY".equals(ready)) {
			stop();
			throw new IOException("the fuzz child JVM did not start: " + tail());
		}
	}

	private String tail() {
		try {
			String text = Files.exists(log) ? Files.readString(log, StandardCharsets.ISO_8859_1) : "";
			return text.substring(Math.max(0, text.length() - 1500)).replace('\n', ' ').replace('\t', ' ');
		} catch (IOException e) {
			return "(no log: " + e.getMessage() + ")";
		}
	}

	private void stop() throws InterruptedException {
		if (process != null) {
			process.destroyForcibly();
			process.waitFor(30, TimeUnit.SECONDS);
			process = null;
		}
	}

	@Override
	public void close() throws InterruptedException {
		stop();
	}

	/** @return the jars and folders of the running OSGi framework's bundles, or this JVM's class path */
	public static List<String> classPath() {
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
