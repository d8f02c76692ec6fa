// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.OperationCanceledException;
import org.myrmex.model.Video;
import org.myrmex.nn.internal.predict.FramePlan.VideoFrames;
import org.myrmex.nn.predict.PredictionException;
import org.myrmex.video.ColorMode;
import org.myrmex.video.FrameReader;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoSource;

/**
 * Decodes a plan's frames on a thread of its own, a few batches ahead of inference. Runs of consecutive frames are
 * read with the video's sequential reader (the fast path for long passes), isolated frames by random access. Frames
 * come in the video's own channels: the predictor converts them to the model's, as SLEAP does. A batch never spans
 * two videos. Close it to stop the thread.
 */
public final class FrameFeed implements AutoCloseable {
	/** Consecutive frames from which the sequential reader is used rather than random access. */
	static final int SEQUENTIAL_RUN = 4;
	private static final int BATCHES_AHEAD = 2;
	private static final Object END = new Object();

	/**
	 * Decoded frames of one video.
	 *
	 * @param video  the labels' video
	 * @param frames their frame numbers
	 * @param images the frames, in the video's channels
	 */
	public record Batch(Video video, int[] frames, List<VideoFrame> images) {
	}

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(BATCHES_AHEAD);
	private final Thread thread;
	private volatile boolean stopped;
	private boolean ended;

	/** Starts decoding. */
	public FrameFeed(FramePlan plan, int batchSize) {
		if (batchSize <= 0) {
			throw new IllegalArgumentException("batch size " + batchSize + " is not positive");
		}
		thread = new Thread(() -> decode(plan, batchSize), "myrmex-predict-decode");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Waits for the next batch.
	 *
	 * @param cancelled polled while waiting
	 * @return the next batch, or null after the last
	 * @throws PredictionException        when a frame could not be decoded
	 * @throws OperationCanceledException when {@code cancelled} says so while waiting
	 */
	public Batch next(BooleanSupplier cancelled) throws PredictionException {
		if (ended) {
			return null;
		}
		try {
			Object item;
			while ((item = queue.poll(100, TimeUnit.MILLISECONDS)) == null) {
				if (cancelled.getAsBoolean()) {
					throw new OperationCanceledException();
				}
			}
			if (item == END) {
				ended = true;
				return null;
			}
			if (item instanceof PredictionException e) {
				ended = true;
				throw new PredictionException(e.getMessage(), e);
			}
			return (Batch) item;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new OperationCanceledException();
		}
	}

	private void decode(FramePlan plan, int batchSize) {
		try {
			for (VideoFrames video : plan.videos()) {
				if (!decode(video, batchSize)) {
					return;
				}
			}
			put(END);
		} catch (VideoException e) {
			put(new PredictionException(e.getMessage(), e));
		} catch (RuntimeException e) {
			put(new PredictionException("cannot decode a frame: " + e, e));
		}
	}

	/** @return false when stopped */
	private boolean decode(VideoFrames video, int batchSize) throws VideoException {
		VideoSource source = video.source();
		ColorMode mode = ColorMode.ofChannels(source.channels());
		int[] frames = video.frames();
		FrameReader reader = null;
		try {
			for (int start = 0; start < frames.length; start += batchSize) {
				int end = Math.min(frames.length, start + batchSize);
				List<VideoFrame> images = new ArrayList<>(end - start);
				for (int i = start; i < end; i++) {
					if (reader != null && reader.position() != frames[i]) {
						reader.close();
						reader = null;
					}
					if (reader == null && runLength(frames, i) >= SEQUENTIAL_RUN) {
						reader = source.sequential(frames[i], mode);
					}
					images.add(reader != null ? reader.next() : source.read(frames[i], mode));
				}
				int[] numbers = Arrays.copyOfRange(frames, start, end);
				if (!put(new Batch(video.video(), numbers, images))) {
					return false;
				}
			}
			return true;
		} finally {
			if (reader != null) {
				reader.close();
			}
		}
	}

	/** @return how many consecutive frame numbers start at {@code i}, counting up to {@link #SEQUENTIAL_RUN} */
	static int runLength(int[] frames, int i) {
		int n = 1;
		while (n < SEQUENTIAL_RUN && i + n < frames.length && frames[i + n] == frames[i] + n) {
			n++;
		}
		return n;
	}

	/** @return false when the feed was stopped before the item could be queued */
	private boolean put(Object item) {
		try {
			while (!stopped) {
				if (queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
					return true;
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	/** Stops decoding and waits for the thread to end (the plan's videos may then be closed). */
	@Override
	public void close() {
		stopped = true; // no interrupt: a decoder is never disturbed mid-frame; the thread sees the flag within 0.1 s
		try {
			thread.join();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		queue.clear();
	}
}
