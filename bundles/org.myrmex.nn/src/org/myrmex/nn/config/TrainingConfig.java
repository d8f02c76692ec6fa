// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.config;

import java.util.Objects;

/**
 * SLEAP's {@code TrainingJobConfig}: everything a training run needs, as {@code training_config.json} holds it.
 * Read and write it with {@link TrainingConfigJson}; the records are values (equal when their fields are).
 *
 * @param data         labels, pre-processing and instance cropping
 * @param model        backbone and heads
 * @param optimization augmentation, batches, epochs, learning rate and its schedule
 * @param outputs      run folder, checkpoints and logs
 * @param name         free text name ({@code ""} by default)
 * @param description  free text description ({@code ""} by default)
 * @param sleapVersion the SLEAP version that wrote the file, or {@code null}
 * @param filename     the path the file was saved to, as SLEAP records it ({@code ""} by default)
 */
public record TrainingConfig(DataConfig data, ModelConfig model, OptimizationConfig optimization,
		OutputsConfig outputs, String name, String description, String sleapVersion, String filename) {

	/** Checks that the sections are present. */
	public TrainingConfig {
		Objects.requireNonNull(data, "data");
		Objects.requireNonNull(model, "model");
		Objects.requireNonNull(optimization, "optimization");
		Objects.requireNonNull(outputs, "outputs");
	}

	/** @return SLEAP's defaults: no labels, no backbone, no head */
	public static TrainingConfig defaults() {
		return new TrainingConfig(DataConfig.defaults(), ModelConfig.defaults(), OptimizationConfig.defaults(),
				OutputsConfig.defaults(), "", "", null, "");
	}

	/** @return a copy with another model section */
	public TrainingConfig withModel(ModelConfig newModel) {
		return new TrainingConfig(data, newModel, optimization, outputs, name, description, sleapVersion, filename);
	}

	/** @return a copy with another data section */
	public TrainingConfig withData(DataConfig newData) {
		return new TrainingConfig(newData, model, optimization, outputs, name, description, sleapVersion, filename);
	}

	/** @return a copy with another optimization section */
	public TrainingConfig withOptimization(OptimizationConfig newOptimization) {
		return new TrainingConfig(data, model, newOptimization, outputs, name, description, sleapVersion, filename);
	}

	/** @return a copy with another outputs section */
	public TrainingConfig withOutputs(OutputsConfig newOutputs) {
		return new TrainingConfig(data, model, optimization, newOutputs, name, description, sleapVersion, filename);
	}
}
