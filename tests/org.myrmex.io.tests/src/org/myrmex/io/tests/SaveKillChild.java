// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import java.nio.file.Path;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.Edge;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Track;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;

/**
 * The process {@link SlpWriterKillTest} kills in the middle of a save: builds {@code instances} predicted
 * instances and saves them over {@code file}, pausing {@code pauseMillis} at every progress check so that the
 * save is still running when the kill comes. Prints "saved" if it ever finishes.
 * <p>
 * Usage: {@code SaveKillChild <file> <instances> <pauseMillis>}
 */
public final class SaveKillChild {
	private static final int NODES = 13;
	private static final int PER_FRAME = 4;

	private SaveKillChild() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		Labels labels = predictions(Integer.parseInt(args[1]));
		long pause = Long.parseLong(args[2]);
		System.out.println("saving");
		SlpWriter.write(labels, file, new NullProgressMonitor() {
			@Override
			public boolean isCanceled() {
				try {
					Thread.sleep(pause);
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return false;
			}
		});
		System.out.println("saved");
	}

	/** @return one video, a 13-node chain skeleton, four tracks and {@code instances} predictions, four per frame */
	static Labels predictions(int instances) {
		LabelsFactory factory = LabelsFactory.eINSTANCE;
		Labels labels = factory.createLabels();
		Video video = factory.createVideo();
		video.setFilename("colony.mp4");
		video.setBackend(VideoBackend.MEDIA);
		labels.getVideos().add(video);
		Skeleton skeleton = factory.createSkeleton();
		skeleton.setName("ant");
		for (int i = 0; i < NODES; i++) {
			Node node = factory.createNode();
			node.setName("node" + i);
			skeleton.getNodes().add(node);
			if (i > 0) {
				Edge edge = factory.createEdge();
				edge.setSource(skeleton.getNodes().get(i - 1));
				edge.setDestination(node);
				skeleton.getEdges().add(edge);
			}
		}
		labels.getSkeletons().add(skeleton);
		for (int t = 0; t < PER_FRAME; t++) {
			Track track = factory.createTrack();
			track.setName("track_" + t);
			labels.getTracks().add(track);
		}
		Random random = new Random(7);
		LabeledFrame frame = null;
		for (int i = 0; i < instances; i++) {
			if (i % PER_FRAME == 0) {
				frame = factory.createLabeledFrame();
				frame.setVideo(video);
				frame.setFrameIndex(i / PER_FRAME);
				labels.getLabeledFrames().add(frame);
			}
			PredictedInstance instance = factory.createPredictedInstance();
			instance.setSkeleton(skeleton);
			instance.setTrack(labels.getTracks().get(i % PER_FRAME));
			instance.setScore(random.nextDouble());
			double[] x = new double[NODES];
			double[] y = new double[NODES];
			double[] score = new double[NODES];
			boolean[] visible = new boolean[NODES];
			for (int n = 0; n < NODES; n++) {
				x[n] = random.nextDouble() * 1024;
				y[n] = random.nextDouble() * 1024;
				score[n] = random.nextDouble();
				visible[n] = true;
			}
			instance.setPoints(PointArray.of(x, y, visible, new boolean[NODES], score));
			frame.getInstances().add(instance);
		}
		return labels;
	}
}
