// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.ui.internal.plots;

import java.util.function.IntToDoubleFunction;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.myrmex.model.Video;
import org.myrmex.model.index.TrackSeries;
import org.myrmex.tracking.ui.internal.proofread.Identities;
import org.myrmex.ui.internal.editor.EditorStrip;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.editor.Timeline;

/**
 * Seek-bar plots under the labels editor's timeline, frame for frame where the timeline draws it: the instance
 * score, the tracking score and each track's displacement in its colour (a swap is a spike of both tracks, and a
 * magenta mark where two tracks fit the frame before better exchanged).
 * A click seeks. Each pixel column shows the largest value of its frames, so a one-frame spike stays visible.
 */
public final class TrackPlots implements EditorStrip {
	static final int ROW = 30;
	private static final String[] NAMES = { "instance score", "tracking score", "displacement" };
	private static final Color BACKGROUND = new Color(32, 32, 36);
	private static final Color GRID = new Color(70, 70, 78);
	private static final Color TEXT = new Color(170, 170, 180);
	private static final Color SCORE = new Color(230, 200, 40);
	private static final Color CURRENT = new Color(240, 30, 30);
	private static final Color SWAP = new Color(255, 60, 200);

	private LabelsEditor editor;
	private Canvas canvas;
	private TrackSeries series;
	private Video seriesVideo;

	@Override
	public Control create(Composite parent, LabelsEditor labelsEditor) {
		editor = labelsEditor;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.setData("org.myrmex.tracking.ui.plots", this);
		canvas.addPaintListener(event -> paint(event.gc));
		canvas.addListener(SWT.MouseDown, event -> editor.showFrame(editor.timeline().frameAt(event.x)));
		CommandStackListener stack = event -> {
			series = null;
			if (!canvas.isDisposed()) {
				canvas.getDisplay().asyncExec(() -> {
					if (!canvas.isDisposed()) {
						canvas.redraw();
					}
				});
			}
		};
		Runnable frames = () -> {
			if (!canvas.isDisposed()) {
				canvas.redraw();
			}
		};
		editor.getEditingDomain().getCommandStack().addCommandStackListener(stack);
		editor.addFrameListener(frames);
		canvas.addListener(SWT.Dispose, event -> {
			editor.getEditingDomain().getCommandStack().removeCommandStackListener(stack);
			editor.removeFrameListener(frames);
		});
		org.eclipse.swt.layout.GridData data = new org.eclipse.swt.layout.GridData(SWT.FILL, SWT.END, true, false);
		data.heightHint = 3 * ROW;
		canvas.setLayoutData(data);
		return canvas;
	}

	/** @return the series drawn now, computed again after an edit or when the video changes */
	public TrackSeries series() {
		if (editor.video() == null) {
			return null;
		}
		if (series == null || seriesVideo != editor.video() || series.frames() < editor.frameCount()) {
			series = Identities.series(editor);
			seriesVideo = editor.video();
		}
		return series;
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(BACKGROUND);
		gc.fillRectangle(area);
		TrackSeries s = series();
		Timeline timeline = editor.timeline();
		int x = timeline.xOf(editor.frameIndex());
		gc.setForeground(CURRENT);
		gc.drawLine(x, 0, x, area.height); // behind the curves, so a spike at the current frame shows
		boolean[] drawn = new boolean[3];
		for (int row = 0; row < 3; row++) {
			int top = row * ROW;
			gc.setForeground(GRID);
			gc.drawLine(0, top + ROW - 1, area.width, top + ROW - 1);
			if (s == null) {
				continue;
			}
			if (row == 0) {
				drawn[row] = plot(gc, timeline, s, top, 1, SCORE, s::instanceScore);
			} else if (row == 1) {
				drawn[row] = plot(gc, timeline, s, top, 1, SCORE, s::trackingScore);
			} else {
				double max = 0;
				for (int f = 0; f < s.frames(); f++) {
					max = Math.max(max, Double.isNaN(s.maxDisplacement(f)) ? 0 : s.maxDisplacement(f));
				}
				gc.setBackground(SWAP);
				for (int f = 0; f < s.frames(); f++) {
					if (s.swap(f)) { // two tracks that fit the frame before better exchanged
						gc.fillRectangle(timeline.xOf(f) - 1, top + 2, 3, ROW - 4);
					}
				}
				int tracks = editor.labels().getTracks().size();
				for (int t = 0; t < tracks; t++) {
					int track = t;
					Color colour = new Color(LabelsEditor.trackColour(t));
					drawn[row] |= plot(gc, timeline, s, top, Math.max(max, 1e-9), colour, f -> s.displacement(track, f));
				}
			}
			gc.setForeground(TEXT);
			gc.drawText(NAMES[row] + (s != null && !drawn[row] ? " — none" : ""), 4, top + 1, true);
		}
	}

	/**
	 * Draws {@code values} (0 … {@code max}) in the row at {@code top}, the largest of each column's frames.
	 *
	 * @return whether there was a value to draw
	 */
	private boolean plot(GC gc, Timeline timeline, TrackSeries s, int top, double max, Color colour,
			IntToDoubleFunction values) {
		int width = canvas.getClientArea().width;
		double[] columns = new double[width + 1];
		java.util.Arrays.fill(columns, Double.NaN);
		for (int f = 0; f < s.frames(); f++) {
			double v = values.applyAsDouble(f);
			int x = Math.min(width, Math.max(0, timeline.xOf(f)));
			if (!Double.isNaN(v) && !(columns[x] >= v)) {
				columns[x] = v;
			}
		}
		gc.setForeground(colour);
		int height = ROW - 4;
		int previousX = -1;
		int previousY = 0;
		boolean any = false;
		for (int x = 0; x <= width; x++) {
			if (Double.isNaN(columns[x])) {
				continue;
			}
			int y = top + 2 + height - (int) Math.round(Math.min(1, columns[x] / max) * height);
			if (previousX >= 0 && x - previousX <= 2) {
				gc.drawLine(previousX, previousY, x, y);
			} else {
				gc.drawPoint(x, y);
			}
			previousX = x;
			previousY = y;
			any = true;
		}
		return any;
	}
}
