// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.monitor;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.myrmex.nn.train.BatchProgress;
import org.myrmex.nn.train.EpochSummary;
import org.myrmex.nn.train.TrainingPlan;
import org.myrmex.training.ui.internal.session.TrainingSession;

/** How the Training Monitor words a session. */
final class SessionText {
	private SessionText() {
	}

	/** @return the run folder the session trains in (the plan's once known), or null before it is chosen */
	static Path folder(TrainingSession session) {
		TrainingPlan plan = session.plan();
		return plan != null ? plan.runFolder() : session.runFolder();
	}

	/** @return e.g. "centroid — 241206_110501.centroid — running epoch 3/10" */
	static String entry(TrainingSession session) {
		Path folder = folder(session);
		return session.name() + " — " + (folder == null ? "new run" : folder.getFileName()) + " — " + state(session);
	}

	/** @return the state in words, with the epoch while training */
	static String state(TrainingSession session) {
		TrainingPlan plan = session.plan();
		BatchProgress batch = session.lastBatch();
		return switch (session.state()) {
		case WAITING -> "waiting";
		case RUNNING -> plan == null ? "reading data"
				: "running epoch " + (batch == null ? plan.firstEpoch() : batch.epoch()) + "/" + plan.epochs();
		case STOPPING -> "stopping";
		case STOPPED -> "stopped" + (plan == null ? "" : " after epoch " + lastEpoch(session) + "/" + plan.epochs());
		case COMPLETE -> "complete";
		case FAILED -> "failed";
		};
	}

	/** @return the last epoch finished, counting those before a resume */
	static int lastEpoch(TrainingSession session) {
		var epochs = session.epochs();
		TrainingPlan plan = session.plan();
		return !epochs.isEmpty() ? epochs.get(epochs.size() - 1).epoch() : plan == null ? 0 : plan.firstEpoch() - 1;
	}

	/** @return "epoch 3/10 · step 2/5" or a dash */
	static String progress(TrainingSession session) {
		TrainingPlan plan = session.plan();
		BatchProgress batch = session.lastBatch();
		if (plan == null) {
			return "—";
		}
		if (batch == null) {
			return "epoch " + plan.firstEpoch() + "/" + plan.epochs() + " · step 0/" + plan.trainingBatches();
		}
		return "epoch " + batch.epoch() + "/" + plan.epochs() + " · step " + batch.batch() + "/" + batch.batches();
	}

	/** @return "1 h 02 min", "3 min 05 s", "12 s", or a dash when unknown */
	static String duration(long nanos) {
		if (nanos < 0) {
			return "—";
		}
		long s = Math.round(nanos / 1e9);
		if (s >= 3600) {
			return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
		}
		return s >= 60 ? String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60) : s + " s";
	}

	/** @return a loss in 4 significant digits, or a dash */
	static String loss(double value) {
		return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4g", value) : "—";
	}

	/**
	 * @return the epochs of {@code session}'s run, those of the sessions before it on the same run folder (the run it
	 *         resumed) included, in order
	 */
	static List<EpochSummary> history(TrainingSession session, List<TrainingSession> all) {
		Path folder = folder(session);
		Map<Integer, EpochSummary> epochs = new TreeMap<>();
		if (folder != null) {
			for (TrainingSession s : all) {
				if (s == session) {
					break;
				}
				if (folder.equals(folder(s))) {
					s.epochs().forEach(e -> epochs.put(e.epoch(), e));
				}
			}
		}
		int first = session.plan() == null ? Integer.MAX_VALUE : session.plan().firstEpoch();
		epochs.keySet().removeIf(epoch -> epoch >= first);
		session.epochs().forEach(e -> epochs.put(e.epoch(), e));
		return List.copyOf(epochs.values());
	}
}
