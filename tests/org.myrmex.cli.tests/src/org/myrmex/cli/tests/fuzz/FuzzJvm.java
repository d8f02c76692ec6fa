// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.myrmex.fixtures.ChildJvm;


/**
 * A child JVM running {@link FuzzChild} on a plain class path made of the running OSGi framework's bundles (or this
 * JVM's class path outside OSGi). It answers one case at a time; a case that gets no answer in time is a hang (the
 * child is killed), a child that ends without answering is a crash; either way the next case starts a fresh child.
 */
public final class FuzzJvm implements AutoCloseable {
	private final List<String> command;
	private final Path log;
	private Process process;
	private Writer input;
	private BlockingQueue<String> answers;

	/** @param scratch where the child keeps its video index and log (never next to the inputs) */
	FuzzJvm(Path scratch) {
		this.log = scratch.resolve("child.log");
		command = ChildJvm.command(FuzzChild.class, List.of("-Xmx768m", "-XX:+UseSerialGC",
				"-Xss4m", "-XX:TieredStopAtLevel=1", "-Dmyrmex.video.indexDir=" + scratch.resolve("video-index")));
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
		if (answer.equals(ChildJvm.END)) {
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
		ChildJvm.readMarked(process, FuzzChild.MARK, queue);
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
}
