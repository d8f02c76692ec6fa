// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.wizard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.myrmex.nn.ComputeDevice;
import org.myrmex.nn.config.Pipeline;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.config.TrainingConfigException;
import org.myrmex.nn.config.TrainingConfigJson;
import org.myrmex.nn.config.TrainingProfile;
import org.myrmex.nn.config.TrainingProfiles;
import org.myrmex.nn.train.ConfigCheck;
import org.myrmex.training.ui.internal.predict.AfterTraining;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the training wizard is setting up: the labels (their file, skeleton nodes and why they cannot train), the
 * pipeline, the device, and each model's configuration as an editable SLEAP JSON tree. Pages read and write the
 * trees; {@link #problems(String)} checks a model as it would train.
 */
final class TrainingSetup {
	private static final ObjectMapper JSON = new ObjectMapper();
	private final Map<String, ObjectNode> trees = new HashMap<>();
	private final List<Runnable> listeners = new ArrayList<>();
	private Path labelsFile;
	private List<String> nodes = List.of();
	private String labelsProblem = "Choose a labels file";
	private Pipeline pipeline = Pipeline.TOP_DOWN;
	private ComputeDevice device = ComputeDevice.AUTO;
	private String profileName = "";
	private AfterTraining afterTraining = AfterTraining.NOTHING;

	TrainingSetup() {
		for (Pipeline p : Pipeline.values()) {
			TrainingProfiles.builtIn().stream().filter(profile -> profile.pipeline() == p).findFirst()
					.ifPresent(this::apply);
		}
		pipeline = Pipeline.TOP_DOWN;
		profileName = TrainingProfiles.builtIn().get(0).name();
	}

	/** Takes a profile's configurations (models it lacks keep theirs) and its pipeline. */
	void apply(TrainingProfile profile) {
		for (Map.Entry<String, TrainingConfig> e : profile.configs().entrySet()) {
			trees.put(e.getKey(), tree(e.getValue()));
		}
		pipeline = profile.pipeline();
		profileName = profile.name();
		changed();
	}

	private static ObjectNode tree(TrainingConfig config) {
		try {
			return (ObjectNode) JSON.readTree(TrainingConfigJson.toJson(config));
		} catch (JsonProcessingException e) {
			throw new IllegalStateException("a configuration Myrmex wrote cannot be read back", e);
		}
	}

	/** @return the JSON tree of the model with this head (pages edit it in place, then call {@link #changed()}) */
	ObjectNode tree(String head) {
		return trees.get(head);
	}

	/** @return the model's configuration as it would train, without labels */
	TrainingConfig config(String head) throws TrainingConfigException {
		return TrainingConfigJson.parse(trees.get(head).toString(), head + " model");
	}

	/**
	 * @param runName the run name to record, or null for SLEAP's default
	 * @return the model's configuration as it trains: the labels file set as its training labels
	 */
	TrainingConfig forTraining(String head, String runName) throws TrainingConfigException {
		ObjectNode copy = trees.get(head).deepCopy();
		((ObjectNode) copy.at("/data/labels")).put("training_labels", labelsFile.toAbsolutePath().toString());
		ObjectNode outputs = (ObjectNode) copy.at("/outputs");
		outputs.put("runs_folder", "models"); // beside the labels, whatever machine a profile came from
		if (runName != null) {
			outputs.put("run_name", runName);
		}
		return TrainingConfigJson.parse(copy.toString(), head + " model");
	}

	/** @return the models of the pipeline, by head key, parsed; throws on the first that does not parse */
	Map<String, TrainingConfig> configs() throws TrainingConfigException {
		Map<String, TrainingConfig> configs = new LinkedHashMap<>();
		for (String head : pipeline.heads()) {
			configs.put(head, config(head));
		}
		return configs;
	}

	/** @return why the model with this head cannot train on these labels; empty when it can */
	List<String> problems(String head) {
		try {
			return ConfigCheck.problems(config(head), nodes);
		} catch (TrainingConfigException e) {
			return List.of(e.getMessage());
		}
	}

	/** @return the first reason anything set up cannot train, or null */
	String firstProblem() {
		if (labelsProblem != null) {
			return labelsProblem;
		}
		for (String head : pipeline.heads()) {
			List<String> problems = problems(head);
			if (!problems.isEmpty()) {
				return head + " model: " + problems.get(0);
			}
		}
		return null;
	}

	void setLabels(Path file, List<String> nodeNames, String problem) {
		labelsFile = file;
		nodes = List.copyOf(nodeNames);
		labelsProblem = problem;
		changed();
	}

	Path labelsFile() {
		return labelsFile;
	}

	List<String> nodes() {
		return nodes;
	}

	String labelsProblem() {
		return labelsProblem;
	}

	Pipeline pipeline() {
		return pipeline;
	}

	void setPipeline(Pipeline value) {
		pipeline = value;
		changed();
	}

	ComputeDevice device() {
		return device;
	}

	void setDevice(ComputeDevice value) {
		device = value;
	}

	AfterTraining afterTraining() {
		return afterTraining;
	}

	void setAfterTraining(AfterTraining value) {
		afterTraining = value;
	}

	String profileName() {
		return profileName;
	}

	void addListener(Runnable listener) {
		listeners.add(listener);
	}

	/** Tells the pages that something changed. */
	void changed() {
		List.copyOf(listeners).forEach(Runnable::run);
	}
}
