// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A second Myrmex workbench in a process of its own, started from the OSGi configuration of the test runtime
 * (tycho-surefire's {@code config.ini} names the same bundles the product has; the surefire test application is
 * chosen on the test runtime's command line, not there, so the copy runs {@code org.myrmex.ui.application}). It
 * is driven from outside as a person would: its windows found with {@code xdotool}, keys and clicks sent through
 * XTest. What it does is read from outside too: the files it writes and the files it holds open.
 */
final class ChildWorkbench implements AutoCloseable {
	/** The first start makes the sample project (a synthetic video): a hang guard, not a timing check. */
	static final long PATIENCE_MS = 300_000;

	private final Process process;
	private final Path log;

	private ChildWorkbench(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts the workbench on {@code workspace}, its OSGi configuration in {@code configuration} (copied from the
	 * test runtime's on the first start), its output appended to {@code log}, opening the labels {@code files}
	 * named on its command line.
	 */
	static ChildWorkbench start(Path workspace, Path configuration, Path log, Path... files) throws IOException {
		Path configIni = configuration.resolve("config.ini");
		if (!Files.exists(configIni)) {
			Files.createDirectories(configuration);
			Files.copy(Path.of(fileUrl("osgi.configuration.area")).resolve("config.ini"), configIni);
		}
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"--add-opens", "java.base/java.lang=ALL-UNNAMED",
				"-Dorg.bytedeco.javacpp.cachedir=" + System.getProperty("org.bytedeco.javacpp.cachedir"),
				"-jar", fileUrl("osgi.framework"),
				"-configuration", configuration.toString(), "-data", workspace.toString(),
				"-application", "org.myrmex.ui.application", "-product", "org.myrmex.ui.product",
				"-nosplash", "-consoleLog"));
		for (Path file : files) {
			command.add(file.toString());
		}
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		// GTK's list of recently used files (the file dialog opens on it) stays out of the user's home
		builder.environment().put("XDG_DATA_HOME", configuration.resolveSibling("xdg-data").toString());
		Process process = builder.start();
		return new ChildWorkbench(process, log);
	}

	/** @return the path of the {@code file:} URL in system property {@code key} of the test runtime */
	private static String fileUrl(String key) {
		String url = System.getProperty(key);
		if (url == null) {
			fail("system property " + key + " is not set: the test does not run in an Equinox runtime");
		}
		try {
			return new URL(url).getPath();
		} catch (MalformedURLException e) {
			throw new AssertionError(key + " is not a URL: " + url, e);
		}
	}

	long pid() {
		return process.pid();
	}

	/** @return whether the process holds {@code file} open (an editor of the workbench shows a video while it does) */
	boolean holdsOpen(Path file) {
		Path wanted = file.toAbsolutePath().normalize();
		try (Stream<Path> descriptors = Files.list(Path.of("/proc", Long.toString(pid()), "fd"))) {
			return descriptors.anyMatch(descriptor -> {
				try {
					return Files.readSymbolicLink(descriptor).equals(wanted);
				} catch (IOException e) {
					return false; // closed meanwhile
				}
			});
		} catch (IOException e) {
			return false; // not running
		}
	}

	/** @return the visible window of the process whose title matches {@code titleRegex}, or null */
	String window(String titleRegex) {
		String[] found = xdotool("search", "--all", "--onlyvisible", "--pid", Long.toString(pid()), "--name",
				titleRegex).split("\\s+");
		return found[0].isEmpty() ? null : found[0];
	}

	/** Waits (spinning the test's own event loop) for the window titled {@code titleRegex}. */
	String awaitWindow(String titleRegex) {
		String[] window = new String[1];
		await(() -> (window[0] = window(titleRegex)) != null, "a window titled " + titleRegex);
		return window[0];
	}

	/**
	 * Raises {@code window} and gives it the keyboard focus with the pointer at its centre, clicking {@code button}
	 * (0: none). There is no window manager under Xvfb: this is what one does when a person clicks a window.
	 */
	void focus(String window, int button) {
		String[] size = xdotool("getwindowgeometry", "--shell", window).split("\\s+");
		int width = 0;
		int height = 0;
		for (String line : size) {
			if (line.startsWith("WIDTH=")) {
				width = Integer.parseInt(line.substring(6));
			} else if (line.startsWith("HEIGHT=")) {
				height = Integer.parseInt(line.substring(7));
			}
		}
		xdotool("windowraise", window);
		xdotool("mousemove", "--window", window, Integer.toString(width / 2), Integer.toString(height / 2));
		xdotool("windowfocus", "--sync", window);
		if (button != 0) {
			xdotool("click", Integer.toString(button));
		}
		Gui.settle();
	}

	/** Types {@code chord} (xdotool's key names, e.g. {@code ctrl+i}) to the window with the focus. */
	void key(String chord) {
		xdotool("key", "--clearmodifiers", chord);
		Gui.settle();
	}

	void type(String text) {
		xdotool("type", "--delay", "20", text);
		Gui.settle();
	}

	/** @return whether {@code condition} held within {@code milliseconds}, spinning the test's own event loop */
	boolean within(long milliseconds, BooleanSupplier condition) {
		long deadline = System.currentTimeMillis() + milliseconds;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				return false;
			}
			Gui.settle();
		}
		return true;
	}

	/** Waits for {@code condition}, spinning the test's own event loop; a hang guard with the child's log. */
	void await(BooleanSupplier condition, String what) {
		long deadline = System.currentTimeMillis() + PATIENCE_MS;
		while (!condition.getAsBoolean()) {
			if (!process.isAlive()) {
				fail("the workbench process ended (" + process.exitValue() + ") while waiting for " + what + logTail());
			}
			if (System.currentTimeMillis() > deadline) {
				try {
					Gui.screenshotScreen("kill-restart-gave-up");
				} catch (IOException e) {
					// the failure below says what matters
				}
				fail("gave up waiting for " + what + logTail());
			}
			Gui.settle();
		}
	}

	/** Kills the process with SIGKILL (no shutdown hook, nothing saved) and returns its exit status. */
	int kill() throws InterruptedException {
		process.destroyForcibly(); // SIGKILL on Linux
		return process.waitFor();
	}

	@Override
	public void close() throws InterruptedException {
		if (process.isAlive()) {
			kill();
		}
	}

	private String logTail() {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
			return "\nlast lines of " + log + ":\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		} catch (IOException e) {
			return "";
		}
	}

	/** @return what xdotool printed; empty when a search found nothing */
	private static String xdotool(String... arguments) {
		List<String> command = new ArrayList<>(List.of("xdotool"));
		command.addAll(List.of(arguments));
		try {
			Process xdotool = new ProcessBuilder(command).redirectErrorStream(true).start();
			if (!xdotool.waitFor(30, TimeUnit.SECONDS)) { // its few lines of output fit in the pipe
				xdotool.destroyForcibly();
				fail(String.join(" ", command) + " did not return");
			}
			String output = new String(xdotool.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
			if (xdotool.exitValue() != 0 && !"search".equals(arguments[0])) {
				fail(String.join(" ", command) + " failed: " + output);
			}
			return xdotool.exitValue() == 0 ? output : "";
		} catch (IOException e) {
			throw new AssertionError("xdotool drives the workbench in these tests (releng/install-deps.sh --test installs it)", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", e);
		}
	}
}
