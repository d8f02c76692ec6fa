// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.proxy.SeekProxy;

/**
 * Decodes the frames the editor asks for off the UI thread and converts them there to the size they are shown at
 * ({@link FrameImages}), so a 4K frame reaches the UI thread as a screenful of pixels. Only the newest request
 * waits: while one frame decodes, newer requests replace each other, so scrubbing shows the frames it can keep up
 * with and always ends on the last one asked for. With a seek proxy, a far jump first shows the proxy's frame (a
 * few milliseconds), then the exact frame; while requests keep coming, only proxy frames are decoded.
 * <p>
 * Memory stays bounded whatever the video's size: the UI thread gets the newest result only (one waiting at most;
 * a result it has not taken yet is replaced, not queued), and the loader keeps the last exact frame it decoded, so
 * the same frame at another zoom is converted again without decoding.
 */
final class FrameLoader extends Job {
	/** What the UI thread receives: the frame's image, or why it could not be decoded. */
	interface Consumer {
		/** A frame of the seek proxy: shown stretched over the video's size until the exact frame replaces it. */
		void previewDecoded(int index, ImageData image);

		/** The exact frame, at the size asked for (or the frame's own when that is smaller). */
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
	private Point pendingSize;
	private int last = -1;
	/** The last exact frame decoded, to convert again at another size. */
	private int keptIndex = -1;
	private VideoFrame kept;
	/** The newest result the UI thread has not taken yet. */
	private Runnable handoff;

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
		keptIndex = -1;
		kept = null;
	}

	/** Uses {@code newProxy} (of the current source; null for none) for far jumps. */
	synchronized void setProxy(SeekProxy newProxy) {
		proxy = newProxy;
	}

	/** Asks for frame {@code index} at its own size. */
	void request(int index) {
		request(index, null);
	}

	/**
	 * Asks for frame {@code index} converted to {@code size} (null: the frame's own size; never larger); an older
	 * request that has not started is dropped.
	 */
	void request(int index, Point size) {
		synchronized (this) {
			pending = index;
			pendingSize = size;
		}
		schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		while (!monitor.isCanceled()) {
			int index;
			Point size;
			VideoSource video;
			SeekProxy seekProxy;
			ColorMode colours;
			boolean far;
			VideoFrame reuse;
			synchronized (this) {
				index = pending;
				size = pendingSize;
				video = source;
				seekProxy = proxy;
				colours = mode;
				pending = -1;
				far = last < 0 || Math.abs(index - last) > NEAR;
				last = index;
				reuse = index == keptIndex ? kept : null;
			}
			if (index < 0 || video == null) {
				return Status.OK_STATUS;
			}
			if (reuse == null && far && seekProxy != null && preview(seekProxy, index, colours)) {
				continue; // a newer frame was asked for meanwhile: scrubbing shows proxy frames only
			}
			try {
				VideoFrame frame = reuse != null ? reuse : video.read(index, colours);
				keep(video, index, frame);
				ImageData image = size == null ? FrameImages.toImageData(frame)
						: FrameImages.toImageData(frame, size.x, size.y);
				post(() -> consumer.frameDecoded(index, image));
			} catch (VideoException | RuntimeException e) {
				String message = e.getMessage() == null ? e.toString() : e.getMessage();
				post(() -> consumer.frameFailed(index, message));
			}
		}
		return Status.CANCEL_STATUS;
	}

	private synchronized void keep(VideoSource video, int index, VideoFrame frame) {
		if (video == source) {
			keptIndex = index;
			kept = frame;
		}
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

	/** Hands {@code result} to the UI thread, replacing one it has not taken yet. */
	private void post(Runnable result) {
		boolean schedule;
		synchronized (this) {
			schedule = handoff == null;
			handoff = result;
		}
		if (schedule && !display.isDisposed()) {
			display.asyncExec(this::deliver);
		}
	}

	private void deliver() {
		Runnable result;
		synchronized (this) {
			result = handoff;
			handoff = null;
		}
		if (result != null) {
			result.run();
		}
	}
}
