// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SkeletonJson;
import org.myrmex.nn.config.BackboneConfig;
import org.myrmex.nn.config.DataConfig;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.ModelConfig;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.config.TrainingConfigJson;
import org.myrmex.nn.network.HeadOutput;
import org.myrmex.nn.network.PoseNetwork;
import org.myrmex.nn.network.SkeletonNames;
import org.tensorflow.Graph;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** Networks built from the fixture configurations have the weights, names and shapes of SLEAP's Keras models. */
class PoseNetworkTest {
	private static final String ANT_CENTRED =
			"ants/models/general_models/filter_32-stride_32.240425_031454.centered_instance/training_config.json";

	@Test
	void bottomUpWeightsAreTheKerasModelsWeights() throws Exception {
		assertEquals(sorted(KerasWeights.BOTTOM_UP), weights("minimal_instance.UNet.bottomup", 1, "_0"));
	}

	@Test
	void centroidWeightsAreTheKerasModelsWeights() throws Exception {
		assertEquals(sorted(KerasWeights.CENTROID), weights("minimal_instance.UNet.centroid", 1, "_0"));
	}

	@Test
	void theHeadsStrideOverridesTheBackbonesAsInSleap() throws Exception {
		// initial_config.json says backbone output_stride 2 but centroid output_stride 4; the trained model has one
		// decoder block (stride 8 to 4), as training_config.json then says
		assertEquals(sorted(KerasWeights.CENTROID),
				weights("sleap/models/minimal_instance.UNet.centroid/initial_config.json", 1, "_0"));
	}

	@Test
	void centredInstanceWeightsOfSleap14AreTheKerasModelsWeights() throws Exception {
		assertEquals(sorted(KerasWeights.CENTERED_INSTANCE_WITH_SCALING),
				weights("minimal_instance.UNet.centered_instance_with_scaling", 1, ""));
	}

	@Test
	void singleInstanceWithoutDecoderHasTheKerasModelsWeights() throws Exception {
		assertEquals(sorted(KerasWeights.SINGLE_INSTANCE), weights("minimal_robot.UNet.single_instance", 3, "_0"));
	}

	@Test
	void partNamesLeftNullComeFromTheSkeleton() throws Exception {
		TrainingConfig config = TrainingConfigJson.read(Fixtures.get("sleap/training_profiles/baseline_medium_rf.bottomup.json"));
		SkeletonNames skeleton = new SkeletonNames(List.of("head", "thorax", "tail"),
				List.of(new HeadConfig.Edge("head", "thorax"), new HeadConfig.Edge("thorax", "tail")));
		try (Graph graph = new Graph()) {
			Ops tf = Ops.create(graph);
			List<HeadOutput> outputs = PoseNetwork.build(tf, input(tf, 64, 1), config.model(), skeleton).outputs();
			assertEquals(List.of("MultiInstanceConfmapsHead [-1, 16, 16, 3]", "PartAffinityFieldsHead [-1, 8, 8, 4]"),
					outputs.stream().map(o -> o.name() + " " + o.tensor().shape()).toList());
			Executable noSkeleton = () -> PoseNetwork.build(tf, input(tf, 64, 1), config.model(), SkeletonNames.NONE);
			assertEquals("model.heads.multi_instance.confmaps.part_names is not set and no skeleton was given to take "
					+ "the nodes from", assertThrows(IllegalArgumentException.class, noSkeleton).getMessage());
		}
	}

	@Test
	void theAntCentredInstanceNetworkTakesItsPartsFromTheConfigSkeleton() throws Exception {
		Path file = Fixtures.get(ANT_CENTRED.replace("training_config", "initial_config"));
		TrainingConfig config = TrainingConfigJson.read(Fixtures.get(ANT_CENTRED));
		TrainingConfig initial = TrainingConfigJson.read(file);
		SkeletonNames skeleton = SkeletonNames.of(SkeletonJson.parse(config.data().labels().skeletons().get(0), file));
		assertEquals(18, skeleton.nodes().size());
		assertEquals(17, skeleton.edges().size());
		assertEquals(new HeadConfig.Edge("Head", "Neck"), skeleton.edges().get(0));
		PoseNetwork.check(config);
		try (Graph graph = new Graph()) {
			Ops tf = Ops.create(graph);
			PoseNetwork network = PoseNetwork.build(tf, input(tf, 288, 3), initial.model(), skeleton);
			assertEquals(List.of("CenteredInstanceConfmapsHead [-1, 72, 72, 18]"),
					network.outputs().stream().map(o -> o.name() + " " + o.tensor().shape()).toList());
			assertEquals(List.of(32, 64, 128, 256, 512, 1024, 1024, 512, 256, 128),
					network.weights().stream().filter(w -> w.kind().equals("bias") && w.layer().endsWith("conv0"))
							.map(w -> (int) w.shape().get(0)).toList(),
					"first convolution of each block: encoder, middle expand and contract, decoder");
			assertEquals(19, network.weights().stream().filter(w -> w.kind().equals("kernel")).count());
		}
	}

