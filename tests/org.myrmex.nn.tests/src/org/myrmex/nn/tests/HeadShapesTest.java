// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.myrmex.nn.config.BackboneConfig;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.HeadConfig.Edge;
import org.myrmex.nn.config.ModelConfig;
import org.myrmex.nn.network.HeadOutput;
import org.myrmex.nn.network.PoseNetwork;
import org.myrmex.nn.network.SkeletonNames;
import org.tensorflow.Graph;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * Every head, with offsets, on U-Nets of max stride 8/16/32 and output stride 1/2/4, bilinear and transposed,
 * for 64×64 grey and 96×96 RGB input, has the head's stride and channels: in the graph (TensorFlow's shape
 * inference) for every combination, and in the tensors a session computes for the deepest decoders (output
 * stride 1 under max stride 32).
 */
class HeadShapesTest {
	private static final List<String> PARTS = List.of("a", "b", "c");
	private static final List<Edge> EDGES = List.of(new Edge("a", "b"), new Edge("b", "c"));

	@TestFactory
	Stream<DynamicTest> everyHeadHasItsStrideAndChannels() {
		List<DynamicTest> tests = new ArrayList<>();
		for (int[] input : new int[][] { { 64, 1 }, { 96, 3 } }) {
			for (int maxStride : new int[] { 8, 16, 32 }) {
				for (int outputStride : new int[] { 1, 2, 4 }) {
					for (boolean bilinear : new boolean[] { true, false }) {
						boolean run = maxStride == 32 && outputStride == 1;
						String name = "1×" + input[0] + "×" + input[0] + "×" + input[1] + " max " + maxStride + " out "
								+ outputStride + (bilinear ? " bilinear" : " transposed") + (run ? " (run)" : "");
						tests.add(DynamicTest.dynamicTest(name,
								() -> check(input[0], input[1], maxStride, outputStride, bilinear, run)));
					}
				}
			}
		}
		return tests.stream();
	}

	private static void check(int size, int channels, int maxStride, int outputStride, boolean bilinear,
			boolean run) {
		try (Graph graph = new Graph()) {
			Ops tf = Ops.create(graph);
			Placeholder<TFloat32> input = PoseNetworkTest.input(tf, size, channels);
			List<HeadOutput> outputs = build(tf, input, maxStride, outputStride, bilinear);
			List<String> expected = expected(size, maxStride, outputStride);
			assertEquals(expected.stream().map(e -> e.replace("[1, ", "[-1, ")).toList(),
					outputs.stream().map(o -> o.name() + " " + o.tensor().shape()).toList(), "graph shapes");
			if (run) {
				assertEquals(expected, computed(graph, input, outputs, Shape.of(1, size, size, channels)),
						"computed shapes");
			}
		}
	}

	private static List<HeadOutput> build(Ops tf, Placeholder<TFloat32> input, int maxStride, int outputStride,
			boolean bilinear) {
		BackboneConfig unet = new BackboneConfig.UNet(null, maxStride, outputStride, 4, 1.5, true, bilinear, 1);
		List<HeadConfig> heads = List.of(new HeadConfig.SingleInstance(PARTS, 5, outputStride, 1, true),
				new HeadConfig.Centroid(null, 5, outputStride, 1, true),
				new HeadConfig.CenteredInstance(null, PARTS, 5, outputStride, 1, true),
				new HeadConfig.MultiInstance(new HeadConfig.Confmaps(PARTS, 5, outputStride, 1, true),
						new HeadConfig.Pafs(EDGES, 15, Math.min(2 * outputStride, maxStride), 1)));
		List<HeadOutput> outputs = new ArrayList<>();
		for (int i = 0; i < heads.size(); i++) {
			ModelConfig model = new ModelConfig(unet, heads.get(i), null);
			outputs.addAll(PoseNetwork.build(tf.withSubScope("head" + i), input, model, SkeletonNames.NONE).outputs());
		}
		return outputs;
	}

	private static List<String> computed(Graph graph, Placeholder<TFloat32> input, List<HeadOutput> outputs,
			Shape shape) {
		try (Session session = new Session(graph); TFloat32 images = TFloat32.tensorOf(shape)) {
			session.initialize();
			Session.Runner runner = session.runner().feed(input, images);
			outputs.forEach(o -> runner.fetch(o.tensor()));
			try (Result result = runner.run()) {
				List<String> shapes = new ArrayList<>();
				for (int i = 0; i < outputs.size(); i++) {
					shapes.add(outputs.get(i).name() + " " + result.get(i).shape());
				}
				return shapes;
			}
		}
	}

	private static List<String> expected(int size, int maxStride, int outputStride) {
		String grid = "[1, " + size / outputStride + ", " + size / outputStride + ", ";
		int pafStride = Math.min(2 * outputStride, maxStride);
		String pafGrid = "[1, " + size / pafStride + ", " + size / pafStride + ", ";
		return List.of("SingleInstanceConfmapsHead " + grid + "3]", "OffsetRefinementHead " + grid + "6]",
				"CentroidConfmapsHead " + grid + "1]", "OffsetRefinementHead " + grid + "2]",
				"CenteredInstanceConfmapsHead " + grid + "3]", "OffsetRefinementHead " + grid + "6]",
				"MultiInstanceConfmapsHead " + grid + "3]", "PartAffinityFieldsHead " + pafGrid + "4]",
				"OffsetRefinementHead " + grid + "6]");
	}
}
