// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.internal.models;

import java.awt.Color;
import java.awt.Font;
import java.util.Arrays;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.myrmex.analysis.ui.internal.Charts;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.statistics.HistogramDataset;
import org.myrmex.analysis.eval.DistanceMetrics;
import org.myrmex.analysis.eval.SplitMetrics;
import org.myrmex.analysis.eval.SplitMetrics.NodeDistances;

/**
 * The Model Comparison view's charts: one figure per run grouped by split, as the group's notebook plotted them;
 * and for the row selected, per node distances as box plots (from SLEAP's per-pair distances; from the percentiles
 * of Myrmex's JSON the box spans p50–p75, the whiskers p50–p95) and a histogram of all its distances.
 */
final class ComparisonCharts {
	private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
	private static final int BINS = 40;
	private final DefaultCategoryDataset comparison = new DefaultCategoryDataset();
	private final DefaultBoxAndWhiskerCategoryDataset boxes = new DefaultBoxAndWhiskerCategoryDataset();
	private final JFreeChart comparisonChart;
	private final JFreeChart nodeChart;
	private final JFreeChart histogramChart;

	ComparisonCharts() {
		comparisonChart = ChartFactory.createBarChart("OKS mAP", null, null, comparison, PlotOrientation.VERTICAL,
				true, true, false);
		style(comparisonChart);
		BarRenderer bars = (BarRenderer) comparisonChart.getCategoryPlot().getRenderer();
		bars.setBarPainter(new StandardBarPainter());
		bars.setShadowVisible(false);
		nodeChart = ChartFactory.createBoxAndWhiskerChart("Distance per node (px)", null, null, boxes, false);
		style(nodeChart);
		nodeChart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(Charts.verticalLabels());
		BoxAndWhiskerRenderer box = (BoxAndWhiskerRenderer) nodeChart.getCategoryPlot().getRenderer();
		box.setMeanVisible(false);
		box.setMaxOutlierVisible(false);
		box.setMinOutlierVisible(false);
		box.setSeriesPaint(0, new Color(0x4f, 0x81, 0xbd));
		histogramChart = ChartFactory.createHistogram("Distances (px)", null, "pairs × nodes", new HistogramDataset(),
				PlotOrientation.VERTICAL, false, true, false);
		style(histogramChart);
		XYBarRenderer histogramBars = (XYBarRenderer) histogramChart.getXYPlot().getRenderer();
		histogramBars.setBarPainter(new StandardXYBarPainter());
		histogramBars.setShadowVisible(false);
	}

	private static void style(JFreeChart chart) {
		chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
		chart.setBackgroundPaint(Color.WHITE);
		if (chart.getLegend() != null) {
			chart.getLegend().setItemFont(SMALL);
		}
		if (chart.getPlot() instanceof CategoryPlot plot) {
			plot.setBackgroundPaint(Color.WHITE);
			plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
			plot.getDomainAxis().setTickLabelFont(SMALL);
			plot.getRangeAxis().setTickLabelFont(SMALL);
		} else if (chart.getPlot() instanceof XYPlot plot) {
			plot.setBackgroundPaint(Color.WHITE);
			plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
			plot.getDomainAxis().setTickLabelFont(SMALL);
			plot.getRangeAxis().setTickLabelFont(SMALL);
			plot.getRangeAxis().setLabelFont(SMALL);
		}
	}

	/** Shows figure {@code figure} (of {@link SplitMetrics#names()}) of every row with figures; UI thread. */
	void compare(List<ComparisonRow> rows, int figure) {
		comparisonChart.setTitle(SplitMetrics.names().get(figure));
		comparisonChart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
		comparison.clear();
		int prefix = commonPrefix(rows);
		for (ComparisonRow row : rows) {
			if (row.metrics() != null) {
				String name = row.name();
				comparison.addValue(row.metrics().values()[figure], row.split(),
						prefix > 0 ? "…" + name.substring(prefix) : name);
			}
		}
	}

