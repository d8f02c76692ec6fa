// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.synth;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A synthetic ant colony clip with exact labels: the poses of every ant in every frame, computed up front
 * (a few kilobytes), and the frames themselves, rendered one at a time on request so that a caller can
 * stream them into an encoder. Immutable; the same {@link ColonyParameters} give the same poses and the
 * same frame bytes.
 *
 * <pre>
 * SyntheticColony colony = SyntheticColony.generate(ColonyParameters.defaults());
 * for (int f = 0; f &lt; colony.frameCount(); f++) {
 *     encoder.write(colony.renderFrameGray(f));   // width * height bytes
 *     labels.add(f, colony.poses(f));
 * }
 * </pre>
 */
public final class SyntheticColony {

	private final ColonyParameters parameters;
	private final List<List<AntPose>> poses;
	private final AntRenderer renderer;

	private SyntheticColony(ColonyParameters parameters, AntPose[][] poses) {
		this.parameters = parameters;
		List<AntPose>[] frames = newListArray(poses.length);
		for (int f = 0; f < poses.length; f++) {
			frames[f] = List.of(poses[f]);
		}
		this.poses = List.of(frames);
		this.renderer = new AntRenderer(parameters.width(), parameters.height(), parameters.seed());
	}

	@SuppressWarnings("unchecked")
	private static List<AntPose>[] newListArray(int length) {
		return (List<AntPose>[]) new List<?>[length];
	}

	/** Simulates the colony; cheap (milliseconds), renders nothing yet. */
	public static SyntheticColony generate(ColonyParameters parameters) {
		if (parameters == null) {
			throw new IllegalArgumentException("parameters must not be null");
		}
		AntBodyPlan plan = new AntBodyPlan(parameters.bodyLength());
		return new SyntheticColony(parameters, ColonyMotion.simulate(parameters, plan));
	}

	public ColonyParameters parameters() {
		return parameters;
	}

	public AntSkeletonSpec skeleton() {
		return AntSkeletonSpec.ANT;
	}

	public int frameCount() {
		return parameters.frameCount();
	}

	public double fps() {
		return parameters.fps();
	}

	public int width() {
		return parameters.width();
	}

	public int height() {
		return parameters.height();
	}

	public int antCount() {
		return parameters.antCount();
	}

	/** The ants in frame {@code frame}, one pose per ant in a fixed order (the track identity). */
	public List<AntPose> poses(int frame) {
		checkFrame(frame);
		return poses.get(frame);
	}

	public AntPose pose(int frame, int ant) {
		checkFrame(frame);
		if (ant < 0 || ant >= parameters.antCount()) {
			throw new IllegalArgumentException("ant out of range 0.." + (parameters.antCount() - 1) + ": " + ant);
		}
		return poses.get(frame).get(ant);
	}

	/** Renders frame {@code frame} as a new {@link BufferedImage#TYPE_BYTE_GRAY} image. */
	public BufferedImage renderFrame(int frame) {
		checkFrame(frame);
		return renderer.render(frame, poses.get(frame));
	}

	/** Renders frame {@code frame} as {@code width * height} grey bytes, row by row. */
	public byte[] renderFrameGray(int frame) {
		checkFrame(frame);
		return renderer.renderGray(frame, poses.get(frame));
	}

	private void checkFrame(int frame) {
		if (frame < 0 || frame >= parameters.frameCount()) {
			throw new IllegalArgumentException(
					"frame out of range 0.." + (parameters.frameCount() - 1) + ": " + frame);
		}
	}
}
