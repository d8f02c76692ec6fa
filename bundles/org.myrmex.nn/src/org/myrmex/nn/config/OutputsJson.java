// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

import org.myrmex.nn.config.OutputsConfig.Checkpointing;
import org.myrmex.nn.config.OutputsConfig.TensorBoard;
import org.myrmex.nn.config.OutputsConfig.Zmq;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and writes the {@code outputs} section. */
final class OutputsJson {
	private OutputsJson() {
	}

	static OutputsConfig read(JsonSection s) throws TrainingConfigException {
		OutputsConfig d = OutputsConfig.defaults();
		boolean keepViz = s.has("keep_viz_images") ? s.bool("keep_viz_images", d.keepVizImages())
				: !s.bool("delete_viz_images", !d.keepVizImages());
		return new OutputsConfig(s.bool("save_outputs", d.saveOutputs()), s.text("run_name", null),
				s.text("run_name_prefix", d.runNamePrefix()), s.text("run_name_suffix", null),
				s.text("runs_folder", d.runsFolder()), s.texts("tags", d.tags()),
				s.bool("save_visualizations", d.saveVisualizations()), keepViz, s.bool("zip_outputs", d.zipOutputs()),
				s.bool("log_to_csv", d.logToCsv()), checkpointing(s.section("checkpointing")),
				tensorBoard(s.section("tensorboard")), zmq(s.section("zmq")));
	}

	private static Checkpointing checkpointing(JsonSection s) throws TrainingConfigException {
		Checkpointing d = Checkpointing.defaults();
		return new Checkpointing(s.bool("initial_model", d.initialModel()), s.bool("best_model", d.bestModel()),
				s.bool("every_epoch", d.everyEpoch()), s.bool("latest_model", d.latestModel()),
				s.bool("final_model", d.finalModel()));
	}

	private static TensorBoard tensorBoard(JsonSection s) throws TrainingConfigException {
		TensorBoard d = TensorBoard.defaults();
		return new TensorBoard(s.bool("write_logs", d.writeLogs()), s.text("loss_frequency", d.lossFrequency()),
				s.bool("architecture_graph", d.architectureGraph()), s.bool("profile_graph", d.profileGraph()),
				s.bool("visualizations", d.visualizations()));
	}

	private static Zmq zmq(JsonSection s) throws TrainingConfigException {
		Zmq d = Zmq.defaults();
		return new Zmq(s.bool("subscribe_to_controller", d.subscribeToController()),
				s.text("controller_address", d.controllerAddress()),
				s.integer("controller_polling_timeout", d.controllerPollingTimeout()),
				s.bool("publish_updates", d.publishUpdates()), s.text("publish_address", d.publishAddress()));
	}

	static ObjectNode write(OutputsConfig o) {
		ObjectNode json = JsonOut.object();
		json.put("save_outputs", o.saveOutputs());
		json.put("run_name", o.runName());
		json.put("run_name_prefix", o.runNamePrefix());
		json.put("run_name_suffix", o.runNameSuffix());
		json.put("runs_folder", o.runsFolder());
		json.set("tags", JsonOut.texts(o.tags()));
		json.put("save_visualizations", o.saveVisualizations());
		json.put("keep_viz_images", o.keepVizImages());
		json.put("zip_outputs", o.zipOutputs());
		json.put("log_to_csv", o.logToCsv());
		Checkpointing c = o.checkpointing();
		json.putObject("checkpointing").put("initial_model", c.initialModel()).put("best_model", c.bestModel())
				.put("every_epoch", c.everyEpoch()).put("latest_model", c.latestModel())
				.put("final_model", c.finalModel());
		TensorBoard t = o.tensorBoard();
		json.putObject("tensorboard").put("write_logs", t.writeLogs()).put("loss_frequency", t.lossFrequency())
				.put("architecture_graph", t.architectureGraph()).put("profile_graph", t.profileGraph())
				.put("visualizations", t.visualizations());
		Zmq z = o.zmq();
		json.putObject("zmq").put("subscribe_to_controller", z.subscribeToController())
				.put("controller_address", z.controllerAddress())
				.put("controller_polling_timeout", z.controllerPollingTimeout())
				.put("publish_updates", z.publishUpdates()).put("publish_address", z.publishAddress());
		return json;
	}
}
