// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.UserInstance;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.predict.FrameSelection;
import org.myrmex.nn.predict.ModelException;
import org.myrmex.nn.predict.PoseModel;
import org.myrmex.nn.predict.PredictionException;
import org.myrmex.nn.predict.PredictionOptions;
import org.myrmex.nn.predict.PredictionRun;

/**
 * Evaluates a finished training run as {@code sleap-train} does at its end: for each split with a
 * {@code labels_gt.<split>.slp} in the run folder ({@code train}, {@code val}, {@code test}), the run's own model
 * predicts the split's labelled frames into {@code labels_pr.<split>.slp}, and SLEAP's metrics of those predictions
 * against the split's user instances go to {@code metrics.<split>.json} ({@link MetricsJson}) and SLEAP's
 * {@code metrics.<split>.npz} ({@link MetricsNpz}). As SLEAP does, a
 * centred-instance model alone predicts at the ground-truth centroids (anchor part, else bounding-box midpoint); a
 * centroid model alone is not evaluated (it predicts no poses). Each file is written atomically.
 */
public final class RunEvaluation {
	/** The splits looked for, in order. */
	public static final List<String> SPLITS = List.of("train", "val", "test");

	/**
	 * One split's evaluation.
	 *
	 * @param split       {@code train}, {@code val} or {@code test}
	 * @param evaluation  the metrics
	 * @param predictions the {@code labels_pr.<split>.slp} written
	 * @param metrics     the {@code metrics.<split>.json} written (beside it {@code metrics.<split>.npz})
	 */
	public record Split(String split, Evaluation evaluation, Path predictions, Path metrics) {
	}

	private RunEvaluation() {
	}

	/** @return the splits of {@code runFolder} that have a {@code labels_gt.<split>.slp}, in order */
	public static List<String> splits(Path runFolder) {
		return SPLITS.stream().filter(s -> Files.isRegularFile(truthFile(runFolder, s))).toList();
	}

	/** @return {@code labels_gt.<split>.slp} of a run folder */
	public static Path truthFile(Path runFolder, String split) {
		return runFolder.resolve("labels_gt." + split + ".slp");
	}

	/**
	 * Evaluates a run folder, writing into it.
	 *
	 * @see #evaluate(Path, Path, PredictionOptions, IProgressMonitor)
	 */
	public static List<Split> evaluate(Path runFolder, PredictionOptions options, IProgressMonitor monitor)
			throws EvaluationException {
		return evaluate(runFolder, runFolder, options, monitor);
	}

	/**
	 * Evaluates every split of a run folder with its model.
	 *
	 * @param output  where {@code labels_pr.<split>.slp} and {@code metrics.<split>.json} are written
	 * @param monitor reports progress and is checked for cancellation; may be null
	 * @throws EvaluationException naming the file at fault: no run folder, no split, a model that cannot be loaded or
	 *                             evaluated alone (a centroid model), a video that cannot be read, a failed write
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled (splits done so far stay written)
	 */
	public static List<Split> evaluate(Path runFolder, Path output, PredictionOptions options,
			IProgressMonitor monitor) throws EvaluationException {
		if (!Files.isDirectory(runFolder)) {
			throw new EvaluationException(runFolder + ": no such run folder");
		}
		List<String> splits = splits(runFolder);
		if (splits.isEmpty()) {
			throw new EvaluationException(runFolder + ": no labels_gt.train.slp, labels_gt.val.slp or "
					+ "labels_gt.test.slp to evaluate on");
		}
		SubMonitor progress = SubMonitor.convert(monitor, "Evaluating", 1 + 10 * splits.size());
		PoseModel model;
		try {
			model = PoseModel.load(runFolder);
		} catch (ModelException e) {
			throw new EvaluationException(e.getMessage());
		}
		progress.worked(1);
		if (model.head() instanceof HeadConfig.Centroid) {
			throw new EvaluationException(runFolder + ": a centroid model alone predicts no poses; evaluate the "
					+ "predictions of the top-down pair with myrmex eval GT.slp PR.slp");
		}
		try {
			Files.createDirectories(output);
		} catch (IOException e) {
			throw new EvaluationException(output + ": cannot create the folder: " + e.getMessage());
		}
		try (PredictionRun run = model.head() instanceof HeadConfig.CenteredInstance
				? PredictionRun.atLabelledCentroids(model, options)
				: PredictionRun.create(List.of(model), options)) {
			List<Split> done = new ArrayList<>();
			for (String split : splits) {
				done.add(evaluate(run, model, runFolder, output, split, progress.split(10)));
			}
			return done;
		} catch (ModelException e) {
			throw new EvaluationException(e.getMessage());
		}
	}

	private static Split evaluate(PredictionRun run, PoseModel model, Path runFolder, Path output, String split,
			IProgressMonitor monitor) throws EvaluationException {
		SubMonitor progress = SubMonitor.convert(monitor, "Evaluating the " + split + " split", 10);
		Path truthFile = truthFile(runFolder, split);
		Path predictionsFile = output.resolve("labels_pr." + split + ".slp");
		Path metricsFile = output.resolve("metrics." + split + ".json");
		try {
			Labels truth = LabelsFiles.load(truthFile, progress.split(1));
			Labels predictions = EcoreUtil.copy(truth);
			run.run(predictions, VideoBase.of(truth, truthFile, model), FrameSelection.labeled(), p -> {
			}, progress.split(7));
			for (LabeledFrame frame : predictions.getLabeledFrames()) {
				frame.getInstances().removeIf(UserInstance.class::isInstance);
			}
			SlpWriter.write(predictions, predictionsFile, progress.split(1));
			Evaluation evaluation = Evaluation.of(truth, truthFile.toString(), predictions,
					predictionsFile.toString());
			MetricsJson.write(evaluation, metricsFile);
			MetricsNpz.write(evaluation, output.resolve("metrics." + split + ".npz"));
			progress.worked(1);
			return new Split(split, evaluation, predictionsFile, metricsFile);
		} catch (LabelsFileException | PredictionException e) {
			throw new EvaluationException(e.getMessage());
		} catch (IOException e) {
			throw new EvaluationException(metricsFile + ": cannot write: " + e.getMessage());
		}
	}
}
