// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.edit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.myrmex.model.Edge;
import org.myrmex.model.Instance;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Symmetry;

/**
 * Commands that edit a skeleton: nodes, body edges and symmetric pairs. Each is one undoable command; those
 * that change the node list change every instance of the skeleton in the same command, so an instance always
 * has one point per node. The commands hold the objects they change, so create each one just before executing
 * it.
 */
public final class SkeletonCommands {
	private SkeletonCommands() {
	}

	/**
	 * Appends a node named {@code name} to {@code skeleton}; every instance of the skeleton in {@code labels}
	 * gets a missing point (not visible, no coordinates) at the end.
	 *
	 * @throws IllegalArgumentException if an argument is null, {@code skeleton} is not one of the project's
	 *                                  skeletons, {@code name} is blank or already names a node of the skeleton
	 */
	public static Command addNode(EditingDomain domain, Labels labels, Skeleton skeleton, String name) {
		requireDomain(domain);
		List<Instance> instances = SkeletonInstances.of(labels, skeleton);
		requireFreeName(skeleton, null, name);
		Node node = LabelsFactory.eINSTANCE.createNode();
		node.setName(name);
		CompoundCommand command = new CompoundCommand("Add Node");
		command.append(new AddCommand(domain, skeleton, LabelsPackage.Literals.SKELETON__NODES, node));
		for (Instance instance : instances) {
			command.append(new SetCommand(domain, instance, LabelsPackage.Literals.INSTANCE__POINTS,
					instance.getPoints().withNodeAppended()));
		}
		return command;
	}

	/**
	 * Renames {@code node}. Instances refer to the node object, so they follow without change.
	 *
	 * @throws IllegalArgumentException if an argument is null, {@code node} is not in a skeleton, or
	 *                                  {@code newName} is blank or names another node of the skeleton
	 */
	public static Command renameNode(EditingDomain domain, Node node, String newName) {
		requireDomain(domain);
		Skeleton skeleton = SkeletonInstances.skeletonOf(node);
		requireFreeName(skeleton, node, newName);
		SetCommand command = new SetCommand(domain, node, LabelsPackage.Literals.NODE__NAME, newName);
		command.setLabel("Rename Node");
		return command;
	}

	/**
	 * Deletes {@code node} from its skeleton, with every edge and symmetry that touches it and its point in every
	 * instance of the skeleton in {@code labels}, in one command; undo restores the node at its place, the edges
	 * and symmetries at theirs and every point. Ask {@link SkeletonInstances#placedCount(Labels, Node)} first to
	 * warn about labelled points that will go.
	 *
	 * @throws IllegalArgumentException if an argument is null, {@code node} is not in one of the project's
	 *                                  skeletons, or an instance does not have one point per node
	 */
	public static Command deleteNode(EditingDomain domain, Labels labels, Node node) {
		requireDomain(domain);
		Skeleton skeleton = SkeletonInstances.skeletonOf(node);
		List<Instance> instances = SkeletonInstances.of(labels, skeleton);
		int index = skeleton.getNodes().indexOf(node);
		CompoundCommand command = new CompoundCommand("Delete Node");
		for (Instance instance : instances) {
			command.append(new SetCommand(domain, instance, LabelsPackage.Literals.INSTANCE__POINTS,
					instance.getPoints().withNodeRemoved(index)));
		}
		List<Edge> edges = new ArrayList<>();
		for (Edge edge : skeleton.getEdges()) {
			if (edge.getSource() == node || edge.getDestination() == node) {
				edges.add(edge);
			}
		}
		if (!edges.isEmpty()) {
			command.append(new RemoveCommand(domain, skeleton, LabelsPackage.Literals.SKELETON__EDGES, edges));
		}
		List<Symmetry> symmetries = symmetriesOf(skeleton, node, null);
		if (!symmetries.isEmpty()) {
			command.append(new RemoveCommand(domain, skeleton, LabelsPackage.Literals.SKELETON__SYMMETRIES,
					symmetries));
		}
		command.append(new RemoveCommand(domain, skeleton, LabelsPackage.Literals.SKELETON__NODES, node));
		return command;
	}

	/**
	 * Adds a body edge from {@code source} to {@code destination}. Whether the skeleton is still a tree is
	 * {@link SkeletonCheck}'s business, not this command's.
	 *
	 * @throws IllegalArgumentException if an argument is null, a node is not one of {@code skeleton}'s, the two
	 *                                  are the same node, or the skeleton already has that edge
	 */
	public static Command addEdge(EditingDomain domain, Skeleton skeleton, Node source, Node destination) {
		requireDomain(domain);
		requireNodeOf(skeleton, source);
		requireNodeOf(skeleton, destination);
		if (source == destination) {
			throw new IllegalArgumentException("an edge cannot join node " + source.getName() + " to itself");
		}
		for (Edge edge : skeleton.getEdges()) {
			if (edge.getSource() == source && edge.getDestination() == destination) {
				throw new IllegalArgumentException("skeleton " + skeleton.getName() + " already has an edge from "
						+ source.getName() + " to " + destination.getName());
			}
		}
		Edge edge = LabelsFactory.eINSTANCE.createEdge();
		edge.setSource(source);
		edge.setDestination(destination);
		AddCommand command = new AddCommand(domain, skeleton, LabelsPackage.Literals.SKELETON__EDGES, edge);
		command.setLabel("Add Edge");
		return command;
	}

