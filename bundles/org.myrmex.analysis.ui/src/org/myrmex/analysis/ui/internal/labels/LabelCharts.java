// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.internal.labels;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.myrmex.analysis.ui.internal.Charts;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.myrmex.analysis.LabelAnalysis;
import org.myrmex.analysis.LabelAnalysis.NodeCount;

/** The Label Analysis view's two charts: invisible points per node (%), and frames by their user instances. */
final class LabelCharts {
	private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 10);
	private final DefaultCategoryDataset invisible = new DefaultCategoryDataset();
	private final XYSeries histogram = new XYSeries("frames");
	private final JFreeChart invisibleChart = chart("Invisible points per node", "% of user instances", invisible,
			new Color(0xc0, 0x50, 0x4d));
	private final JFreeChart histogramChart = histogram(histogram);

	LabelCharts() {
		invisibleChart.getCategoryPlot().getDomainAxis()
				.setCategoryLabelPositions(Charts.verticalLabels());
	}

	/** @return a histogram of frames by their number of user instances, one bar per number */
	private static JFreeChart histogram(XYSeries series) {
		XYSeriesCollection data = new XYSeriesCollection(series);
		data.setIntervalWidth(1.0);
		JFreeChart chart = ChartFactory.createXYBarChart("Frames by user instances", "user instances in the frame",
				false, "frames", data, PlotOrientation.VERTICAL, false, true, false);
		chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
		chart.setBackgroundPaint(Color.WHITE);
		XYPlot plot = chart.getXYPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		plot.setDomainGridlinesVisible(false);
		for (NumberAxis axis : new NumberAxis[] { (NumberAxis) plot.getDomainAxis(), (NumberAxis) plot.getRangeAxis() }) {
			axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
			axis.setTickLabelFont(SMALL);
			axis.setLabelFont(SMALL);
		}
		XYBarRenderer renderer = (XYBarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardXYBarPainter());
		renderer.setShadowVisible(false);
		renderer.setMargin(0.15);
		renderer.setSeriesPaint(0, new Color(0x4f, 0x81, 0xbd));
		return chart;
	}

	private static JFreeChart chart(String title, String valueAxis, DefaultCategoryDataset dataset, Color colour) {
		JFreeChart chart = ChartFactory.createBarChart(title, null, valueAxis, dataset, PlotOrientation.VERTICAL,
				false, true, false);
		chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
		chart.setBackgroundPaint(Color.WHITE);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		CategoryAxis axis = plot.getDomainAxis();
		axis.setTickLabelFont(SMALL);
		axis.setLabelFont(SMALL);
		plot.getRangeAxis().setTickLabelFont(SMALL);
		plot.getRangeAxis().setLabelFont(SMALL);
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setSeriesPaint(0, colour);
		renderer.setItemMargin(0);
		return chart;
	}

	/** Shows {@code analysis} (null: nothing); call on the UI thread. */
	void show(LabelAnalysis analysis) {
		invisible.clear();
		histogram.clear();
		if (analysis == null) {
			return;
		}
		boolean skeletons = analysis.invisibleByNode().stream().map(NodeCount::skeleton).distinct().count() > 1;
		for (NodeCount node : analysis.invisibleByNode()) {
			invisible.addValue(node.percent(), "invisible %",
					skeletons ? node.skeleton() + "/" + node.node() : node.node());
		}
		List<Integer> frames = analysis.instancesPerFrame();
		for (int k = 0; k < frames.size(); k++) {
			histogram.add(k, frames.get(k), false);
		}
		histogram.fireSeriesChanged();
	}

	JFreeChart invisibleChart() {
		return invisibleChart;
	}

	JFreeChart histogramChart() {
		return histogramChart;
	}
}
