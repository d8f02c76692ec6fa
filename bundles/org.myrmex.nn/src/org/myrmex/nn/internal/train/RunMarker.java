// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.train;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.myrmex.io.AtomicFiles;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * {@code run_state.json} in a run folder: how the run's last training ended, written atomically. {@code running}
 * when training starts, then on the way out {@code complete} (every epoch done, or early stopping), {@code stopped}
 * (cancelled) or {@code failed} (an error, with its message). A run still marked {@code running} whose
 * {@link RunLock} nobody holds was killed.
 * <pre>{"state" : "complete", "epochs_done" : 3, "time" : "2026-12-06T10:55:00Z", "pid" : 4242, "message" : null}</pre>
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class RunMarker {
	/** The file's name in the run folder. */
	public static final String FILE = "run_state.json";
	/** Training (or killed while training, when nobody holds the lock). */
	public static final String RUNNING = "running";
	/** Every epoch done, or stopped early by the plateau rule. */
	public static final String COMPLETE = "complete";
	/** Cancelled; the latest checkpoint can be resumed. */
	public static final String STOPPED = "stopped";
	/** Ended with an error ({@link #message}). */
	public static final String FAILED = "failed";
	private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

	/** One of {@link #RUNNING}, {@link #COMPLETE}, {@link #STOPPED}, {@link #FAILED}. */
	public String state;
	/** Epochs completed when the marker was written. */
	@JsonProperty("epochs_done")
	public int epochsDone;
	/** When the marker was written (ISO-8601, UTC). */
	public String time;
	/** The process that wrote it. */
	public long pid;
	/** Why the run failed, else null. */
	public String message;

	/** Writes a marker into {@code folder} atomically. */
	public static void write(Path folder, String state, int epochsDone, String message) throws IOException {
		RunMarker marker = new RunMarker();
		marker.state = state;
		marker.epochsDone = epochsDone;
		marker.time = Instant.now().toString();
		marker.pid = ProcessHandle.current().pid();
		marker.message = message;
		byte[] bytes = JSON.writeValueAsBytes(marker);
		AtomicFiles.write(folder.resolve(FILE), out -> out.write(bytes));
	}

	/** @return the marker of {@code folder}, or null when it has none or it cannot be read */
	public static RunMarker read(Path folder) {
		Path file = folder.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try {
			return JSON.readValue(Files.readAllBytes(file), RunMarker.class);
		} catch (IOException e) {
			return null;
		}
	}
}
