// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.runs;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.myrmex.nn.runs.RunInfo;
import org.myrmex.nn.runs.RunStatus;
import org.myrmex.training.ui.internal.session.TrainingSession;
import org.myrmex.training.ui.internal.session.TrainingSessions;

/** The Model Runs view's columns: header, alignment and text of a row (later issues add metrics here). */
final class RunColumns {
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/** A column: its header, whether its text is a number (right-aligned), its text for a row. */
	record Column(String header, boolean numeric, Function<RunRow, String> text) {
	}

	/** The columns, in the order of {@link ModelRunsView#RUN} and the other indexes. */
	static final List<Column> ALL = List.of(
			new Column("Run", false, row -> row.folder().getFileName().toString()),
			new Column("Pipeline", false, row -> orEmpty(row.info().pipeline())),
			new Column("Head", false, row -> row.info().headTitle()),
			new Column("Date", false, row -> row.info().date() == null ? "" : DATE.format(row.info().date())),
			new Column("Epochs", true, RunColumns::epochs),
			new Column("Best val. loss", true, RunColumns::loss),
			new Column("State", false, RunColumns::state));

	private RunColumns() {
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	private static String epochs(RunRow row) {
		RunInfo info = row.info();
		return info.epochs() > 0 ? info.epochsDone() + " / " + info.epochs() : String.valueOf(info.epochsDone());
	}

	private static String loss(RunRow row) {
		double loss = row.info().bestLoss();
		return Double.isNaN(loss) ? "" : String.format(Locale.ROOT, "%.4g", loss);
	}

	/** @return the state: this workbench's session when it trains the run, else what the folder says */
	static String state(RunRow row) {
		TrainingSession session = TrainingSessions.get().active(row.folder()).orElse(null);
		if (session != null) {
			return session.state().name().toLowerCase(Locale.ROOT);
		}
		RunInfo info = row.info();
		String label = info.status().label();
		return info.canResume() && info.status() != RunStatus.STOPPED ? label + " (resumable)" : label;
	}

	/** @return whether the run is training now, here or in another process */
	static boolean running(RunRow row) {
		return TrainingSessions.get().active(row.folder()).isPresent() || row.info().status() == RunStatus.RUNNING;
	}

	/** @return the row's tooltip: the folder, and why it failed */
	static String tooltip(RunRow row) {
		String message = row.info().message();
		return row.folder() + (message == null ? "" : "\n" + message);
	}
}
