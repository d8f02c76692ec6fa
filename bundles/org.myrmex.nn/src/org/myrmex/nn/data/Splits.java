// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.myrmex.nn.config.DataConfig;

/**
 * Training, validation and test samples, split as {@code data.labels} says: by the explicit labelled-frame indices
 * when {@code split_by_inds} is set ({@code test_inds} held out of training and validation, evaluated at the end as
 * SLEAP's {@code labels_gt.test.slp}), else a seeded random {@code validation_fraction} of the samples (at least one
 * on each side when there are two or more samples, as SLEAP's {@code split_labels}) and no test samples.
 *
 * @param training   samples to train on
 * @param validation samples to validate on
 * @param test       samples held out for the evaluation at the end only (possibly from another labels file)
 */
public record Splits(List<Sample> training, List<Sample> validation, List<Sample> test) {

	/** Copies the lists. */
	public Splits {
		training = List.copyOf(training);
		validation = List.copyOf(validation);
		test = List.copyOf(test);
	}

	/** Training and validation samples, no test samples. */
	public Splits(List<Sample> training, List<Sample> validation) {
		this(training, validation, List.of());
	}

	/**
	 * Splits samples by a fraction.
	 *
	 * @param fraction share of samples for validation, 0 ≤ fraction &lt; 1
	 * @param seed     the same seed gives the same split
	 */
	public static Splits byFraction(List<Sample> samples, double fraction, long seed) {
		if (!(fraction >= 0 && fraction < 1)) {
			throw new IllegalArgumentException("validation fraction " + fraction + " is not in [0, 1)");
		}
		List<Sample> shuffled = new ArrayList<>(samples);
		Collections.shuffle(shuffled, new Random(seed));
		int validation = (int) Math.round(samples.size() * fraction);
		if (fraction > 0 && samples.size() >= 2) {
			validation = Math.max(1, Math.min(samples.size() - 1, validation));
		}
		List<Sample> val = new ArrayList<>(shuffled.subList(0, validation));
		List<Sample> train = new ArrayList<>(shuffled.subList(validation, shuffled.size()));
		return new Splits(train, val);
	}

	/**
	 * Splits samples by labelled-frame index ({@link Sample#index()}), without test samples.
	 *
	 * @throws DataException when an index names no sample or both lists hold it
	 */
	public static Splits byIndices(List<Sample> samples, List<Integer> training, List<Integer> validation)
			throws DataException {
		return byIndices(samples, training, validation, List.of());
	}

	/**
	 * Splits samples by labelled-frame index ({@link Sample#index()}).
	 *
	 * @throws DataException when an index names no sample or two lists hold it
	 */
	public static Splits byIndices(List<Sample> samples, List<Integer> training, List<Integer> validation,
			List<Integer> test) throws DataException {
		disjoint(training, "training_inds", validation, "validation_inds");
		disjoint(training, "training_inds", test, "test_inds");
		disjoint(validation, "validation_inds", test, "test_inds");
		return new Splits(pick(samples, training, "training_inds"), pick(samples, validation, "validation_inds"),
				pick(samples, test, "test_inds"));
	}

	private static void disjoint(List<Integer> a, String aField, List<Integer> b, String bField)
			throws DataException {
		Set<Integer> overlap = new HashSet<>(a);
		overlap.retainAll(b);
		if (!overlap.isEmpty()) {
			throw new DataException("labelled frames " + overlap + " are in both " + aField + " and " + bField);
		}
	}

	private static List<Sample> pick(List<Sample> samples, List<Integer> indices, String field) throws DataException {
		List<Sample> picked = new ArrayList<>();
		for (int index : indices) {
			Sample found = samples.stream().filter(s -> s.index() == index).findFirst().orElse(null);
			if (found == null) {
				throw new DataException(field + " names labelled frame " + index
						+ ", which does not exist or has no user instance");
			}
			picked.add(found);
		}
		return picked;
	}

	/** @return the split {@code data.labels} asks for */
	public static Splits of(List<Sample> samples, DataConfig.Labels labels, long seed) throws DataException {
		if (labels.splitByInds() && labels.trainingInds() != null) {
			return byIndices(samples, labels.trainingInds(),
					labels.validationInds() == null ? List.of() : labels.validationInds(),
					labels.testInds() == null ? List.of() : labels.testInds());
		}
		return byFraction(samples, labels.validationFraction(), seed);
	}
}
