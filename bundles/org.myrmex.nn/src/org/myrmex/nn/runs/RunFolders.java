// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.runs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.myrmex.nn.internal.train.RunLock;
import org.myrmex.nn.internal.train.RunMarker;
import org.myrmex.nn.internal.train.RunState;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads run folders: Myrmex's ({@code training_config.json}, {@code training_log.csv}, the {@code best_model}
 * SavedModel, {@code checkpoint/state.json}, and how the last training ended: {@code run_state.json} with the lock
 * {@code run.lock} held while training) and SLEAP's ({@code best_model.h5}, {@code training_config.json},
 * {@code training_log.csv}).
 */
public final class RunFolders {
	private static final ObjectMapper JSON = new ObjectMapper();
	private static final Pattern RUN_TIME = Pattern.compile("(\\d{6}_\\d{6})");
	private static final DateTimeFormatter RUN_TIME_FORMAT = DateTimeFormatter.ofPattern("yyMMdd_HHmmss");

	private RunFolders() {
	}

	/** @return the run folders directly in {@code folder} (e.g. {@code <labels folder>/models}), by name */
	public static List<RunInfo> scan(Path folder) {
		List<RunInfo> runs = new ArrayList<>();
		if (!Files.isDirectory(folder)) {
			return runs;
		}
		try (Stream<Path> children = Files.list(folder)) {
			for (Path child : children.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
				RunInfo info = read(child);
				if (info.status() != RunStatus.NOT_A_RUN) {
					runs.add(info);
				}
			}
		} catch (IOException e) {
			// an unreadable folder holds no runs we can show
		}
		return runs;
	}

	/** @return what {@code folder} holds; status {@link RunStatus#NOT_A_RUN} for any other folder or file */
	public static RunInfo read(Path folder) {
		Path config = folder.resolve("training_config.json");
		Path log = folder.resolve("training_log.csv");
		Path state = folder.resolve("checkpoint").resolve("state.json");
		Path markerFile = folder.resolve(RunMarker.FILE);
		if (!Files.isDirectory(folder) || !(Files.isRegularFile(config) || Files.isRegularFile(log)
				|| Files.isRegularFile(state) || Files.isRegularFile(markerFile))) {
			return new RunInfo(folder, false, null, null, null, 0, 0, Double.NaN, RunStatus.NOT_A_RUN, false, null,
					null);
		}
		boolean savedModel = Files.isRegularFile(folder.resolve("best_model").resolve("saved_model.pb"));
		boolean myrmex = Files.isRegularFile(state) || Files.isRegularFile(markerFile) || savedModel;
		boolean model = savedModel || Files.isRegularFile(folder.resolve("best_model.h5"));
		JsonNode json = null;
		String problem = null;
		if (Files.isRegularFile(config)) {
			try {
				json = JSON.readTree(config.toFile());
			} catch (IOException e) {
				problem = config + " cannot be read: " + e.getMessage();
			}
		}
		String head = json == null ? null : head(json);
		int epochs = json == null ? 0 : json.path("optimization").path("epochs").asInt(0);
		String labels = json == null ? null : json.path("data").path("labels").path("training_labels").asText(null);
		TrainingLogSummary summary = TrainingLogSummary.read(log);
		RunState checkpoint = readState(state);
		int done = checkpoint != null ? checkpoint.epochsDone() : summary.rows();
		RunMarker marker = RunMarker.read(folder);
		RunStatus status;
		if (RunLock.held(folder)) {
			status = RunStatus.RUNNING;
		} else if (marker != null) {
			status = switch (marker.state == null ? "" : marker.state) {
			case RunMarker.COMPLETE -> model ? RunStatus.COMPLETE : RunStatus.NO_MODEL;
			case RunMarker.STOPPED -> RunStatus.STOPPED;
			case RunMarker.FAILED -> RunStatus.FAILED;
			default -> RunStatus.CRASHED;
			};
			problem = marker.message != null ? marker.message : problem;
		} else if (checkpoint != null) { // a run older than the marker
			boolean finished = checkpoint.stopped() || epochs > 0 && checkpoint.epochsDone() >= epochs;
			status = finished && model ? RunStatus.COMPLETE : RunStatus.CRASHED;
		} else {
			status = model ? RunStatus.COMPLETE : RunStatus.NO_MODEL;
		}
		return new RunInfo(folder, myrmex, pipeline(head), head, date(folder, config, log), done, epochs,
				summary.bestLoss(), status, checkpoint != null, labels, problem);
	}

	private static RunState readState(Path state) {
		if (!Files.isRegularFile(state)) {
			return null;
		}
		try {
			return RunState.read(state);
		} catch (IOException e) {
			return null;
		}
	}

	/** @return the key of the configuration's one non-null head, or null */
	private static String head(JsonNode json) {
		JsonNode heads = json.path("model").path("heads");
		for (var fields = heads.fields(); fields.hasNext();) {
			var field = fields.next();
			if (!field.getValue().isNull()) {
				return field.getKey();
			}
		}
		return null;
	}

	/** @return the pipeline that trains a model with {@code head}, in words */
	static String pipeline(String head) {
		if (head == null) {
			return null;
		}
		return switch (head) {
		case "single_instance" -> "single animal";
		case "centroid", "centered_instance" -> "top-down";
		case "multi_instance" -> "bottom-up";
		case "multi_class_topdown" -> "top-down (identities)";
		case "multi_class_bottomup" -> "bottom-up (identities)";
		default -> head;
		};
	}

	/** @return the time in the run's name ({@code yyMMdd_HHmmss}), else when its files were last written */
	private static LocalDateTime date(Path folder, Path config, Path log) {
		Matcher m = RUN_TIME.matcher(folder.getFileName().toString());
		if (m.find()) {
			try {
				return LocalDateTime.parse(m.group(1), RUN_TIME_FORMAT);
			} catch (DateTimeParseException e) {
				// digits that are no date: use the files' time
			}
		}
		for (Path file : List.of(log, config, folder)) {
			try {
				return LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
			} catch (IOException e) {
				// try the next
			}
		}
		return null;
	}
}
