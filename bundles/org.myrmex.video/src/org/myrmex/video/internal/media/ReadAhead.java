// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import org.myrmex.video.VideoException;

/**
 * Fills the frame cache around the frame asked for last, on its own thread and decoder: first the frames ahead
 * (where playing and scrubbing usually go), then those behind. A request far from the one being served, or a
 * foreground decode, abandons the work after at most one frame; then the window around the newest request is
 * filled.
 */
final class ReadAhead implements Runnable {
	private final MediaVideo video;
	private final Cursor cursor;
	private final FrameCache cache;
	private final int ahead;
	private final int behind;
	private final Thread thread;
	private int target = -1;
	private long generation;
	private int foreground;
	private boolean closed;

	ReadAhead(MediaVideo video, Cursor cursor, FrameCache cache, int ahead, int behind) {
		this.video = video;
		this.cursor = cursor;
		this.cache = cache;
		this.ahead = ahead;
		this.behind = behind;
		this.thread = new Thread(this, "Myrmex read-ahead " + video.path().getFileName());
		thread.setDaemon(true);
		thread.start();
	}

	/** Says a foreground read is decoding: read-ahead steps aside until it ends, so the two never compete for the CPU. */
	synchronized void foregroundStarted() {
		foreground++;
	}

	/** Says a foreground read has finished decoding. */
	synchronized void foregroundEnded() {
		foreground--;
		notifyAll();
	}

	/** Tells the read-ahead which frame is current. */
	synchronized void hint(int frame) {
		if (frame != target) {
			target = frame;
			generation++;
			notifyAll();
		}
	}

	@Override
	public void run() {
		long done = 0;
		try {
			while (true) {
				int frame;
				long current;
				synchronized (this) {
					while (!closed && (generation == done || foreground > 0)) {
						wait();
					}
					if (closed) {
						return;
					}
					frame = target;
					current = generation;
				}
				fill(frame);
				done = current;
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			cursor.close();
		}
	}

	private void fill(int frame) {
		int last = video.frameCount() - 1;
		try {
			int end = Math.min(last, frame + ahead);
			int first = firstMissing(frame + 1, end);
			if (first >= 0 && cursor.decodeTo(end, first, cache, () -> stale(frame)) == null) {
				return;
			}
			int start = Math.max(0, frame - behind);
			for (int missing = firstMissing(start, frame - 1); missing >= 0; missing = firstMissing(missing + 1, frame - 1)) {
				int gopEnd = Math.min(frame - 1, nextKeyframe(missing) - 1);
				if (cursor.decodeTo(gopEnd, missing, cache, () -> stale(frame)) == null) {
					return;
				}
				missing = gopEnd;
			}
		} catch (VideoException | RuntimeException e) {
			// the foreground read reports problems with a frame; read-ahead just stops
		}
	}

	private int nextKeyframe(int frame) {
		int[] keys = video.keyframes();
		for (int key : keys) {
			if (key > frame) {
				return key;
			}
		}
		return video.frameCount();
	}

	private int firstMissing(int from, int to) {
		for (int f = from; f <= to; f++) {
			if (!cache.contains(f)) {
				return f;
			}
		}
		return -1;
	}

	/**
	 * @return whether filling around {@code frame} should stop: closing, a foreground decode running, or the current
	 *         frame moved more than half a window away (small moves keep the work, which mostly still applies)
	 */
	private synchronized boolean stale(int frame) {
		return closed || foreground > 0 || Math.abs(target - frame) > Math.min(ahead, behind) / 2;
	}

	/** Stops the thread and waits for it to release its decoder. */
	void close() {
		synchronized (this) {
			closed = true;
			notifyAll();
		}
		try {
			thread.join(5000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
