// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.suggest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.myrmex.model.Labels;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Symmetry;
import org.myrmex.nn.config.OptimizationConfig.Augmentation;
import org.myrmex.nn.config.TrainingConfigException;
import org.myrmex.nn.config.TrainingConfigJson;
import org.myrmex.nn.predict.ModelException;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PosePredictor;
import org.myrmex.nn.predict.PredictionOptions;

/** The predictor active learning runs, checked against the labels' skeleton, with its left/right node permutation. */
final class ModelPredictor {
	private ModelPredictor() {
	}

	/**
	 * @throws SuggestionException when no model is given, a folder is not a model, the models cannot predict
	 *                             together, or they predict nodes the labels' skeleton lacks
	 */
	static PosePredictor open(Labels labels, Path labelsFile, List<Path> folders) throws SuggestionException {
		if (folders.isEmpty()) {
			throw new SuggestionException("active learning needs the trained model that predicts (--model DIR)");
		}
		if (labels.getSkeletons().isEmpty()) {
			throw new SuggestionException(labelsFile + ": the labels have no skeleton");
		}
		List<PoseModel> models = new ArrayList<>();
		try {
			for (Path folder : folders) {
				models.add(PoseModel.load(folder));
			}
			PosePredictor predictor = PosePredictor.create(models, PredictionOptions.defaults());
			List<String> nodes = names(labels.getSkeletons().get(0));
			List<String> missing = predictor.nodeNames().stream().filter(n -> !nodes.contains(n)).toList();
			if (!missing.isEmpty()) {
				predictor.close();
				throw new SuggestionException(folders.get(0) + ": the model predicts nodes " + missing
						+ " that the skeleton of " + labelsFile.getFileName() + " lacks");
			}
			return predictor;
		} catch (ModelException e) {
			throw new SuggestionException(e.getMessage());
		}
	}

	/**
	 * @return whether every model was trained with left/right flips (SLEAP's {@code random_flip} with
	 *         {@code flip_horizontal}): only then does its prediction of a mirrored frame disagree with its direct one
	 *         for want of knowing the frame, not merely for never having seen a mirrored animal
	 */
	private static boolean mirrorTrained(List<Path> folders) {
		for (Path folder : folders) {
			Path config = (Files.isRegularFile(folder) ? folder.toAbsolutePath().getParent() : folder)
					.resolve("training_config.json");
			try {
				Augmentation augmentation = TrainingConfigJson.read(config).optimization().augmentation();
				if (!augmentation.randomFlip() || !augmentation.flipHorizontal()) {
					return false;
				}
			} catch (TrainingConfigException e) {
				return false;
			}
		}
		return !folders.isEmpty();
	}

	/**
	 * @return the left/right permutation of the predictor's nodes for mirror disagreement, or null when the models in
	 *         {@code folders} were not all trained with left/right flips (see {@link #mirrorTrained(List)})
	 */
	static int[] mirror(PosePredictor predictor, Labels labels, List<Path> folders) {
		return mirrorTrained(folders) ? flip(predictor, labels) : null;
	}

	/** @return the left/right permutation of the predictor's nodes, from the skeleton's symmetries */
	static int[] flip(PosePredictor predictor, Labels labels) {
		Skeleton skeleton = labels.getSkeletons().get(0);
		List<String> names = predictor.nodeNames();
		int[] flip = new int[names.size()];
		for (int i = 0; i < flip.length; i++) {
			flip[i] = i;
		}
		for (Symmetry symmetry : skeleton.getSymmetries()) {
			int a = names.indexOf(symmetry.getFirst().getName());
			int b = names.indexOf(symmetry.getSecond().getName());
			if (a >= 0 && b >= 0) {
				flip[a] = b;
				flip[b] = a;
			}
		}
		return flip;
	}

	private static List<String> names(Skeleton skeleton) {
		return skeleton.getNodes().stream().map(Node::getName).toList();
	}
}