	@Test
	void aCropSizeNotDivisibleByTheMaxStrideIsRefused() throws Exception {
		TrainingConfig config = TrainingConfigJson.read(Fixtures.get(ANT_CENTRED));
		PoseNetwork.check(config);
		DataConfig data = new DataConfig(config.data().labels(), config.data().preprocessing(),
				new DataConfig.InstanceCropping(null, 300, 16));
		assertEquals("data.instance_cropping.crop_size 300 is not a positive multiple of model.backbone.unet.max_stride 32",
				refused(() -> PoseNetwork.check(config.withData(data))));
	}

	@Test
	void unsupportedBackbonesAndHeadsAreRefusedByName() throws Exception {
		TrainingConfig config = TrainingConfigJson.read(Fixtures.get(ANT_CENTRED));
		HeadConfig head = config.model().head();
		BackboneConfig unet = config.model().backbone();
		assertEquals("model.backbone.resnet: only the U-Net backbone (unet) is supported", refused(
				() -> PoseNetwork.check(config.withModel(new ModelConfig(BackboneConfig.ResNet.defaults(), head, null)))));
		assertEquals("model.heads: no head is set",
				refused(() -> PoseNetwork.check(config.withModel(new ModelConfig(unet, null, null)))));
		HeadConfig identity = new HeadConfig.MultiClassBottomUp(new HeadConfig.Confmaps(null, 5, 4, 1, false),
				new HeadConfig.ClassMaps(List.of("a", "b"), 5, 4, 1));
		assertEquals("model.heads.multi_class_bottomup: identity (multi-class) heads are not supported yet; use "
				+ "single_instance, centroid, centered_instance or multi_instance",
				refused(() -> PoseNetwork.check(config.withModel(new ModelConfig(unet, identity, null)))));
	}

	@Test
	void stridesTheBackboneCannotGiveAreRefused() throws Exception {
		TrainingConfig config = TrainingConfigJson.read(Fixtures.get(ANT_CENTRED));
		BackboneConfig unet = config.model().backbone();
		HeadConfig pafsTooFine = new HeadConfig.MultiInstance(new HeadConfig.Confmaps(null, 5, 4, 1, false),
				new HeadConfig.Pafs(null, 15, 2, 1));
		assertEquals("model.heads.multi_instance.pafs.output_stride 2 must be a power of two from 4 to "
				+ "model.backbone.unet.max_stride 32",
				refused(() -> PoseNetwork.check(config.withModel(new ModelConfig(unet, pafsTooFine, null)))));
		HeadConfig tooCoarse = new HeadConfig.Centroid(null, 5, 64, 1, false);
		assertEquals("model.heads.centroid.output_stride 64 must be a power of two from 1 to "
				+ "model.backbone.unet.max_stride 32",
				refused(() -> PoseNetwork.check(config.withModel(new ModelConfig(unet, tooCoarse, null)))));
		BackboneConfig stacked = new BackboneConfig.UNet(null, 32, 4, 32, 2, true, true, 2);
		assertEquals("model.backbone.unet.stacks 2: only 1 stack is supported", refused(() -> PoseNetwork
				.check(config.withModel(new ModelConfig(stacked, config.model().head(), null)))));
	}

	@Test
	void anInputNotDivisibleByTheMaxStrideIsRefused() throws Exception {
		TrainingConfig config = TrainingConfigJson.read(Fixtures.get(ANT_CENTRED));
		try (Graph graph = new Graph()) {
			Ops tf = Ops.create(graph);
			assertEquals("network input 100×100 (height×width) is not divisible by the max stride 32; pad or crop the "
					+ "images to multiples of 32",
					refused(() -> PoseNetwork.build(tf, input(tf, 100, 3), config.model(), SkeletonNames.NONE)));
		}
	}

	private static List<String> weights(String model, int channels, String headSuffix) throws Exception {
		String file = model.endsWith(".json") ? model : "sleap/models/" + model + "/training_config.json";
		TrainingConfig config = TrainingConfigJson.read(Fixtures.get(file));
		try (Graph graph = new Graph()) {
			Ops tf = Ops.create(graph);
			PoseNetwork network = PoseNetwork.build(tf, input(tf, 64, channels), config.model(), SkeletonNames.NONE,
					0, headSuffix);
			return network.weights().stream().map(w -> w.h5Path() + " " + LongStream.of(w.shape().asArray())
					.mapToObj(Long::toString).collect(Collectors.joining("x"))).sorted().toList();
		}
	}

	static Placeholder<TFloat32> input(Ops tf, int size, int channels) {
		return tf.placeholder(TFloat32.class, Placeholder.shape(Shape.of(-1, size, size, channels)));
	}

	private static List<String> sorted(String lines) {
		return lines.lines().sorted().toList();
	}

	private static String refused(Executable build) {
		return assertThrows(IllegalArgumentException.class, build).getMessage();
	}
}
