// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Display;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoSource;

/**
 * Decodes the frames the editor asks for off the UI thread. Only the newest request waits: while one frame
 * decodes, newer requests replace each other, so scrubbing shows the frames it can keep up with and always
 * ends on the last one asked for. Results are handed to the UI thread.
 */
final class FrameLoader extends Job {
	/** What the UI thread receives: the frame's image, or why it could not be decoded. */
	interface Consumer {
		void frameDecoded(int index, ImageData image);

		void frameFailed(int index, String message);
	}

	private final Display display;
	private final Consumer consumer;
	private VideoSource source;
	private ColorMode mode = ColorMode.GRAY;
	private int pending = -1;

	FrameLoader(Display display, Consumer consumer) {
		super("Decoding video frames");
		this.display = display;
		this.consumer = consumer;
		setSystem(true);
	}

	/** Uses {@code newSource} (may be null: nothing to decode) from the next request on. */
	synchronized void setSource(VideoSource newSource, ColorMode newMode) {
		source = newSource;
		mode = newMode;
		pending = -1;
	}

	/** Asks for frame {@code index}; an older request that has not started is dropped. */
	void request(int index) {
		synchronized (this) {
			pending = index;
		}
		schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		while (!monitor.isCanceled()) {
			int index;
			VideoSource video;
			ColorMode colours;
			synchronized (this) {
				index = pending;
				video = source;
				colours = mode;
				pending = -1;
			}
			if (index < 0 || video == null) {
				return Status.OK_STATUS;
			}
			try {
				ImageData image = FrameImages.toImageData(video.read(index, colours));
				post(() -> consumer.frameDecoded(index, image));
			} catch (VideoException | RuntimeException e) {
				String message = e.getMessage() == null ? e.toString() : e.getMessage();
				post(() -> consumer.frameFailed(index, message));
			}
		}
		return Status.CANCEL_STATUS;
	}

	private void post(Runnable runnable) {
		if (!display.isDisposed()) {
			display.asyncExec(runnable);
		}
	}
}
