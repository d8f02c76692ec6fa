// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.monitor;

import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;

/** Shows a {@link SampleImage} scaled to fit, its peaks marked, with a caption naming the epoch. */
final class SampleCanvas extends Canvas {
	private static final int CAPTION = 18;
	private SampleImage sample;
	private Image image;

	SampleCanvas(Composite parent) {
		super(parent, SWT.DOUBLE_BUFFERED);
		setBackground(getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		addPaintListener(e -> paint(e.gc));
		addDisposeListener(e -> disposeImage());
	}

	/** @return the sample shown, or null */
	SampleImage sample() {
		return sample;
	}

	/** Shows {@code picture} (null: nothing). */
	void show(SampleImage picture) {
		disposeImage();
		sample = picture;
		if (picture != null) {
			image = new Image(getDisplay(), picture.data());
		}
		redraw();
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}

	private void paint(GC gc) {
		Rectangle area = getClientArea();
		if (sample == null || image == null) {
			gc.drawText("No sample prediction yet (one after each epoch)", 4, 4, true);
			return;
		}
		gc.drawText(String.format(Locale.ROOT, "Epoch %d sample, max %.2f", sample.epoch(),
				sample.top()), 4, 2, true);
		int w = sample.data().width;
		int h = sample.data().height;
		double scale = Math.min((double) area.width / w, (double) (area.height - CAPTION) / h);
		if (scale <= 0) {
			return;
		}
		int dw = (int) Math.round(w * scale);
		int dh = (int) Math.round(h * scale);
		int x0 = (area.width - dw) / 2;
		int y0 = CAPTION + (area.height - CAPTION - dh) / 2;
		gc.setInterpolation(SWT.HIGH);
		gc.drawImage(image, 0, 0, w, h, x0, y0, dw, dh);
		gc.setAntialias(SWT.ON);
		gc.setLineWidth(2);
		for (double[] peak : sample.peaks()) {
			int px = x0 + (int) Math.round(peak[0] * scale);
			int py = y0 + (int) Math.round(peak[1] * scale);
			gc.setForeground(getDisplay().getSystemColor(SWT.COLOR_CYAN));
			gc.drawOval(px - 6, py - 6, 12, 12);
			gc.drawLine(px - 9, py, px - 3, py);
			gc.drawLine(px + 3, py, px + 9, py);
			gc.drawLine(px, py - 9, px, py - 3);
			gc.drawLine(px, py + 3, px, py + 9);
		}
	}
}