	/**
	 * Removes a body edge from its skeleton.
	 *
	 * @throws IllegalArgumentException if an argument is null or {@code edge} is not in a skeleton
	 */
	public static Command removeEdge(EditingDomain domain, Edge edge) {
		requireDomain(domain);
		if (edge == null) {
			throw new IllegalArgumentException("edge must not be null");
		}
		if (!(edge.eContainer() instanceof Skeleton skeleton)) {
			throw new IllegalArgumentException("edge is not in a skeleton: " + edge);
		}
		RemoveCommand command = new RemoveCommand(domain, skeleton, LabelsPackage.Literals.SKELETON__EDGES, edge);
		command.setLabel("Remove Edge");
		return command;
	}

	/**
	 * Makes {@code a} and {@code b} a symmetric pair, removing any other symmetry either of them had (a node has
	 * at most one symmetric partner). When they already are a pair there is nothing to do: the command is then
	 * {@linkplain Command#canExecute() not executable}.
	 *
	 * @throws IllegalArgumentException if an argument is null, a node is not one of {@code skeleton}'s or the
	 *                                  two are the same node
	 */
	public static Command setSymmetry(EditingDomain domain, Skeleton skeleton, Node a, Node b) {
		requireDomain(domain);
		requireNodeOf(skeleton, a);
		requireNodeOf(skeleton, b);
		if (a == b) {
			throw new IllegalArgumentException("node " + a.getName() + " cannot be symmetric to itself");
		}
		List<Symmetry> replaced = symmetriesOf(skeleton, a, b);
		if (replaced.size() == 1 && pairs(replaced.get(0), a, b)) {
			return UnexecutableCommand.INSTANCE;
		}
		Symmetry symmetry = LabelsFactory.eINSTANCE.createSymmetry();
		symmetry.setFirst(a);
		symmetry.setSecond(b);
		CompoundCommand command = new CompoundCommand("Set Symmetry");
		if (!replaced.isEmpty()) {
			command.append(new RemoveCommand(domain, skeleton, LabelsPackage.Literals.SKELETON__SYMMETRIES,
					replaced));
		}
		command.append(new AddCommand(domain, skeleton, LabelsPackage.Literals.SKELETON__SYMMETRIES, symmetry));
		return command;
	}

	/**
	 * Removes every symmetry of {@code node}. A node without one has nothing to clear: the command is then
	 * {@linkplain Command#canExecute() not executable}.
	 *
	 * @throws IllegalArgumentException if an argument is null or {@code node} is not one of {@code skeleton}'s
	 */
	public static Command clearSymmetry(EditingDomain domain, Skeleton skeleton, Node node) {
		requireDomain(domain);
		requireNodeOf(skeleton, node);
		List<Symmetry> symmetries = symmetriesOf(skeleton, node, null);
		if (symmetries.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		RemoveCommand command = new RemoveCommand(domain, skeleton, LabelsPackage.Literals.SKELETON__SYMMETRIES,
				symmetries);
		command.setLabel("Clear Symmetry");
		return command;
	}

	/** The symmetries of {@code skeleton} that involve {@code a} or (if not null) {@code b}, in skeleton order. */
	private static List<Symmetry> symmetriesOf(Skeleton skeleton, Node a, Node b) {
		List<Symmetry> result = new ArrayList<>();
		for (Symmetry symmetry : skeleton.getSymmetries()) {
			if (involves(symmetry, a) || (b != null && involves(symmetry, b))) {
				result.add(symmetry);
			}
		}
		return result;
	}

	private static boolean involves(Symmetry symmetry, Node node) {
		return symmetry.getFirst() == node || symmetry.getSecond() == node;
	}

	private static boolean pairs(Symmetry symmetry, Node a, Node b) {
		return involves(symmetry, a) && involves(symmetry, b);
	}

	private static void requireFreeName(Skeleton skeleton, Node renamed, String name) {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a node name must not be blank: \"" + name + "\"");
		}
		for (Node node : skeleton.getNodes()) {
			if (node != renamed && name.equals(node.getName())) {
				throw new IllegalArgumentException("skeleton " + skeleton.getName() + " already has a node named "
						+ name);
			}
		}
	}

	private static void requireNodeOf(Skeleton skeleton, Node node) {
		if (skeleton == null) {
			throw new IllegalArgumentException("skeleton must not be null");
		}
		if (node == null || node.eContainer() != skeleton) {
			throw new IllegalArgumentException("node " + (node == null ? null : node.getName())
					+ " is not a node of skeleton " + skeleton.getName());
		}
	}

	private static void requireDomain(EditingDomain domain) {
		if (domain == null) {
			throw new IllegalArgumentException("domain must not be null");
		}
	}
}
