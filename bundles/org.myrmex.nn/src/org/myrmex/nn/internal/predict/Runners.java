// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.myrmex.nn.predict.PoseModel;
import org.myrmex.video.ColorMode;
import org.myrmex.video.VideoFrame;
import org.tensorflow.proto.ConfigProto;

/**
 * The inference graphs of one model, one per image size met (whole-frame models run on frames of any size), with
 * the model's preprocessing. Not thread-safe.
 */
public final class Runners implements AutoCloseable {
	private final PoseModel model;
	private final double scale;
	private final int padStride;
	private final ConfigProto session;
	private final Map<Long, ModelRunner> bySize = new HashMap<>();

	/**
	 * @param scale     the input scaling applied in the graph
	 * @param padStride the stride scaled images are padded to
	 */
	public Runners(PoseModel model, double scale, int padStride, ConfigProto session) {
		this.model = model;
		this.scale = scale;
		this.padStride = padStride;
		this.session = session;
	}

	/** @return the model */
	public PoseModel model() {
		return model;
	}

	/** @return the graph for images of {@code height × width}, built on first use */
	public ModelRunner forSize(int height, int width) {
		return bySize.computeIfAbsent(((long) height << 32) | width,
				k -> new ModelRunner(model, height, width, scale, padStride, session));
	}

	/**
	 * Converts frames to the model's channels (grey or RGB, as SLEAP converts inputs) and stacks them.
	 *
	 * @return {@code frames × height × width × channels} values 0–255
	 * @throws IllegalArgumentException when the frames differ in size
	 */
	public float[] pixels(List<VideoFrame> frames) {
		int channels = model.channels();
		VideoFrame first = frames.get(0);
		int size = first.width() * first.height() * channels;
		float[] pixels = new float[frames.size() * size];
		byte[] bytes = new byte[size];
		for (int f = 0; f < frames.size(); f++) {
			VideoFrame frame = frames.get(f).to(ColorMode.ofChannels(channels));
			if (frame.width() != first.width() || frame.height() != first.height()) {
				throw new IllegalArgumentException("frame " + f + " is " + frame + " but frame 0 is " + first
						+ ": a batch holds frames of one size");
			}
			frame.copyTo(bytes, 0);
			for (int i = 0; i < size; i++) {
				pixels[f * size + i] = bytes[i] & 0xff;
			}
		}
		return pixels;
	}

	@Override
	public void close() {
		bySize.values().forEach(ModelRunner::close);
		bySize.clear();
	}
}
