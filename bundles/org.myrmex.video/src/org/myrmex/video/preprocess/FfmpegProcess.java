// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.preprocess;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.video.VideoException;

/**
 * Runs one {@code ffmpeg} command with {@code -progress pipe:1}, turning its {@code frame=N} reports (five a second)
 * into progress ticks. A tick checks cancellation; on cancel (or any failure) the process is killed and waited for,
 * so that the caller can delete its half-written output.
 */
final class FfmpegProcess {
	private static final int ERROR_LINES = 8;
	/** ffmpeg's exit code after a signal: Ctrl-C on a terminal reaches ffmpeg too, and it stops on its own. */
	private static final int INTERRUPTED = 255;

	private FfmpegProcess() {
	}

	/**
	 * Runs {@code executable args…} to the end.
	 *
	 * @param input the video named in error messages
	 * @param frames the expected frame count: the work {@code monitor} is given
	 * @return the last frame count ffmpeg reported
	 * @throws VideoException naming {@code input} with ffmpeg's last error lines when it fails
	 * @throws OperationCanceledException when the monitor is cancelled; the process has ended by then
	 */
	static int run(Path executable, List<String> args, Path input, int frames, SubMonitor monitor)
			throws VideoException {
		List<String> command = new ArrayList<>();
		command.add(executable.toString());
		command.addAll(List.of("-progress", "pipe:1", "-nostats", "-stats_period", "0.2"));
		command.addAll(args);
		monitor.setWorkRemaining(frames);
		Process process;
		try {
			process = new ProcessBuilder(command).redirectErrorStream(true).start();
		} catch (IOException e) {
			throw new VideoException(input, "cannot start " + executable + " (" + e.getMessage() + ")", e);
		}
		Deque<String> errors = new ArrayDeque<>();
		int done = 0;
		boolean finished = false;
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.startsWith("frame=") && line.substring(6).matches("\\d{1,10}")) {
					int frame = Integer.parseInt(line.substring(6));
					if (frame > done) {
						monitor.split(Math.min(frame, frames) - Math.min(done, frames));
						done = frame;
					}
				} else if (!line.matches("[a-z_0-9]+=.*")) {
					errors.addLast(line);
					if (errors.size() > ERROR_LINES) {
						errors.removeFirst();
					}
				}
				if (monitor.isCanceled()) {
					throw new OperationCanceledException();
				}
			}
			int code = process.waitFor();
			finished = true;
			if (code == INTERRUPTED || monitor.isCanceled()) {
				throw new OperationCanceledException("ffmpeg was interrupted");
			}
			if (code != 0) {
				throw new VideoException(input, "ffmpeg failed (exit code " + code + ")"
						+ (errors.isEmpty() ? "" : ": " + String.join(" / ", errors)));
			}
			return done;
		} catch (IOException e) {
			throw new VideoException(input, "lost contact with ffmpeg (" + e.getMessage() + ")", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException("interrupted");
		} finally {
			if (!finished) {
				kill(process);
			}
		}
	}

	/** Ends the process and waits until it has, so its output file is no longer written. */
	private static void kill(Process process) {
		process.destroyForcibly();
		boolean interrupted = false;
		while (true) {
			try {
				process.waitFor(10, TimeUnit.SECONDS);
				break;
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
