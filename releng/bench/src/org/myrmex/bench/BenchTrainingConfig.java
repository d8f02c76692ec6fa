// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A benchmark's copy of a SLEAP {@code training_config.json}: the same network, pre-processing, cropping and
 * augmentation, on other labels (so the head takes its parts from their skeleton), for one short epoch of a fixed
 * number of steps, one validation batch and no early stopping.
 */
final class BenchTrainingConfig {
	private BenchTrainingConfig() {
	}

	/**
	 * @param preload keep {@code optimization.preload_data} as configured ({@code true}) or decode frames while
	 *                training ({@code false})
	 */
	static void write(Path original, Path labels, int steps, Boolean preload, Path copy) throws IOException {
		ObjectMapper json = new ObjectMapper();
		ObjectNode root = (ObjectNode) json.readTree(original.toFile());
		ObjectNode data = (ObjectNode) root.get("data");
		ObjectNode labelsSection = (ObjectNode) data.get("labels");
		labelsSection.put("training_labels", labels.toString());
		labelsSection.putNull("validation_labels");
		labelsSection.putNull("test_labels");
		labelsSection.putArray("skeletons");
		ObjectNode heads = (ObjectNode) root.get("model").get("heads");
		heads.properties().forEach(head -> {
			if (head.getValue() instanceof ObjectNode config && config.has("part_names")) {
				config.putNull("part_names");
			}
		});
		ObjectNode optimization = (ObjectNode) root.get("optimization");
		optimization.put("batches_per_epoch", steps);
		optimization.put("min_batches_per_epoch", steps);
		optimization.put("val_batches_per_epoch", 1);
		optimization.put("min_val_batches_per_epoch", 1);
		optimization.put("epochs", 1);
		if (preload != null) {
			optimization.put("preload_data", preload.booleanValue());
		}
		((ObjectNode) optimization.get("early_stopping")).put("stop_training_on_plateau", false);
		ObjectNode outputs = (ObjectNode) root.get("outputs");
		outputs.put("runs_folder", copy.getParent().toString());
		outputs.put("save_visualizations", false);
		json.writerWithDefaultPrettyPrinter().writeValue(copy.toFile(), root);
	}
}
