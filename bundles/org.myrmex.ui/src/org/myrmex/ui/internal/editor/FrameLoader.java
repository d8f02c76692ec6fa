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
import org.myrmex.video.proxy.SeekProxy;

/**
 * Decodes the frames the editor asks for off the UI thread. Only the newest request waits: while one frame
 * decodes, newer requests replace each other, so scrubbing shows the frames it can keep up with and always
 * ends on the last one asked for. With a seek proxy, a far jump first shows the proxy's frame (a few
 * milliseconds), then the exact frame; while requests keep coming, only proxy frames are decoded. Results are
 * handed to the UI thread.
 */
final class FrameLoader extends Job {
	/** What the UI thread receives: the frame's image, or why it could not be decoded. */
	interface Consumer {
		/** A frame of the seek proxy: shown stretched over the video's size until the exact frame replaces it. */
		void previewDecoded(int index, ImageData image);

		void frameDecoded(int index, ImageData image);

		void frameFailed(int index, String message);
	}

	private final Display display;
	private final Consumer consumer;
	/** A jump farther than this many frames shows the seek proxy's frame first. */
	static final int NEAR = 2;

	private VideoSource source;
	private SeekProxy proxy;
	private ColorMode mode = ColorMode.GRAY;
	private int pending = -1;
	private int last = -1;

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
		proxy = null;
		pending = -1;
		last = -1;
	}

	/** Uses {@code newProxy} (of the current source; null for none) for far jumps. */
	synchronized void setProxy(SeekProxy newProxy) {
		proxy = newProxy;
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
			SeekProxy seekProxy;
			ColorMode colours;
			boolean far;
			synchronized (this) {
				index = pending;
				video = source;
				seekProxy = proxy;
				colours = mode;
				pending = -1;
				far = last < 0 || Math.abs(index - last) > NEAR;
				last = index;
			}
			if (index < 0 || video == null) {
				return Status.OK_STATUS;
			}
			if (far && seekProxy != null && preview(seekProxy, index, colours)) {
				continue; // a newer frame was asked for meanwhile: scrubbing shows proxy frames only
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

	/** Shows the proxy's frame; @return whether a newer request came in meanwhile */
	private boolean preview(SeekProxy seekProxy, int index, ColorMode colours) {
		try {
			ImageData image = FrameImages.toImageData(seekProxy.frame(index, colours));
			post(() -> consumer.previewDecoded(index, image));
		} catch (VideoException | RuntimeException e) {
			// no preview: the exact frame follows anyway
		}
		synchronized (this) {
			return pending >= 0;
		}
	}

	private void post(Runnable runnable) {
		if (!display.isDisposed()) {
			display.asyncExec(runnable);
		}
	}
}
