// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.predict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SkeletonJson;
import org.myrmex.nn.config.BackboneConfig;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.config.TrainingConfigException;
import org.myrmex.nn.config.TrainingConfigJson;
import org.myrmex.nn.internal.predict.KerasWeightsFile;
import org.myrmex.nn.internal.predict.ModelCheck;
import org.myrmex.nn.internal.predict.SavedModelWeights;
import org.myrmex.nn.internal.predict.WeightSource;
import org.myrmex.nn.network.SkeletonNames;

/**
 * A trained pose model loaded from its folder: {@code training_config.json} and the trained weights, either SLEAP's
 * Keras {@code best_model.h5} (layer names of SLEAP 1.0–1.1, heads suffixed {@code _0}, or later) or the TensorFlow
 * SavedModel {@code best_model/} that Myrmex's trainer writes. The weights are checked by name and shape against the
 * network the configuration describes, then kept in memory; inference graphs of any input size are built from them.
 */
public final class PoseModel {
	private final Path folder;
	private final Path weightsFile;
	private final TrainingConfig config;
	private final SkeletonNames skeleton;
	private final String headSuffix;
	private final int channels;
	private final Map<String, WeightValues> weights;

	private PoseModel(Path folder, Path weightsFile, TrainingConfig config, SkeletonNames skeleton, String headSuffix,
			int channels, Map<String, WeightValues> weights) {
		this.folder = folder;
		this.weightsFile = weightsFile;
		this.config = config;
		this.skeleton = skeleton;
		this.headSuffix = headSuffix;
		this.channels = channels;
		this.weights = Map.copyOf(weights);
	}

	/**
	 * Loads a model folder (or the {@code training_config.json} inside one).
	 *
	 * @throws ModelException naming the file at fault: no configuration, no weights, a file that is not a Keras
	 *                        model, or weights that do not fit the configured network (name or shape)
	 */
	public static PoseModel load(Path path) throws ModelException {
		Path folder = Files.isRegularFile(path) ? path.toAbsolutePath().getParent() : path;
		Path configFile = folder.resolve("training_config.json");
		if (!Files.isDirectory(folder)) {
			throw new ModelException(folder, "no such model folder");
		}
		if (!Files.isRegularFile(configFile)) {
			throw new ModelException(folder, "not a model folder: it has no training_config.json");
		}
		TrainingConfig config;
		try {
			config = TrainingConfigJson.read(configFile);
		} catch (TrainingConfigException e) {
			throw new ModelException(configFile, e.getMessage(), e);
		}
		SkeletonNames skeleton = skeleton(config, configFile);
		try (WeightSource source = openWeights(folder)) {
			ModelCheck check = new ModelCheck(config, skeleton, configFile);
			ModelCheck.Result read = check.read(source);
			return new PoseModel(folder, source.path(), config, skeleton, read.headSuffix(), read.channels(),
					new LinkedHashMap<>(read.weights()));
		}
	}

	private static WeightSource openWeights(Path folder) throws ModelException {
		Path h5 = folder.resolve("best_model.h5");
		Path savedModel = folder.resolve("best_model");
		Path previous = folder.resolve(".best_model.old");
		if (!Files.exists(savedModel) && SavedModelWeights.isSavedModel(previous)) {
			savedModel = previous; // the trainer replacing it was killed between its two renames
		}
		if (Files.exists(h5)) {
			return KerasWeightsFile.open(h5);
		}
		if (SavedModelWeights.isSavedModel(savedModel)) {
			return SavedModelWeights.open(savedModel);
		}
		throw new ModelException(folder, "no trained weights: neither best_model.h5 (Keras, as SLEAP saves) nor "
				+ "best_model/saved_model.pb (TensorFlow SavedModel, as Myrmex saves)");
	}

	private static SkeletonNames skeleton(TrainingConfig config, Path configFile) throws ModelException {
		if (config.data().labels().skeletons().isEmpty()) {
			return SkeletonNames.NONE;
		}
		try {
			return SkeletonNames.of(SkeletonJson.parse(config.data().labels().skeletons().get(0), configFile));
		} catch (LabelsFileException e) {
			throw new ModelException(configFile, "data.labels.skeletons: " + e.getMessage(), e);
		}
	}

	/** @return the model folder */
	public Path folder() {
		return folder;
	}

	/** @return the file (Keras) or folder (SavedModel) the weights were read from */
	public Path weightsFile() {
		return weightsFile;
	}

	/** @return the training configuration */
	public TrainingConfig config() {
		return config;
	}

	/** @return the head configuration */
	public HeadConfig head() {
		return config.model().head();
	}

	/** @return the skeleton of the configuration's labels (node names and edges), or {@link SkeletonNames#NONE} */
	public SkeletonNames skeleton() {
		return skeleton;
	}

	/** @return {@code "_0"} for SLEAP 1.0–1.1 head layer names, else {@code ""} */
	public String headSuffix() {
		return headSuffix;
	}

	/** @return the image channels the network takes: 1 (grey) or 3 (RGB) */
	public int channels() {
		return channels;
	}

	/** @return the backbone's max stride: network inputs are padded to multiples of it */
	public int maxStride() {
		return ((BackboneConfig.UNet) config.model().backbone()).maxStride();
	}

	/** @return {@code data.preprocessing.input_scaling} */
	public double inputScaling() {
		return config.data().preprocessing().inputScaling();
	}

	/** @return the node names the network predicts, in channel order */
	public List<String> partNames() {
		List<String> names = null;
		if (head() instanceof HeadConfig.SingleInstance h) {
			names = h.partNames();
		} else if (head() instanceof HeadConfig.CenteredInstance h) {
			names = h.partNames();
		} else if (head() instanceof HeadConfig.MultiInstance h) {
			names = h.confmaps().partNames();
		} else {
			return List.of();
		}
		return names != null ? names : skeleton.nodes();
	}

	/** @return the trained weights by TensorFlow variable name ({@code layer.kind}); read-only */
	public Map<String, WeightValues> weights() {
		return weights;
	}

	@Override
	public String toString() {
		return head().key() + " model " + folder;
	}
}
