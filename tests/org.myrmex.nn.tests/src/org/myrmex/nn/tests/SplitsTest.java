// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.myrmex.nn.config.DataConfig;
import org.myrmex.nn.data.DataException;
import org.myrmex.nn.data.LabelledSamples;
import org.myrmex.nn.data.Sample;
import org.myrmex.nn.data.Splits;

class SplitsTest {
	private static List<Sample> samples;

	@BeforeAll
	static void read() throws Exception {
		samples = LabelledSamples.of(DataFixtures.readClip(), "clip.slp").samples();
	}

	@Test
	void validationFractionSplitsDisjointlyAndCoversEverySample() {
		Splits splits = Splits.byFraction(samples, 0.1, 42);
		assertEquals(150, splits.validation().size());
		assertEquals(1350, splits.training().size());
		Set<Integer> all = new HashSet<>();
		splits.training().forEach(s -> all.add(s.index()));
		splits.validation().forEach(s -> assertTrue(all.add(s.index()), "frame " + s.index() + " in both"));
		assertEquals(1500, all.size());
	}

	@Test
	void sameSeedGivesTheSameSplitAndAnotherSeedAnother() {
		assertEquals(Splits.byFraction(samples, 0.2, 1).validation(), Splits.byFraction(samples, 0.2, 1)
				.validation());
		assertNotEquals(Splits.byFraction(samples, 0.2, 1).validation(), Splits.byFraction(samples, 0.2, 2)
				.validation());
	}

	@Test
	void smallFractionsStillValidateOnOneFrame() {
		assertEquals(1, Splits.byFraction(samples.subList(0, 3), 0.1, 0).validation().size());
		assertEquals(0, Splits.byFraction(samples, 0, 0).validation().size());
		assertThrows(IllegalArgumentException.class, () -> Splits.byFraction(samples, 1, 0));
	}

	@Test
	void explicitIndicesFromTheConfigGiveTheSplit() throws Exception {
		DataConfig.Labels d = DataConfig.Labels.defaults();
		DataConfig.Labels labels = new DataConfig.Labels(null, null, 0.1, null, true, List.of(0, 1, 2), List.of(5,
				7), null, List.of(), List.of());
		Splits splits = Splits.of(samples, labels, 0);
		assertEquals(List.of(0, 1, 2), splits.training().stream().map(Sample::index).toList());
		assertEquals(List.of(5, 7), splits.validation().stream().map(Sample::index).toList());
		assertEquals(List.of(), splits.test());
		assertEquals(150, Splits.of(samples, d, 0).validation().size());
		assertEquals(List.of(), Splits.of(samples, d, 0).test());
	}

	@Test
	void testIndicesAreHeldOutOfTrainingAndValidation() throws Exception {
		DataConfig.Labels labels = new DataConfig.Labels(null, null, 0.1, null, true, List.of(0, 1, 2), List.of(5),
				List.of(8, 9), List.of(), List.of());
		Splits splits = Splits.of(samples, labels, 0);
		assertEquals(List.of(0, 1, 2), splits.training().stream().map(Sample::index).toList());
		assertEquals(List.of(8, 9), splits.test().stream().map(Sample::index).toList());
		DataException leak = assertThrows(DataException.class, () -> Splits.byIndices(samples, List.of(1, 2),
				List.of(), List.of(2, 3)));
		assertTrue(leak.getMessage().contains("[2]") && leak.getMessage().contains("test_inds"), leak.getMessage());
	}

	@Test
	void badIndicesAreNamed() {
		DataException overlap = assertThrows(DataException.class, () -> Splits.byIndices(samples, List.of(1, 2),
				List.of(2)));
		assertTrue(overlap.getMessage().contains("[2]"), overlap.getMessage());
		DataException missing = assertThrows(DataException.class, () -> Splits.byIndices(samples, List.of(99999),
				List.of()));
		assertTrue(missing.getMessage().contains("99999"), missing.getMessage());
	}
}
