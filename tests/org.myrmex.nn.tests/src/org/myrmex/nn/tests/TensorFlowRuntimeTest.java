// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.myrmex.nn.TensorFlowRuntime;

class TensorFlowRuntimeTest {

	@Test
	void loadsTensorFlow216InsideOsgi() {
		assertEquals("2.16.2", TensorFlowRuntime.version());
	}

	@Test
	void oneGradientStepLowersTheLoss() {
		TensorFlowRuntime.StepResult step = TensorFlowRuntime.selfCheck();
		assertTrue(step.lossBefore() > 0, "loss before " + step.lossBefore());
		assertTrue(step.lossAfter() < step.lossBefore(), step.lossBefore() + " -> " + step.lossAfter());
	}
}
