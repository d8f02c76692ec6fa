// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.myrmex.nn.ComputeDevice;
import org.tensorflow.Graph;
import org.tensorflow.Session;
import org.tensorflow.op.Ops;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.types.TFloat32;

/** The device choice on a machine without a usable GPU (the build machines; skipped where TensorFlow sees one). */
class ComputeDeviceTest {

	@Test
	void parsesTheThreeChoicesInAnyCase() {
		assertEquals(ComputeDevice.AUTO, ComputeDevice.parse("auto"));
		assertEquals(ComputeDevice.CPU, ComputeDevice.parse(" CPU "));
		assertEquals(ComputeDevice.GPU, ComputeDevice.parse("Gpu"));
	}

	@Test
	void refusesAnythingElseNamingTheChoices() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ComputeDevice.parse("cuda"));
		assertTrue(e.getMessage().contains("'cuda'") && e.getMessage().contains("auto, cpu or gpu"), e.getMessage());
		assertThrows(IllegalArgumentException.class, () -> ComputeDevice.parse(null));
		assertThrows(IllegalArgumentException.class, () -> ComputeDevice.parse(""));
	}

	@Test
	void cpuHidesEveryGpu() {
		ConfigProto config = ComputeDevice.CPU.sessionConfig();
		assertEquals(0, config.getDeviceCountOrThrow("GPU"));
		assertTrue(ComputeDevice.CPU.describe().matches("CPU \\(\\d+ threads\\)"), ComputeDevice.CPU.describe());
	}

	@Test
	void withoutAGpuAutoRunsOnTheCpuAndGpuIsRefusedSayingWhy() {
		assumeTrue(ComputeDevice.gpus().isEmpty(), "TensorFlow sees a GPU here: " + ComputeDevice.gpus());
		assertEquals(ComputeDevice.CPU.describe(), ComputeDevice.AUTO.describe());
		assertFalse(ComputeDevice.AUTO.sessionConfig().hasGpuOptions());
		IllegalStateException e = assertThrows(IllegalStateException.class, ComputeDevice.GPU::sessionConfig);
		assertTrue(e.getMessage().contains("CPU build") || e.getMessage().contains("no CUDA device"), e.getMessage());
		assertEquals("GPU (none usable)", ComputeDevice.GPU.describe());
	}

	@Test
	void sessionsRunWithEveryUsableChoice() {
		for (ComputeDevice device : ComputeDevice.values()) {
			if (device == ComputeDevice.GPU && ComputeDevice.gpus().isEmpty()) {
				continue;
			}
			try (Graph graph = new Graph(); Session session = new Session(graph, device.sessionConfig())) {
				Ops tf = Ops.create(graph);
				var sum = tf.math.add(tf.constant(2f), tf.constant(3f));
				try (var result = session.runner().fetch(sum).run()) {
					assertEquals(5f, ((TFloat32) result.get(0)).getFloat(), device.describe());
				}
			}
		}
	}
}
