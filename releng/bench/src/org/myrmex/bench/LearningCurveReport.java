// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The learning-curve table and plot: the held-out OKS mAP of every method, budget and seed (read from
 * METHOD/seedS/kK/centered_instance/metrics.test.json under the output folder), mean ± sd over seeds, and whether
 * active learning reaches random's mAP at the largest budget with at most 70 % of its frames.
 */
final class LearningCurveReport {
	private static final List<String> METHODS = List.of("random", "image_features", "active_learning");
	private static final Color[] COLORS = { new Color(0x55, 0x55, 0x55), new Color(0x1f, 0x77, 0xb4),
			new Color(0xd6, 0x27, 0x28) };

	private LearningCurveReport() {
	}

	/** @param title the plot's title */
	static void run(Path out, Path png, String title) throws IOException {
		// method → budget → seed → mAP
		Map<String, TreeMap<Integer, TreeMap<Integer, Double>>> maps = new TreeMap<>();
		ObjectMapper json = new ObjectMapper();
		for (var method : rounds(out, "metrics.test.json").entrySet()) {
			TreeMap<Integer, TreeMap<Integer, Double>> byBudget = new TreeMap<>();
			maps.put(method.getKey(), byBudget);
			for (var budget : method.getValue().entrySet()) {
				for (var seed : budget.getValue().entrySet()) {
					JsonNode root = json.readTree(seed.getValue().resolve("metrics.test.json").toFile());
					byBudget.computeIfAbsent(budget.getKey(), b -> new TreeMap<>()).put(seed.getKey(),
							root.get("oks_voc.mAP").asDouble());
				}
			}
		}
		table(maps);
		plot(maps, png, title);
	}

	/**
	 * @param file a file the round's evaluation wrote (rounds without it are left out)
	 * @return per method (all three, in order), budget and seed, the finished round's
	 *         {@code METHOD/seedS/kK/centered_instance} folder under the output folder
	 */
	static Map<String, TreeMap<Integer, TreeMap<Integer, Path>>> rounds(Path out, String file) throws IOException {
		Map<String, TreeMap<Integer, TreeMap<Integer, Path>>> rounds = new LinkedHashMap<>();
		for (String method : METHODS) {
			TreeMap<Integer, TreeMap<Integer, Path>> byBudget = new TreeMap<>();
			rounds.put(method, byBudget);
			Path dir = out.resolve(method);
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> seeds = Files.list(dir)) {
				for (Path seedDir : seeds.sorted().toList()) {
					int seed = Integer.parseInt(seedDir.getFileName().toString().replace("seed", ""));
					try (Stream<Path> budgets = Files.list(seedDir)) {
						for (Path k : budgets.toList()) {
							Path round = k.resolve("centered_instance");
							if (Files.isRegularFile(round.resolve(file))) {
								int budget = Integer.parseInt(k.getFileName().toString().substring(1));
								byBudget.computeIfAbsent(budget, b -> new TreeMap<>()).put(seed, round);
							}
						}
					}
				}
			}
		}
		return rounds;
	}

	private static void table(Map<String, TreeMap<Integer, TreeMap<Integer, Double>>> maps) {
		System.out.println("| method | frames | mAP per seed | mean ± sd |");
		System.out.println("|---|---:|---|---|");
		for (String method : METHODS) {
			for (var budget : maps.get(method).entrySet()) {
				List<String> each = new ArrayList<>();
				budget.getValue().forEach((seed, v) -> each.add(String.format(Locale.ROOT, "%d: %.3f", seed, v)));
				double[] ms = meanSd(budget.getValue().values());
				System.out.printf(Locale.ROOT, "| %s | %d | %s | %.3f ± %.3f |%n", method, budget.getKey(),
						String.join(", ", each), ms[0], ms[1]);
			}
		}
		TreeMap<Integer, TreeMap<Integer, Double>> random = maps.get("random");
		if (random.isEmpty()) {
			return;
		}
		int last = random.lastKey();
		double target = meanSd(random.get(last).values())[0];
		System.out.printf(Locale.ROOT, "%nrandom's mean mAP at %d frames: %.3f%n", last, target);
		for (String method : List.of("image_features", "active_learning")) {
			Integer reached = null;
			for (var budget : maps.get(method).entrySet()) {
				if (reached == null && meanSd(budget.getValue().values())[0] >= target) {
					reached = budget.getKey();
				}
			}
			System.out.printf(Locale.ROOT, "%s reaches it at: %s%n", method, reached == null ? "none of its budgets"
					: String.format(Locale.ROOT, "%d frames (%.0f %% of %d: %s)", reached, 100.0 * reached / last,
							last, reached <= 0.7 * last ? "within the goal's 70 %" : "more than the goal's 70 %"));
		}
	}

	private static double[] meanSd(java.util.Collection<Double> values) {
		double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
		double ss = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
		double sd = values.size() < 2 ? 0 : Math.sqrt(ss / (values.size() - 1));
		return new double[] { mean, sd };
	}

	private static void plot(Map<String, TreeMap<Integer, TreeMap<Integer, Double>>> maps, Path png, String title)
			throws IOException {
		YIntervalSeriesCollection data = new YIntervalSeriesCollection();
		for (String method : METHODS) {
			YIntervalSeries series = new YIntervalSeries(method.replace('_', ' '));
			maps.get(method).forEach((budget, seeds) -> {
				double[] ms = meanSd(seeds.values());
				series.add(budget, ms[0], ms[0] - ms[1], ms[0] + ms[1]);
			});
			data.addSeries(series);
		}
		DeviationRenderer renderer = new DeviationRenderer(true, true);
		for (int i = 0; i < METHODS.size(); i++) {
			renderer.setSeriesPaint(i, COLORS[i]);
			renderer.setSeriesFillPaint(i, COLORS[i]);
			renderer.setSeriesStroke(i, new BasicStroke(2f));
		}
		renderer.setAlpha(0.15f);
		NumberAxis frames = new NumberAxis("labelled frames (budget)");
		int largest = maps.values().stream().filter(m -> !m.isEmpty()).mapToInt(TreeMap::lastKey).max().orElse(1);
		frames.setRange(0, largest + 1);
		NumberAxis map = new NumberAxis("held-out OKS mAP (mean ± sd over seeds)");
		map.setRange(0, 1);
		XYPlot plot = new XYPlot(data, frames, map, renderer);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		JFreeChart chart = new JFreeChart(title, new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 16),
				plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 560);
		System.out.println("plot: " + png);
	}
}
