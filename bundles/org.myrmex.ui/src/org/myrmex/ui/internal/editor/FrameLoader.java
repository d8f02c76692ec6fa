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
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;
import org.myrmex.video.proxy.SeekProxy;

/**
 * Decodes the frames the editor asks for off the UI thread and converts there the part on screen at the size it is
 * shown at ({@link FramePart}, {@link FrameImages}), so a 4K frame reaches the UI thread as a screenful of pixels. Only the newest request
 * waits: while one frame decodes, newer requests replace each other, so scrubbing shows the frames it can keep up
 * with and always ends on the last one asked for. With a seek proxy, a far jump first shows the proxy's frame (a
 * few milliseconds), then the exact frame; while requests keep coming, only proxy frames are decoded.
 * <p>
 * Memory stays bounded whatever the video's size: the UI thread gets the newest result only (one waiting at most;
 * a result it has not taken yet is replaced, not queued), and the loader keeps the last exact frame it decoded, so
 * the same frame at another zoom or place is converted again without decoding.
 */
final class FrameLoader extends Job {
	/** What the UI thread receives: the frame's image, or why it could not be decoded. */
	interface Consumer {
		/** A frame of the seek proxy: shown stretched over the video's size until the exact frame replaces it. */
		void previewDecoded(int index, ImageData image);

		/** The exact frame, or the part of it asked for, at the size asked for. */
		void frameDecoded(int index, ImageData image, FramePart part);

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
	private FramePart pendingPart;
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

	/** Asks for frame {@code index}, whole, at its own size. */
	void request(int index) {
		request(index, null);
	}

	/**
	 * Asks for {@code part} of frame {@code index} (null, or a part outside the frame: the whole frame at its own
	 * size); an older request that has not started is dropped.
	 */
	void request(int index, FramePart part) {
		synchronized (this) {
			pending = index;
			pendingPart = part;
		}
		schedule();
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		while (!monitor.isCanceled()) {
			int index;
			FramePart part;
			VideoSource video;
			SeekProxy seekProxy;
			ColorMode colours;
			boolean far;
			VideoFrame reuse;
			synchronized (this) {
				index = pending;
				part = pendingPart;
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
				FramePart shown = part != null && part.x() + part.width() <= frame.width()
						&& part.y() + part.height() <= frame.height() ? part
								: FramePart.whole(frame.width(), frame.height());
				ImageData image = FrameImages.toImageData(frame, shown);
				post(() -> consumer.frameDecoded(index, image, shown));
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
