// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Batches built ahead of the training step: a producer thread walks the samples epoch after epoch (reshuffled each
 * epoch when shuffling), worker threads decode and augment the next samples in parallel, examples pass through a
 * shuffle buffer (SLEAP's {@code shuffle_buffer_size}) and finished batches wait in a bounded queue. Results are
 * deterministic for a seed whatever the number of threads: each sample's random choices come from
 * (seed, epoch, position). Never ends; take as many batches as an epoch needs and close it. Frames of different
 * sizes must come out of the pipeline at one size (crops, or one video size) to be batched.
 */
public final class BatchStream implements AutoCloseable {
	private static final Object END = new Object();

	private final ExamplePipeline pipeline;
	private final List<Sample> samples;
	private final int batchSize;
	private final boolean training;
	private final int shuffleBuffer;
	private final long seed;
	private final IProgressMonitor monitor;
	private final BlockingQueue<Object> ready;
	private final ExecutorService workers;
	private final Thread producer;
	private volatile boolean closed;

	/**
	 * Starts producing.
	 *
	 * @param training      shuffle, use the shuffle buffer and augment (else samples in order, no augmentation)
	 * @param shuffleBuffer examples held for shuffling (1 for none)
	 * @param prefetch      batches built ahead
	 * @param threads       decoding threads
	 * @param monitor       cancelling it stops the stream; {@link #take()} then throws
	 *                      {@link OperationCanceledException}
	 */
	public BatchStream(ExamplePipeline pipeline, List<Sample> samples, int batchSize, boolean training,
			int shuffleBuffer, long seed, int prefetch, int threads, IProgressMonitor monitor) {
		if (samples.isEmpty()) {
			throw new IllegalArgumentException("no samples to batch");
		}
		if (batchSize <= 0 || prefetch <= 0 || threads <= 0 || shuffleBuffer <= 0) {
			throw new IllegalArgumentException("batch size " + batchSize + ", prefetch " + prefetch + ", threads "
					+ threads + " and shuffle buffer " + shuffleBuffer + " must be positive");
		}
		this.pipeline = pipeline;
		this.samples = List.copyOf(samples);
		this.batchSize = batchSize;
		this.training = training;
		this.shuffleBuffer = training ? shuffleBuffer : 1;
		this.seed = seed;
		this.monitor = monitor;
		this.ready = new ArrayBlockingQueue<>(prefetch);
		this.workers = Executors.newFixedThreadPool(threads, r -> daemon(r, "myrmex batch decoder"));
		this.producer = daemon(this::produce, "myrmex batch producer");
		producer.start();
	}

	private static Thread daemon(Runnable runnable, String name) {
		Thread thread = new Thread(runnable, name);
		thread.setDaemon(true);
		return thread;
	}

	/**
	 * @return the next batch, waiting for it
	 * @throws DataException              when a frame could not be read or batched
	 * @throws OperationCanceledException when the monitor was cancelled
	 */
	public Batch take() throws DataException {
		while (true) {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			Object next;
			try {
				next = ready.poll(100, TimeUnit.MILLISECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OperationCanceledException();
			}
			if (next instanceof Batch batch) {
				return batch;
			} else if (next instanceof DataException error) {
				throw new DataException(error.getMessage(), error);
			} else if (next == END || closed) {
				throw new OperationCanceledException();
			}
		}
	}

	/** @return the samples in the order of an epoch: shuffled by (seed, epoch) for training, as given otherwise */
	private List<Sample> order(int epoch) {
		List<Sample> order = new ArrayList<>(samples);
		if (training) {
			Collections.shuffle(order, new Random(seed * 31 + epoch));
		}
		return order;
	}

	private void produce() {
		Random bufferRandom = new Random(seed);
		List<TrainingExample> buffer = new ArrayList<>();
		List<TrainingExample> batch = new ArrayList<>();
		Queue<Future<List<TrainingExample>>> pending = new ArrayDeque<>();
		int lookAhead = 2 * batchSize;
		Object last = END;
		try {
			int epoch = 0;
			int position = 0;
			List<Sample> order = order(epoch);
			while (!closed && !monitor.isCanceled()) {
				if (position == order.size()) {
					// the next epoch's samples queue behind this one's: decoding never waits at epoch boundaries
					epoch++;
					position = 0;
					order = order(epoch);
				}
				Sample sample = order.get(position);
				Random random = training ? new Random(((seed * 1_000_003L) + epoch) * 1_000_003L + position) : null;
				position++;
				pending.add(workers.submit(() -> pipeline.examples(sample, random)));
				if (pending.size() <= lookAhead) {
					continue;
				}
				for (TrainingExample example : pending.remove().get()) {
					buffer.add(example);
					if (buffer.size() >= shuffleBuffer) {
						batch.add(buffer.remove(training ? bufferRandom.nextInt(buffer.size()) : 0));
					}
					if (batch.size() == batchSize) {
						ready.put(Batch.of(batch));
						batch.clear();
					}
				}
			}
		} catch (ExecutionException e) {
			last = e.getCause() instanceof DataException d ? d
					: new DataException("building training examples failed: " + e.getCause(), e.getCause());
		} catch (DataException e) {
			last = e;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			// no interrupts for the workers: an interrupted read could close a channel the shared video source uses
			pending.forEach(f -> f.cancel(false));
			workers.shutdown();
			ready.clear();
			ready.offer(last);
		}
	}

	/**
	 * Stops the producer and waits for the decoding threads to finish the frames they are reading, so the videos
	 * may be closed after this returns. Idempotent.
	 */
	@Override
	public void close() {
		closed = true;
		producer.interrupt();
		boolean interrupted = false;
		while (true) {
			try {
				producer.join();
				if (workers.awaitTermination(1, TimeUnit.MINUTES)) {
					break;
				}
			} catch (InterruptedException e) {
				interrupted = true;
			}
		}
		if (interrupted) {
			Thread.currentThread().interrupt();
		}
	}
}
