// SPDX-License-Identifier: EPL-2.0
package org.myrmex.bench;

import java.util.SplittableRandom;

import org.eclipse.emf.ecore.util.InternalEList;
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

/** A predictions file of the size a lab produces: N predicted instances of a skeleton over one video. */
public final class SyntheticPredictions {
	private SyntheticPredictions() {
	}

	public static Labels make(int instances, int nodes, int perFrame) {
		LabelsFactory factory = LabelsFactory.eINSTANCE;
		Labels labels = factory.createLabels();
		Video video = factory.createVideo();
		video.setFilename("predictions.mp4");
		video.setBackend(VideoBackend.MEDIA);
		video.setGrayscale(true);
		labels.getVideos().add(video);
		Skeleton skeleton = factory.createSkeleton();
		skeleton.setName("bench");
		for (int n = 0; n < nodes; n++) {
			Node node = factory.createNode();
			node.setName("node" + n);
			skeleton.getNodes().add(node);
			if (n > 0) {
				var edge = factory.createEdge();
				edge.setSource(skeleton.getNodes().get(n - 1));
				edge.setDestination(node);
				skeleton.getEdges().add(edge);
			}
		}
		labels.getSkeletons().add(skeleton);
		for (int t = 0; t < perFrame; t++) {
			Track track = factory.createTrack();
			track.setName("track" + t);
			labels.getTracks().add(track);
		}
		SplittableRandom random = new SplittableRandom(42);
		int frames = (instances + perFrame - 1) / perFrame;
		int made = 0;
		for (int f = 0; f < frames; f++) {
			LabeledFrame frame = factory.createLabeledFrame();
			frame.setVideo(video);
			frame.setFrameIndex(f);
			for (int i = 0; i < perFrame && made < instances; i++, made++) {
				PredictedInstance instance = factory.createPredictedInstance();
				instance.setSkeleton(skeleton);
				instance.setTrack(labels.getTracks().get(i));
				instance.setScore(random.nextDouble());
				instance.setTrackingScore(random.nextDouble());
				double[] x = new double[nodes];
				double[] y = new double[nodes];
				double[] score = new double[nodes];
				boolean[] visible = new boolean[nodes];
				for (int n = 0; n < nodes; n++) {
					x[n] = random.nextDouble(0, 4096);
					y[n] = random.nextDouble(0, 2160);
					score[n] = random.nextDouble();
					visible[n] = true;
				}
				instance.setPoints(PointArray.of(x, y, visible, new boolean[nodes], score));
				frame.getInstances().add(instance);
			}
			((InternalEList<LabeledFrame>) labels.getLabeledFrames()).addUnique(frame);
		}
		return labels;
	}
}
