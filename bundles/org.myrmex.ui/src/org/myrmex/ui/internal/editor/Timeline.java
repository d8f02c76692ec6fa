// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import java.util.function.IntConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * The seek bar under the canvas: a mark for every frame with user labels (blue), with predictions only
 * (yellow) and every suggested frame (orange, below); the current frame as a red line. Click or drag to seek;
 * Shift-drag selects a range of frames. Marks are binned to pixel columns once when they change, so drawing
 * never walks the frames.
 */
public final class Timeline {
	private static final int HEIGHT = 34;
	private static final Color USER = new Color(70, 140, 255);
	private static final Color PREDICTED = new Color(230, 200, 40);
	private static final Color SUGGESTED = new Color(255, 140, 0);
	private static final Color CURRENT = new Color(240, 30, 30);
	private static final Color SELECTION = new Color(120, 120, 200);

	private final Canvas canvas;
	private final IntConsumer seek;
	private TimelineMarks marks = TimelineMarks.EMPTY;
	private byte[] columns = new byte[0];
	private int current;
	private int selectionStart = -1;
	private int selectionEnd = -1;
	private int anchor = -1;
	private boolean pressed;

	/** @param seek called with the frame the user clicked or dragged to */
	Timeline(Composite parent, IntConsumer seek) {
		this.seek = seek;
		canvas = new Canvas(parent, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
		canvas.addPaintListener(event -> paint(event.gc));
		canvas.addListener(SWT.Resize, event -> bin());
		canvas.addListener(SWT.MouseDown, this::mouseDown);
		canvas.addListener(SWT.MouseMove, this::mouseMove);
		canvas.addListener(SWT.MouseUp, event -> pressed = false);
	}

	public Canvas control() {
		return canvas;
	}

	static int preferredHeight() {
		return HEIGHT;
	}

	void setMarks(TimelineMarks newMarks) {
		marks = newMarks;
		bin();
	}

	/** @return the marks drawn (for tests) */
	public TimelineMarks marks() {
		return marks;
	}

	void setCurrent(int frame) {
		current = frame;
		canvas.redraw();
	}

	/** @return the selected frames as {first, last}, or null when no range is selected */
	public int[] selection() {
		return selectionStart < 0 ? null
				: new int[] { Math.min(selectionStart, selectionEnd), Math.max(selectionStart, selectionEnd) };
	}

	public void clearSelection() {
		selectionStart = selectionEnd = -1;
		canvas.redraw();
	}

	/** @return the frame under pixel column {@code x} */
	public int frameAt(int x) {
		int width = Math.max(1, canvas.getClientArea().width - 1);
		int frames = Math.max(1, marks.frameCount());
		return Math.max(0, Math.min(frames - 1, (int) Math.round((double) x * (frames - 1) / width)));
	}

	/** @return the pixel column of frame {@code frame} */
	public int xOf(int frame) {
		int width = Math.max(1, canvas.getClientArea().width - 1);
		int frames = Math.max(2, marks.frameCount());
		return (int) Math.round((double) frame * width / (frames - 1));
	}

	private void bin() {
		int width = Math.max(0, canvas.getClientArea().width);
		byte[] bins = new byte[width];
		if (width > 0 && marks.frameCount() > 0) {
			mark(bins, marks.predicted(), 1);
			mark(bins, marks.user(), 2);
			mark(bins, marks.suggested(), 4);
		}
		columns = bins;
		canvas.redraw();
	}

	private void mark(byte[] bins, int[] frames, int bit) {
		for (int frame : frames) {
			int x = Math.min(bins.length - 1, Math.max(0, xOf(frame)));
			bins[x] |= bit;
		}
	}

	private void paint(GC gc) {
		Rectangle area = canvas.getClientArea();
		gc.setBackground(canvas.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
		gc.fillRectangle(area);
		int band = area.height - 10;
		gc.setBackground(new Color(50, 50, 50));
		gc.fillRectangle(0, 2, area.width, band - 2);
		int[] range = selection();
		if (range != null) {
			gc.setBackground(SELECTION);
			gc.fillRectangle(xOf(range[0]), 2, Math.max(1, xOf(range[1]) - xOf(range[0])), band - 2);
		}
		for (int x = 0; x < columns.length; x++) {
			int bits = columns[x];
			if ((bits & 2) != 0) {
				gc.setForeground(USER);
				gc.drawLine(x, 2, x, band - 1);
			} else if ((bits & 1) != 0) {
				gc.setForeground(PREDICTED);
				gc.drawLine(x, band / 2, x, band - 1);
			}
			if ((bits & 4) != 0) {
				gc.setForeground(SUGGESTED);
				gc.drawLine(x, band + 1, x, area.height - 1);
			}
		}
		int x = xOf(current);
		gc.setBackground(CURRENT);
		gc.fillRectangle(x - 1, 0, 3, area.height);
	}

	private void mouseDown(Event event) {
		if (event.button != 1) {
			return;
		}
		pressed = true;
		int frame = frameAt(event.x);
		if ((event.stateMask & SWT.SHIFT) != 0) {
			anchor = frame;
			selectionStart = selectionEnd = frame;
			canvas.redraw();
		} else {
			anchor = -1;
			seek.accept(frame);
		}
	}

	private void mouseMove(Event event) {
		if (!pressed) {
			return;
		}
		int frame = frameAt(event.x);
		if (anchor >= 0) {
			selectionStart = anchor;
			selectionEnd = frame;
			canvas.redraw();
		} else {
			seek.accept(frame);
		}
	}
}
