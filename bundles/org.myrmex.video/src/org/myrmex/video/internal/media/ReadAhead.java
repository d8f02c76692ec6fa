// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.internal.media;

import org.myrmex.video.VideoException;

/**
 * Fills the frame cache around the frame asked for last, on its own thread and decoder: first the frames ahead
 * (where playing and scrubbing usually go), then those behind. A new request abandons the work for the old one
 * after at most one frame.
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
					while (!closed && generation == done) {
						wait();
					}
					if (closed) {
						return;
					}
					frame = target;
					current = generation;
				}
				fill(frame, current);
				done = current;
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			cursor.close();
		}
	}

	private void fill(int frame, long current) {
		int last = video.frameCount() - 1;
		try {
			int end = Math.min(last, frame + ahead);
			int first = firstMissing(frame + 1, end);
			if (first >= 0 && cursor.decodeTo(end, first, cache, () -> stale(current)) == null) {
				return;
			}
			int start = Math.max(0, frame - behind);
			for (int missing = firstMissing(start, frame - 1); missing >= 0; missing = firstMissing(missing + 1, frame - 1)) {
				int gopEnd = Math.min(frame - 1, nextKeyframe(missing) - 1);
				if (cursor.decodeTo(gopEnd, missing, cache, () -> stale(current)) == null) {
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

	private synchronized boolean stale(long current) {
		return closed || generation != current;
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
