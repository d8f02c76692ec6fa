// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.views.skeleton;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.ReplaceCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.myrmex.model.Edge;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Symmetry;
import org.myrmex.model.edit.SkeletonCommands;

/**
 * The skeleton edits the Skeleton view offers, as commands for the labels editor's command stack, built on
 * {@link SkeletonCommands}; no SWT here. The view edits the project's first skeleton, the one new instances use.
 */
public final class SkeletonEdits {
	/** The name a project's first skeleton gets when its first node is added (SLEAP's default). */
	public static final String DEFAULT_SKELETON_NAME = "Skeleton-1";

	private SkeletonEdits() {
	}

	/** @return the skeleton the view edits: the project's first, or null when it has none */
	public static Skeleton skeleton(Labels labels) {
		return labels == null || labels.getSkeletons().isEmpty() ? null : labels.getSkeletons().get(0);
	}

	/**
	 * Adds a node named {@code name}; a project without a skeleton gets one holding just that node (no instance
	 * can use a skeleton that does not exist yet, so nothing else changes).
	 *
	 * @throws IllegalArgumentException as {@link SkeletonCommands#addNode}
	 */
	public static Command addNode(EditingDomain domain, Labels labels, String name) {
		Skeleton skeleton = skeleton(labels);
		if (skeleton != null) {
			return SkeletonCommands.addNode(domain, labels, skeleton, name);
		}
		String problem = nameProblem(null, null, name);
		if (problem != null) {
			throw new IllegalArgumentException(problem);
		}
		Skeleton created = LabelsFactory.eINSTANCE.createSkeleton();
		created.setName(DEFAULT_SKELETON_NAME);
		Node node = LabelsFactory.eINSTANCE.createNode();
		node.setName(name);
		created.getNodes().add(node);
		AddCommand command = new AddCommand(domain, labels, LabelsPackage.Literals.LABELS__SKELETONS, created);
		command.setLabel("Add Node");
		return command;
	}

	/**
	 * Why {@code name} cannot name {@code node} (null: a new node) of {@code skeleton} (null: none yet), worded
	 * for a user, or null when it can.
	 */
	public static String nameProblem(Skeleton skeleton, Node node, String name) {
		if (name == null || name.isBlank()) {
			return "A node name must not be blank";
		}
		if (!name.equals(name.strip())) {
			return "A node name must not start or end with spaces";
		}
		if (skeleton != null) {
			for (Node other : skeleton.getNodes()) {
				if (other != node && name.equals(other.getName())) {
					return "The skeleton already has a node named " + name;
				}
			}
		}
		return null;
	}

	/** @return the symmetric twin of {@code node}, or null */
	public static Node twin(Skeleton skeleton, Node node) {
		for (Symmetry symmetry : skeleton.getSymmetries()) {
			if (symmetry.getFirst() == node) {
				return symmetry.getSecond();
			}
			if (symmetry.getSecond() == node) {
				return symmetry.getFirst();
			}
		}
		return null;
	}

	/**
	 * Makes {@code twin} the symmetric twin of {@code node}, or clears its symmetry when {@code twin} is null.
	 *
	 * @return the command, {@linkplain Command#canExecute() not executable} when nothing changes
	 */
	public static Command setTwin(EditingDomain domain, Skeleton skeleton, Node node, Node twin) {
		return twin == null ? SkeletonCommands.clearSymmetry(domain, skeleton, node)
				: SkeletonCommands.setSymmetry(domain, skeleton, node, twin);
	}

	/** Why an edge from {@code parent} to {@code child} cannot be added, worded for a user, or null. */
	public static String edgeProblem(Skeleton skeleton, Node parent, Node child) {
		if (parent == null || child == null) {
			return "Choose a parent and a child node";
		}
		if (parent == child) {
			return "An edge joins two different nodes";
		}
		for (Edge edge : skeleton.getEdges()) {
			if (edge.getSource() == parent && edge.getDestination() == child) {
				return "The skeleton already has the edge " + parent.getName() + " → " + child.getName();
			}
		}
		return null;
	}

	/**
	 * Changes {@code edge} to join {@code parent} to {@code child}: the edge removed and the new one added, in
	 * one command.
	 *
	 * @return the command, or null when the edge already joins these nodes
	 * @throws IllegalArgumentException as {@link SkeletonCommands#addEdge}
	 */
	public static Command changeEdge(EditingDomain domain, Edge edge, Node parent, Node child) {
		if (edge.getSource() == parent && edge.getDestination() == child) {
			return null;
		}
		Skeleton skeleton = (Skeleton) edge.eContainer();
		Command add = SkeletonCommands.addEdge(domain, skeleton, parent, child);
		CompoundCommand command = new CompoundCommand("Change Edge");
		command.append(SkeletonCommands.removeEdge(domain, edge));
		command.append(add);
		return command;
	}

	/** @return the number of instances of {@code labels} that use {@code skeleton} */
	public static int instancesOf(Labels labels, Skeleton skeleton) {
		int count = 0;
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				if (instance.getSkeleton() == skeleton) {
					count++;
				}
			}
		}
		return count;
	}

	/**
	 * Puts {@code loaded} in place of the project's first skeleton, or adds it when there is none. Only a skeleton
	 * no instance uses is replaced: re-mapping instances onto another skeleton is not this command's job.
	 *
	 * @throws IllegalArgumentException naming the number of instances when the current skeleton has some
	 */
	public static Command loadSkeleton(EditingDomain domain, Labels labels, Skeleton loaded) {
		Skeleton current = skeleton(labels);
		if (current == null) {
			AddCommand command = new AddCommand(domain, labels, LabelsPackage.Literals.LABELS__SKELETONS, loaded);
			command.setLabel("Load Skeleton");
			return command;
		}
		int used = instancesOf(labels, current);
		if (used > 0) {
			throw new IllegalArgumentException("Skeleton " + current.getName() + " has " + used
					+ " instances; a skeleton can be loaded only while no instance uses the current one");
		}
		ReplaceCommand command = new ReplaceCommand(domain, labels, LabelsPackage.Literals.LABELS__SKELETONS,
				current, List.of(loaded));
		command.setLabel("Load Skeleton");
		return command;
	}
}