	/**
	 * @return the length of the names' common beginning up to and with its last '.' (runs of one group are named
	 *         {@code <name>.<date>.<head>}), so that the chart's narrow labels show what tells the runs apart; 0 for
	 *         a single run
	 */
	private static int commonPrefix(List<ComparisonRow> rows) {
		List<String> names = rows.stream().filter(r -> r.metrics() != null).map(ComparisonRow::name).distinct()
				.toList();
		if (names.size() < 2) {
			return 0;
		}
		String first = names.get(0);
		int common = first.length();
		for (String name : names) {
			int i = 0;
			while (i < Math.min(common, name.length()) && name.charAt(i) == first.charAt(i)) {
				i++;
			}
			common = i;
		}
		return first.lastIndexOf('.', common - 1) + 1;
	}

	/** Shows the distances of {@code row} (null, or a row without figures: none); UI thread. */
	void select(ComparisonRow row) {
		boxes.clear();
		HistogramDataset histogram = new HistogramDataset();
		String title = "Distance per node (px)";
		if (row != null && row.metrics() != null) {
			title = "Distance per node (px), " + row.split(); // the run is the row selected above
			for (NodeDistances node : row.metrics().nodes()) {
				BoxAndWhiskerItem item = node.distances().length > 0 ? item(node.distances())
						: Double.isNaN(node.summary().p50()) ? new BoxAndWhiskerItem(null, null, null, null, null, null,
								null, null, null)
								: item(node.summary());
				boxes.add(item, "distance", node.node());
			}
			double[] all = row.metrics().nodes().stream().flatMapToDouble(n -> Arrays.stream(n.distances())).toArray();
			if (all.length > 0) {
				histogram.addSeries("distance", all, BINS);
			}
		}
		nodeChart.setTitle(title);
		nodeChart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
		histogramChart.getXYPlot().setDataset(histogram);
	}

	private static BoxAndWhiskerItem item(double[] distances) {
		double[] sorted = distances.clone();
		Arrays.sort(sorted);
		double q1 = quantile(sorted, 0.25);
		double q3 = quantile(sorted, 0.75);
		double reach = 1.5 * (q3 - q1);
		double low = sorted[0];
		double high = sorted[sorted.length - 1];
		for (double d : sorted) { // whiskers: the furthest points within 1.5 IQR, as matplotlib draws them
			if (d >= q1 - reach) {
				low = d;
				break;
			}
		}
		for (int i = sorted.length - 1; i >= 0; i--) {
			if (sorted[i] <= q3 + reach) {
				high = sorted[i];
				break;
			}
		}
		double mean = Arrays.stream(sorted).average().orElse(Double.NaN);
		return new BoxAndWhiskerItem(mean, quantile(sorted, 0.5), q1, q3, low, high, sorted[0],
				sorted[sorted.length - 1], List.of());
	}

	private static BoxAndWhiskerItem item(DistanceMetrics summary) {
		return new BoxAndWhiskerItem(summary.mean(), summary.p50(), summary.p50(), summary.p75(), summary.p50(),
				summary.p95(), summary.p50(), summary.p99(), List.of());
	}

	/** @return the {@code q} quantile, interpolated linearly as {@code np.percentile} does */
	private static double quantile(double[] sorted, double q) {
		double position = q * (sorted.length - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(below + 1, sorted.length - 1);
		return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
	}

	JFreeChart comparisonChart() {
		return comparisonChart;
	}

	JFreeChart nodeChart() {
		return nodeChart;
	}

	JFreeChart histogramChart() {
		return histogramChart;
	}

	/** @return the figures charted, by split (rows) and run (columns) (for tests) */
	DefaultCategoryDataset comparison() {
		return comparison;
	}

	/** @return the box plots charted, one column per node (for tests) */
	DefaultBoxAndWhiskerCategoryDataset boxes() {
		return boxes;
	}
}
