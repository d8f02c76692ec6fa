// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.predict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.myrmex.nn.predict.ModelException;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PredictionOptions;
import org.myrmex.nn.predict.PredictionRun;

/**
 * The models one labels editor predicts with, kept loaded while it is open: each model folder loaded once (its
 * weights in memory), and the last few prediction runs (with the graphs they built) kept idle by model folders and
 * options, so that predicting again — e.g. the current frame — skips loading and graph building. A run is taken out
 * while a job uses it and given back after. Thread-safe; close it when the editor closes.
 */
final class ModelCache implements AutoCloseable {
	/** Idle runs kept at most (each holds TensorFlow sessions). */
	static final int IDLE_RUNS = 3;

	/** The key of a run. */
	record Key(List<Path> folders, PredictionOptions options) {
	}

	private final Map<Path, PoseModel> models = new HashMap<>();
	private final Map<Path, ModelException> failures = new HashMap<>();
	private final LinkedHashMap<Key, PredictionRun> idle = new LinkedHashMap<>();
	private boolean closed;

	/**
	 * @return the model of {@code folder}, loaded on first use
	 * @throws ModelException naming the folder when it holds no model it can load (remembered until
	 *                        {@link #forget(Path)})
	 */
	synchronized PoseModel model(Path folder) throws ModelException {
		PoseModel model = models.get(folder);
		if (model != null) {
			return model;
		}
		ModelException failure = failures.get(folder);
		if (failure != null) {
			throw failure;
		}
		try {
			model = PoseModel.load(folder);
		} catch (ModelException e) {
			failures.put(folder, e);
			throw e;
		} catch (RuntimeException e) {
			ModelException wrapped = new ModelException(folder, "cannot load the model: " + e, e);
			failures.put(folder, wrapped);
			throw wrapped;
		}
		models.put(folder, model);
		return model;
	}

	/** Forgets what is known of {@code folder}, so that it is loaded again (e.g. when added again). */
	synchronized void forget(Path folder) {
		models.remove(folder);
		failures.remove(folder);
	}

	/**
	 * Takes a run for the models of {@code folders} with {@code options} out of the cache, or makes one.
	 *
	 * @throws ModelException naming a folder that holds no model, or a combination that cannot predict
	 */
	synchronized PredictionRun take(Key key) throws ModelException {
		PredictionRun run = idle.remove(key);
		if (run != null) {
			return run;
		}
		List<PoseModel> loaded = new ArrayList<>();
		for (Path folder : key.folders()) {
			loaded.add(model(folder));
		}
		return PredictionRun.create(loaded, key.options());
	}

	/** Gives a run back; it is closed when the cache is closed or holds enough idle runs. */
	synchronized void give(Key key, PredictionRun run) {
		if (closed) {
			run.close();
			return;
		}
		PredictionRun previous = idle.put(key, run);
		if (previous != null && previous != run) {
			previous.close();
		}
		Iterator<PredictionRun> oldest = idle.values().iterator();
		while (idle.size() > IDLE_RUNS) {
			oldest.next().close();
			oldest.remove();
		}
	}

	/** Closes the idle runs and forgets the models; runs still taken are closed when given back. */
	@Override
	public synchronized void close() {
		closed = true;
		idle.values().forEach(PredictionRun::close);
		idle.clear();
		models.clear();
		failures.clear();
	}
}
