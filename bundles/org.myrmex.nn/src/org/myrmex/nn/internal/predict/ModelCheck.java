// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.myrmex.nn.config.BackboneConfig;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.network.PoseNetwork;
import org.myrmex.nn.network.SkeletonNames;
import org.myrmex.nn.network.Weight;
import org.myrmex.nn.predict.ModelException;
import org.myrmex.nn.predict.WeightValues;
import org.tensorflow.Graph;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Reads the weights of the network a configuration describes from a model file and checks them: the image channels
 * come from the stem kernel, the head naming (SLEAP 1.0–1.1's {@code _0} suffix or none) from the head layers the
 * file has; every weight must be present with the network's shape, and the file must hold no other layer.
 */
public final class ModelCheck {
	private static final String STEM = "stack0_enc0_conv0";
	private final TrainingConfig config;
	private final SkeletonNames skeleton;
	private final Path configFile;

	/** What was read: head suffix, image channels and the weights by variable name. */
	public record Result(String headSuffix, int channels, Map<String, WeightValues> weights) {
	}

	/**
	 * @param skeleton   node names and edges for heads that leave theirs unset
	 * @param configFile the configuration's file, named in errors about the configuration
	 */
	public ModelCheck(TrainingConfig config, SkeletonNames skeleton, Path configFile) {
		this.config = config;
		this.skeleton = skeleton;
		this.configFile = configFile;
	}

	/**
	 * @throws ModelException naming the weights file when a weight is missing, has another shape or the file holds
	 *                        layers the network lacks; naming the configuration when it describes no network
	 */
	public Result read(WeightSource source) throws ModelException {
		WeightValues stem = source.read(STEM, "kernel");
		if (stem == null || stem.shape().length != 4) {
			throw new ModelException(source.path(), "has no 4-dimensional " + source.describe(STEM, "kernel")
					+ ": not the weights of a SLEAP U-Net");
		}
		int channels = (int) stem.shape()[2];
		List<Weight> plain = weights(channels, "");
		String suffix = suffix(source, plain);
		List<Weight> wanted = suffix.isEmpty() ? plain : weights(channels, suffix);
		Map<String, WeightValues> values = new LinkedHashMap<>();
		Set<String> layers = new LinkedHashSet<>();
		for (Weight weight : wanted) {
			layers.add(weight.layer());
			WeightValues value = source.read(weight.layer(), weight.kind());
			long[] shape = weight.shape().asArray();
			if (value == null) {
				throw new ModelException(source.path(), "has no " + source.describe(weight.layer(), weight.kind())
						+ " (shape " + WeightValues.describe(shape) + ") that the network of " + configFile.getFileName()
						+ " needs: the weights and the configuration do not match");
			}
			if (!value.hasShape(shape)) {
				throw new ModelException(source.path(), source.describe(weight.layer(), weight.kind()) + " has shape "
						+ WeightValues.describe(value.shape()) + " but the network of " + configFile.getFileName()
						+ " needs " + WeightValues.describe(shape) + ": the weights and the configuration do not match");
			}
			values.put(weight.variableName(), value);
		}
		Set<String> extra = new LinkedHashSet<>(source.layers());
		extra.removeAll(layers);
		if (!extra.isEmpty()) {
			throw new ModelException(source.path(), "holds layers " + extra + " that the network of "
					+ configFile.getFileName() + " does not have: the weights and the configuration do not match");
		}
		return new Result(suffix, channels, values);
	}

	private static String suffix(WeightSource source, List<Weight> plain) throws ModelException {
		String head = plain.get(plain.size() - 1).layer();
		if (source.read(head, "bias") == null && source.read(head + "_0", "bias") != null) {
			return "_0";
		}
		return "";
	}

	private List<Weight> weights(int channels, String suffix) throws ModelException {
		try (Graph graph = new Graph()) {
			Ops tf = Ops.create(graph);
			PoseNetwork.check(config);
			int size = ((BackboneConfig.UNet) config.model().backbone()).maxStride();
			Placeholder<TFloat32> input = tf.placeholder(TFloat32.class,
					Placeholder.shape(Shape.of(-1, size, size, channels)));
			return PoseNetwork.build(tf, input, config.model(), skeleton, 0, suffix).weights();
		} catch (IllegalArgumentException e) {
			throw new ModelException(configFile, e.getMessage(), e);
		}
	}
}
