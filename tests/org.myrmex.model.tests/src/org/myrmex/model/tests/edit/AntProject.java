// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests.edit;


import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.myrmex.model.Edge;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Symmetry;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.edit.LabelsEditing;

/**
 * A project with an 18-node ant skeleton (a tree rooted at the head, seven left/right symmetries), one video,
 * two tracks and three labelled frames (0, 5, 9) holding six user instances and one prediction, with some points
 * missing or hidden, and its editing domain.
 */
final class AntProject {
	static final LabelsFactory FACTORY = LabelsFactory.eINSTANCE;
	static final String[] NODES = { "Head", "Thorax", "Petiole", "Gaster", "AntennaL1", "AntennaL2", "AntennaR1",
			"AntennaR2", "MandibleL", "MandibleR", "EyeL", "EyeR", "ForelegL", "ForelegR", "MidlegL", "MidlegR",
			"HindlegL", "HindlegR" };
	/** Parent to child, a tree rooted at the head. */
	static final String[][] EDGES = { { "Head", "Thorax" }, { "Thorax", "Petiole" }, { "Petiole", "Gaster" },
			{ "Head", "AntennaL1" }, { "AntennaL1", "AntennaL2" }, { "Head", "AntennaR1" }, { "AntennaR1", "AntennaR2" },
			{ "Head", "MandibleL" }, { "Head", "MandibleR" }, { "Head", "EyeL" }, { "Head", "EyeR" },
			{ "Thorax", "ForelegL" }, { "Thorax", "ForelegR" }, { "Thorax", "MidlegL" }, { "Thorax", "MidlegR" },
			{ "Thorax", "HindlegL" }, { "Thorax", "HindlegR" } };
	static final String[][] SYMMETRIES = { { "AntennaL1", "AntennaR1" }, { "AntennaL2", "AntennaR2" },
			{ "MandibleL", "MandibleR" }, { "EyeL", "EyeR" }, { "ForelegL", "ForelegR" }, { "MidlegL", "MidlegR" },
			{ "HindlegL", "HindlegR" } };

	final Labels labels = FACTORY.createLabels();
	final Video video = FACTORY.createVideo();
	final Skeleton skeleton = FACTORY.createSkeleton();
	final Map<String, Node> nodes = new LinkedHashMap<>();
	final Track red = FACTORY.createTrack();
	final Track blue = FACTORY.createTrack();
	final List<Instance> instances = new ArrayList<>();
	final PredictedInstance prediction;
	final AdapterFactoryEditingDomain domain;
	final BasicCommandStack stack;

	AntProject() {
		video.setFilename("colony.mp4");
		video.setWidth(640);
		video.setHeight(480);
		labels.getVideos().add(video);
		skeleton.setName("ant");
		for (String name : NODES) {
			Node node = FACTORY.createNode();
			node.setName(name);
			skeleton.getNodes().add(node);
			nodes.put(name, node);
		}
		for (String[] pair : EDGES) {
			Edge edge = FACTORY.createEdge();
			edge.setSource(nodes.get(pair[0]));
			edge.setDestination(nodes.get(pair[1]));
			skeleton.getEdges().add(edge);
		}
		for (String[] pair : SYMMETRIES) {
			Symmetry symmetry = FACTORY.createSymmetry();
			symmetry.setFirst(nodes.get(pair[0]));
			symmetry.setSecond(nodes.get(pair[1]));
			skeleton.getSymmetries().add(symmetry);
		}
		labels.getSkeletons().add(skeleton);
		red.setName("red");
		blue.setName("blue");
		labels.getTracks().add(red);
		labels.getTracks().add(blue);
		for (int f = 0; f < 3; f++) {
			LabeledFrame frame = frame(new int[] { 0, 5, 9 }[f]);
			for (int i = 0; i < 2; i++) {
				UserInstance user = FACTORY.createUserInstance();
				user.setSkeleton(skeleton);
				user.setTrack(i == 0 ? red : blue);
				user.setPoints(antPoints(100 * f + 10 * i));
				frame.getInstances().add(user);
				instances.add(user);
			}
		}
		prediction = FACTORY.createPredictedInstance();
		prediction.setSkeleton(skeleton);
		prediction.setScore(0.8);
		prediction.setPoints(antPoints(300).with(2, Point.predicted(7.5, 8.5, 0.25)));
		labels.getLabeledFrames().get(2).getInstances().add(prediction);
		instances.add(prediction);
		domain = LabelsEditing.createDomain(labels);
		stack = (BasicCommandStack) domain.getCommandStack();
	}

	LabeledFrame frame(int frameIndex) {
		LabeledFrame frame = FACTORY.createLabeledFrame();
		frame.setVideo(video);
		frame.setFrameIndex(frameIndex);
		labels.getLabeledFrames().add(frame);
		return frame;
	}

	Node node(String name) {
		return nodes.get(name);
	}

	/**
	 * Distinct points for every node, shifted by {@code seed}: node 7 (AntennaR2) is missing, node 11 (EyeR) is
	 * hidden, and node 4 (AntennaL1) is complete.
	 */
	static PointArray antPoints(int seed) {
		List<Point> points = new ArrayList<>();
		for (int i = 0; i < NODES.length; i++) {
			double x = seed + 10 * i + 0.5;
			double y = seed + 3 * i + 0.25;
			if (i == 7) {
				points.add(Point.missing());
			} else if (i == 11) {
				points.add(new Point(x, y, false, false, Double.NaN));
			} else {
				points.add(new Point(x, y, true, i == 4, Double.NaN));
			}
		}
		return PointArray.of(points);
	}

	List<PointArray> points() {
		List<PointArray> points = new ArrayList<>();
		for (Instance instance : instances) {
			points.add(instance.getPoints());
		}
		return points;
	}

	/** Executes {@code command}, then undoes and redoes it, checking the model after each step. */
	void executeUndoRedo(Command command, Runnable before, Runnable after) {
		UndoRedo.check(stack, command, before, after);
	}
}
