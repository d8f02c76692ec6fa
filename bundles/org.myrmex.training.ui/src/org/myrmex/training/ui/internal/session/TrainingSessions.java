// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.session;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/**
 * The training sessions of this workbench, newest last: the Training Monitor lists them, the Model Runs view
 * asks them which run folders are being trained. {@link #start} schedules a group of runs (a top-down pair) as
 * jobs that run one after the other.
 */
public final class TrainingSessions {
	private static final TrainingSessions INSTANCE = new TrainingSessions();
	private final List<TrainingSession> sessions = new CopyOnWriteArrayList<>();
	private final List<Consumer<TrainingSession>> listeners = new CopyOnWriteArrayList<>();

	private TrainingSessions() {
	}

	/** @return the workbench's sessions */
	public static TrainingSessions get() {
		return INSTANCE;
	}

	/** @return every session, oldest first */
	public List<TrainingSession> all() {
		return List.copyOf(sessions);
	}

	/** @return the newest session training (or waiting to train) in {@code runFolder} */
	public Optional<TrainingSession> active(Path runFolder) {
		Path wanted = runFolder.toAbsolutePath().normalize();
		for (int i = sessions.size() - 1; i >= 0; i--) {
			TrainingSession s = sessions.get(i);
			TrainingSession.State state = s.state();
			if (s.runFolder().toAbsolutePath().normalize().equals(wanted) && (state == TrainingSession.State.WAITING
					|| state == TrainingSession.State.RUNNING || state == TrainingSession.State.STOPPING)) {
				return Optional.of(s);
			}
		}
		return Optional.empty();
	}

	/** @param listener told of every session added (on the thread that adds it) */
	public void addListener(Consumer<TrainingSession> listener) {
		listeners.add(listener);
	}

	/** @param listener no longer told */
	public void removeListener(Consumer<TrainingSession> listener) {
		listeners.remove(listener);
	}

	/**
	 * Adds the sessions and schedules one job each; the jobs run in the given order, one at a time.
	 *
	 * @return the jobs, in order
	 */
	public List<TrainingJob> start(List<TrainingSession> group) {
		ISchedulingRule rule = new GroupRule();
		List<TrainingJob> jobs = group.stream().map(s -> new TrainingJob(s, rule)).toList();
		for (TrainingSession session : group) {
			sessions.add(session);
			listeners.forEach(l -> l.accept(session));
		}
		jobs.forEach(TrainingJob::schedule);
		return jobs;
	}

	/** One group's runs exclude each other, and every training run excludes other groups' (one CPU/GPU). */
	private static final class GroupRule implements ISchedulingRule {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule instanceof GroupRule;
		}
	}
}
