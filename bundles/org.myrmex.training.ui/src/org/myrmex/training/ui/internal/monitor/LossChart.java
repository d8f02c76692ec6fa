// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.monitor;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.myrmex.nn.train.EpochSummary;

/**
 * The Training Monitor's chart: per epoch, the training and validation loss of each head output on a log axis
 * (validation dashed in the training curve's colour; with several heads also the total losses), the learning rate as
 * a grey step line on a second log axis, and a marker at the best epoch (the latest whose loss was the lowest so far).
 * Use on the UI thread.
 */
final class LossChart {
	private static final Color[] COLOURS = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
			new Color(0x9467bd), new Color(0xff7f0e), new Color(0x8c564b) };
	private static final BasicStroke SOLID = new BasicStroke(1.5f);
	private static final BasicStroke DASHED = new BasicStroke(1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
			new float[] { 5f, 4f }, 0f);
	private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
	private final XYSeriesCollection losses = new XYSeriesCollection();
	private final XYSeriesCollection rates = new XYSeriesCollection();
	private final XYSeries rate = new XYSeries("learning rate");
	private final XYLineAndShapeRenderer lossRenderer = new XYLineAndShapeRenderer(true, true);
	private final NumberAxis epochAxis = new NumberAxis("epoch");
	private final LogAxis lossAxis = logAxis("loss");
	private final LogAxis rateAxis = logAxis("learning rate");
	private final XYPlot plot = new XYPlot(losses, epochAxis, lossAxis, lossRenderer);
	private final JFreeChart chart = new JFreeChart(null, FONT, plot, true);
	private int bestEpoch;

	LossChart() {
		epochAxis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		epochAxis.setLabelFont(FONT);
		epochAxis.setTickLabelFont(FONT);
		rates.addSeries(rate);
		plot.setRangeAxis(1, rateAxis);
		plot.setDataset(1, rates);
		plot.mapDatasetToRangeAxis(1, 1);
		XYStepRenderer step = new XYStepRenderer();
		step.setSeriesPaint(0, Color.GRAY);
		step.setSeriesStroke(0, new BasicStroke(1f));
		plot.setRenderer(1, step);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setDomainGridlinePaint(new Color(0xdddddd));
		plot.setRangeGridlinePaint(new Color(0xdddddd));
		chart.setBackgroundPaint(Color.WHITE);
		LegendTitle legend = chart.getLegend();
		legend.setItemFont(FONT);
		legend.setPosition(RectangleEdge.TOP);
		TextTitle note = new TextTitle("solid: training, dashed: validation", FONT);
		note.setPaint(Color.DARK_GRAY);
		note.setPosition(RectangleEdge.TOP);
		chart.addSubtitle(note);
	}

	private static LogAxis logAxis(String label) {
		LogAxis axis = new LogAxis(label);
		axis.setNumberFormatOverride(new DecimalFormat("0.#E0"));
		axis.setLabelFont(FONT);
		axis.setTickLabelFont(FONT);
		axis.setAutoRange(false);
		axis.setAutoTickUnitSelection(false);
		axis.setTickUnit(new NumberTickUnit(1)); // one tick a decade
		return axis;
	}

	/** @return the chart */
	JFreeChart chart() {
		return chart;
	}

	/** @return the loss curves, in legend order */
	List<XYSeries> lossSeries() {
		List<XYSeries> all = new ArrayList<>();
		for (int i = 0; i < losses.getSeriesCount(); i++) {
			all.add(losses.getSeries(i));
		}
		return all;
	}

	/** @return the learning rate per epoch */
	XYSeries rateSeries() {
		return rate;
	}

	/** @return the epoch marked best, 0 when none */
	int bestEpoch() {
		return bestEpoch;
	}

	/**
	 * Shows {@code epochs} (in order), replacing what was shown.
	 *
	 * @param lastEpoch the run's last epoch: the epoch axis reaches it
	 */
	void show(List<EpochSummary> epochs, int lastEpoch) {
		chart.setNotify(false);
		try {
			Map<String, XYSeries> curves = curves(epochs);
			losses.removeAllSeries();
			rate.clear();
			bestEpoch = 0;
			for (EpochSummary e : epochs) {
				fill(curves, e);
				rate.add(e.epoch(), e.learningRate(), false);
				if (e.best()) {
					bestEpoch = e.epoch();
				}
			}
			int i = 0;
			int group = -1;
			for (XYSeries s : curves.values()) {
				losses.addSeries(s);
				String key = (String) s.getKey();
				boolean validation = key.equals("val_loss") || key.endsWith(" (validation)");
				group += validation ? 0 : 1;
				lossRenderer.setSeriesPaint(i, COLOURS[Math.max(group, 0) % COLOURS.length]);
				lossRenderer.setSeriesStroke(i, validation ? DASHED : SOLID);
				lossRenderer.setSeriesVisibleInLegend(i, !validation); // the note under the legend says: dashed
				i++;
			}
			plot.clearDomainMarkers();
			if (bestEpoch > 0) {
				plot.addDomainMarker(bestMarker(bestEpoch));
			}
			int first = epochs.isEmpty() ? 1 : epochs.get(0).epoch();
			epochAxis.setRange(first - 0.5, Math.max(lastEpoch, first) + 0.5);
			double[] loss = bounds(losses);
			lossAxis.setRange(decade(loss[0], false), decade(loss[1], true));
			double[] lr = bounds(rates);
			rateAxis.setRange(lr[0] / 3, lr[1] * 100); // the learning rate low in the plot, below the losses
		} finally {
			chart.setNotify(true);
		}
	}

	/** The curves the epochs have values for: per head, training then validation; totals first with several heads. */
	private static Map<String, XYSeries> curves(List<EpochSummary> epochs) {
		TreeSet<String> heads = new TreeSet<>();
		boolean validated = false;
		for (EpochSummary e : epochs) {
			heads.addAll(e.headLosses().keySet());
			validated |= !Double.isNaN(e.validationLoss());
		}
		Map<String, XYSeries> curves = new LinkedHashMap<>();
		if (heads.size() != 1) {
			curves.put("loss", new XYSeries("loss"));
			if (validated) {
				curves.put("val_loss", new XYSeries("val_loss"));
			}
		}
		for (String head : heads) {
			curves.put(head, new XYSeries(head));
			if (validated) {
				curves.put(head + " (validation)", new XYSeries(head + " (validation)"));
			}
		}
		return curves;
	}

	private static void fill(Map<String, XYSeries> curves, EpochSummary e) {
		put(curves.get("loss"), e.epoch(), e.loss());
		put(curves.get("val_loss"), e.epoch(), e.validationLoss());
		e.headLosses().forEach((head, loss) -> put(curves.get(head), e.epoch(), loss));
		e.validationHeadLosses().forEach((head, loss) -> put(curves.get(head + " (validation)"), e.epoch(), loss));
	}

	private static void put(XYSeries series, int epoch, double value) {
		if (series != null && value > 0 && Double.isFinite(value)) {
			series.add(epoch, value, false);
		}
	}

	private static ValueMarker bestMarker(int epoch) {
		Color colour = new Color(0x7b3294);
		ValueMarker marker = new ValueMarker(epoch, colour, new BasicStroke(1.5f));
		marker.setLabel("best " + epoch);
		marker.setLabelFont(FONT);
		marker.setLabelPaint(colour);
		marker.setLabelBackgroundColor(new Color(255, 255, 255, 0));
		marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
		marker.setLabelTextAnchor(TextAnchor.TOP_LEFT);
		return marker;
	}

	/** @return the smallest and largest positive value of the collection ({1e-4, 1e-2} when there is none) */
	private static double[] bounds(XYSeriesCollection data) {
		double min = Double.POSITIVE_INFINITY;
		double max = 0;
		for (int s = 0; s < data.getSeriesCount(); s++) {
			XYSeries series = data.getSeries(s);
			for (int i = 0; i < series.getItemCount(); i++) {
				double y = series.getY(i).doubleValue();
				if (y > 0) {
					min = Math.min(min, y);
					max = Math.max(max, y);
				}
			}
		}
		return max == 0 ? new double[] { 1e-4, 1e-2 } : new double[] { min, max };
	}

	/** @return the power of ten below {@code value}, or above it when {@code up} (a value never on the plot's edge) */
	private static double decade(double value, boolean up) {
		double exponent = Math.log10(value);
		return Math.pow(10, up ? Math.floor(exponent) + 1 : Math.ceil(exponent) - 1);
	}
}
