// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.monitor;

import java.awt.geom.Rectangle2D;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.event.ChartChangeEvent;
import org.jfree.chart.event.ChartChangeListener;
import org.jfree.swt.SWTGraphics2D;

/**
 * An SWT canvas showing a JFreeChart, drawn by the chart itself through JFreeChart's SWT bridge
 * ({@link SWTGraphics2D}) at the canvas's size, and redrawn whenever the chart changes. Change the chart on the UI
 * thread only.
 */
public final class ChartCanvas extends Canvas {
	private final JFreeChart chart;
	private final ChartChangeListener listener = this::chartChanged;

	/** @param chart drawn by this canvas; its change listener is removed when the canvas is disposed */
	public ChartCanvas(Composite parent, JFreeChart chart) {
		super(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		this.chart = chart;
		chart.addChangeListener(listener);
		addPaintListener(e -> paint(e.gc));
		addDisposeListener(e -> chart.removeChangeListener(listener));
	}

	/** @return the chart drawn */
	public JFreeChart chart() {
		return chart;
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		if (area.width <= 0 || area.height <= 0) {
			return;
		}
		gc.setAntialias(SWT.ON);
		gc.setTextAntialias(SWT.ON);
		SWTGraphics2D g2 = new SWTGraphics2D(gc);
		try {
			chart.draw(g2, new Rectangle2D.Double(0, 0, area.width, area.height));
		} finally {
			g2.dispose(); // the fonts and colours it made; the paint event's GC stays SWT's
		}
	}

	private void chartChanged(ChartChangeEvent event) {
		if (!isDisposed()) {
			redraw();
		}
	}
}
