// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Another process (a JVM started on a one-file Java program) holding the operating-system lock of a file, as a
 * workbench or command line training in the same run folder would; it lets go when closed.
 */
final class OtherProcessLock implements AutoCloseable {
	private static final String PROGRAM = """
			import java.nio.channels.FileChannel;
			import java.nio.file.*;
			public class Lock {
				public static void main(String[] args) throws Exception {
					try (FileChannel c = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
							StandardOpenOption.WRITE); var lock = c.lock()) {
						System.out.println("locked");
						System.out.flush();
						System.in.read();
					}
				}
			}
			""";
	private final Process process;

	/** Starts the process and waits until it holds the lock of {@code file}. */
	OtherProcessLock(Path file, Path scratch) throws IOException {
		Path source = scratch.resolve("Lock.java");
		Files.writeString(source, PROGRAM);
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		process = new ProcessBuilder(java.toString(), source.toString(), file.toString())
				.redirectError(ProcessBuilder.Redirect.INHERIT).start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		assertEquals("locked", out.readLine(), "the other process locked " + file);
	}

	/** Ends the process (its lock goes with it). */
	@Override
	public void close() throws InterruptedException {
		process.destroyForcibly();
		process.waitFor();
	}
}
