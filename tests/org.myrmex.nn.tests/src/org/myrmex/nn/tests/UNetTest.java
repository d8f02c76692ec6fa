// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.myrmex.nn.config.BackboneConfig;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.ModelConfig;
import org.myrmex.nn.network.Backbone;
import org.myrmex.nn.network.Layers;
import org.myrmex.nn.network.PoseNetwork;
import org.myrmex.nn.network.SkeletonNames;
import org.myrmex.nn.network.UNet;
import org.myrmex.nn.network.Weight;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

class UNetTest {

	@Test
	void aStemPoolsBeforeTheEncoderAndIsTheFirstSkipSourceAtItsStride() {
		// SLEAP: stem_stride 4 = two stem blocks of 7×7 convolutions; the pooled stem output (16 channels) is the
		// skip source at stride 4, found before the first encoder block (32 channels) at the same stride
		try (Graph graph = new Graph()) {
			Ops tf = Ops.create(graph);
			Layers layers = new Layers(tf, 0);
			Backbone backbone = UNet.build(layers, PoseNetworkTest.input(tf, 64, 1),
					new BackboneConfig.UNet(4, 16, 1, 8, 2, true, false, 1));
			assertEquals(List.of("stem0_conv0 7x7x1x8", "stem0_conv1 7x7x8x8", "stem1_conv0 7x7x8x16",
					"stem1_conv1 7x7x16x16", "stack0_enc0_conv0 3x3x16x32", "stack0_enc0_conv1 3x3x32x32",
					"stack0_enc1_conv0 3x3x32x64", "stack0_enc1_conv1 3x3x64x64",
					"stack0_enc3_middle_expand_conv0 3x3x64x128", "stack0_enc4_middle_contract_conv0 3x3x128x128",
					"stack0_dec0_s16_to_s8_trans_conv 3x3x64x128", "stack0_dec0_s16_to_s8_refine_conv0 3x3x128x64",
					"stack0_dec0_s16_to_s8_refine_conv1 3x3x64x64", "stack0_dec1_s8_to_s4_trans_conv 3x3x32x64",
					"stack0_dec1_s8_to_s4_refine_conv0 3x3x48x32", "stack0_dec1_s8_to_s4_refine_conv1 3x3x32x32",
					"stack0_dec2_s4_to_s2_trans_conv 3x3x16x32", "stack0_dec2_s4_to_s2_refine_conv0 3x3x16x16",
					"stack0_dec2_s4_to_s2_refine_conv1 3x3x16x16", "stack0_dec3_s2_to_s1_trans_conv 3x3x8x16",
					"stack0_dec3_s2_to_s1_refine_conv0 3x3x8x8", "stack0_dec3_s2_to_s1_refine_conv1 3x3x8x8"),
					kernels(layers.weights()));
			assertEquals(List.of("16 [-1, 4, 4, 128]", "8 [-1, 8, 8, 64]", "4 [-1, 16, 16, 32]", "2 [-1, 32, 32, 16]",
					"1 [-1, 64, 64, 8]"), backbone.features().stream().map(f -> f.stride() + " " + f.tensor().shape())
							.toList());
		}
	}

	@Test
	void oneGradientStepThroughEveryLayerKindLowersTheLoss() {
		for (boolean bilinear : new boolean[] { true, false }) {
			try (Graph graph = new Graph(); Session session = new Session(graph)) {
				Ops tf = Ops.create(graph);
				Placeholder<TFloat32> input = PoseNetworkTest.input(tf, 32, 1);
				ModelConfig model = new ModelConfig(new BackboneConfig.UNet(null, 8, 2, 4, 2, true, bilinear, 1),
						new HeadConfig.MultiInstance(new HeadConfig.Confmaps(List.of("a"), 2, 2, 1, true),
								new HeadConfig.Pafs(List.of(new HeadConfig.Edge("a", "a")), 5, 4, 1)), null);
				PoseNetwork network = PoseNetwork.build(tf, input, model, SkeletonNames.NONE, 7, "");
				Operand<TFloat32> loss = tf.constant(0f);
				for (var output : network.outputs()) {
					Operand<TFloat32> error = tf.math.sub(output.tensor(), tf.constant(0.5f));
					loss = tf.math.add(loss, tf.math.mean(tf.math.mul(error, error), tf.constant(new int[] { 0, 1, 2, 3 })));
				}
				List<Weight> weights = network.weights();
				Output<?>[] gradients = graph.addGradients(loss.asOutput(),
						weights.stream().map(w -> w.variable().asOutput()).toArray(Output<?>[]::new));
				Session.Runner step = session.runner();
				for (int i = 0; i < weights.size(); i++) {
					@SuppressWarnings("unchecked")
					Op apply = tf.train.applyGradientDescent(weights.get(i).variable(), tf.constant(0.05f),
							(Output<TFloat32>) gradients[i]);
					step.addTarget(apply);
				}
				session.initialize();
				try (TFloat32 images = TFloat32.tensorOf(Shape.of(2, 32, 32, 1), data -> data.scalars()
						.forEachIndexed((index, value) -> value.setFloat((index[1] * 7 + index[2] * 3) % 11 / 10f)))) {
					float before = lossOf(session, loss, input, images);
					step.feed(input, images).run().close();
					float after = lossOf(session, loss, input, images);
					assertTrue(after < before, (bilinear ? "bilinear " : "transposed ") + before + " -> " + after);
				}
			}
		}
	}

	private static float lossOf(Session session, Operand<TFloat32> loss, Placeholder<TFloat32> input, TFloat32 images) {
		try (Result result = session.runner().feed(input, images).fetch(loss).run()) {
			return ((TFloat32) result.get(0)).getFloat();
		}
	}

	private static List<String> kernels(List<Weight> weights) {
		return weights.stream().filter(w -> w.kind().equals("kernel")).map(w -> w.layer() + " " + LongStream
				.of(w.shape().asArray()).mapToObj(Long::toString).collect(Collectors.joining("x"))).toList();
	}
}
