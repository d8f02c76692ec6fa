// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.myrmex.analysis.suggest.LearningCurvePicks;
import org.myrmex.analysis.suggest.UncertaintyProbe;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The learning-curve benchmark's steps (driven by releng/bench/learning-curve.sh):
 * {@code pick METHOD SEED ROUND LABELS COUNT TEMPLATE_PREFIX RUN_DIR [PREVIOUS_RUN_DIR]} picks COUNT more frames (after
 * those in PREVIOUS_RUN_DIR/picked.txt; active learning predicts with the models trained there) and writes
 * RUN_DIR/picked.txt and the round's training configurations (training_inds: every frame picked so far, no
 * validation frames, test_inds: the held-out frames); {@code report OUT_DIR PNG [TITLE]} prints the table and
 * draws the curves ({@link LearningCurveReport}).
 */
final class LearningCurve {
	private LearningCurve() {
	}

	static void run(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("report")) {
			LearningCurveReport.run(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? args[3]
					: "Learning curves: held-out OKS mAP against labelled frames");
			return;
		}
		if (args.length == 3 && args[0].equals("phases")) {
			PhaseMetrics.run(Path.of(args[1]), Integer.parseInt(args[2]));
			return;
		}
		if (args.length == 3 && args[0].equals("probe")) {
			UncertaintyProbe.run(Path.of(args[1]), Path.of(args[2]));
			return;
		}
		if (args.length < 8 || !args[0].equals("pick")) {
			System.err.println("usage: learning-curve pick METHOD SEED ROUND LABELS COUNT TEMPLATE_PREFIX RUN_DIR [PREVIOUS]"
					+ " | learning-curve report OUT_DIR PNG [TITLE] | learning-curve probe LABELS ROUND_DIR"
					+ " | learning-curve phases OUT_DIR FRAME");
			System.exit(2);
		}
		String method = args[1];
		long seed = Long.parseLong(args[2]);
		int round = Integer.parseInt(args[3]);
		Path labelsFile = Path.of(args[4]);
		int count = Integer.parseInt(args[5]);
		String templates = args[6];
		Path runDir = Path.of(args[7]);
		Path previous = args.length > 8 ? Path.of(args[8]) : null;
		Labels labels = LabelsFiles.load(labelsFile);
		List<Integer> heldOut = LearningCurvePicks.heldOut(labels);
		List<Integer> picked = new ArrayList<>();
		List<Path> models = new ArrayList<>();
		if (previous != null) {
			for (String line : Files.readAllLines(previous.resolve("picked.txt"))) {
				picked.add(Integer.parseInt(line.trim()));
			}
			if (method.equals("active_learning")) {
				models.add(previous.resolve("centroid"));
				models.add(previous.resolve("centered_instance"));
			}
		}
		long start = System.nanoTime();
		List<Integer> added = LearningCurvePicks.pick(method, seed, round, labels, labelsFile, picked, count, models);
		System.out.printf("%s seed %d round %d: %d new frames %s in %.1f s%n", method, seed, round, added.size(),
				added, (System.nanoTime() - start) / 1e9);
		picked.addAll(added);
		Files.createDirectories(runDir);
		StringBuilder text = new StringBuilder();
		picked.forEach(i -> text.append(i).append('\n'));
		Files.writeString(runDir.resolve("picked.txt"), text);
		for (String kind : List.of("centroid", "centered_instance")) {
			config(Path.of(templates + kind + ".json"), picked, kind.equals("centroid") ? List.of() : heldOut,
					runDir.resolve(kind + ".json"));
		}
	}

	private static void config(Path template, List<Integer> training, List<Integer> test, Path out) throws Exception {
		ObjectMapper json = new ObjectMapper();
		ObjectNode root = (ObjectNode) json.readTree(template.toFile());
		ObjectNode labels = (ObjectNode) root.get("data").get("labels");
		labels.put("split_by_inds", true);
		fill(labels.putArray("training_inds"), training);
		labels.putArray("validation_inds");
		fill(labels.putArray("test_inds"), test);
		json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
	}

	private static void fill(ArrayNode array, List<Integer> values) {
		values.stream().sorted().forEach(array::add);
	}
}
