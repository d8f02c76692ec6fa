// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.edit;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.myrmex.model.Instance;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;

/**
 * Commands that change an instance's points. Each sets one new {@link PointArray} on
 * {@link Instance#getPoints()}, so an edit is one undoable attribute change and adds no adapter to the
 * instance. As in SLEAP's labelling window, a point a person moves or hides becomes complete.
 */
public final class PointCommands {
	private PointCommands() {
	}

	/**
	 * Moves node {@code node} of {@code instance} to ({@code x}, {@code y}): the point becomes visible and
	 * complete and keeps its score. Placing a missing node is a move too.
	 *
	 * @throws IllegalArgumentException if an argument is null, the instance has no points, {@code node} is not
	 *                                  one of its nodes or a coordinate is not finite
	 */
	public static Command moveNode(EditingDomain domain, Instance instance, int node, double x, double y) {
		PointArray points = pointsOf(domain, instance, node);
		if (!Double.isFinite(x) || !Double.isFinite(y)) {
			throw new IllegalArgumentException("node " + node + " cannot move to (" + x + ", " + y + ")");
		}
		Point point = points.get(node);
		return setPoints(domain, instance, points.with(node, new Point(x, y, true, true, point.score())),
				"Move Node");
	}

	/**
	 * Toggles whether node {@code node} of {@code instance} is visible, keeping its coordinates; the point
	 * becomes complete. A node that has no coordinates cannot be shown (move it instead): the command is then
	 * {@linkplain Command#canExecute() not executable}.
	 *
	 * @throws IllegalArgumentException if an argument is null, the instance has no points or {@code node} is
	 *                                  not one of its nodes
	 */
	public static Command toggleVisibility(EditingDomain domain, Instance instance, int node) {
		PointArray points = pointsOf(domain, instance, node);
		Point point = points.get(node);
		if (point.isMissing()) {
			return UnexecutableCommand.INSTANCE;
		}
		Point toggled = new Point(point.x(), point.y(), !point.visible(), true, point.score());
		return setPoints(domain, instance, points.with(node, toggled), "Toggle Node Visibility");
	}

	/**
	 * Marks every placed point of {@code instance} complete (SLEAP's shift-click "verify"); missing points
	 * stay as they are.
	 *
	 * @throws IllegalArgumentException if an argument is null or the instance has no points
	 */
	public static Command markAllComplete(EditingDomain domain, Instance instance) {
		PointArray points = pointsOf(domain, instance);
		int n = points.size();
		double[] x = new double[n];
		double[] y = new double[n];
		boolean[] visible = new boolean[n];
		boolean[] complete = new boolean[n];
		double[] score = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = points.x(i);
			y[i] = points.y(i);
			visible[i] = points.visible(i);
			complete[i] = points.complete(i) || !points.get(i).isMissing();
			score[i] = points.score(i);
		}
		return setPoints(domain, instance, PointArray.of(x, y, visible, complete, score), "Mark Points Complete");
	}

	private static PointArray pointsOf(EditingDomain domain, Instance instance, int node) {
		PointArray points = pointsOf(domain, instance);
		if (node < 0 || node >= points.size()) {
			throw new IllegalArgumentException("node " + node + " is not one of the instance's " + points.size()
					+ " nodes");
		}
		return points;
	}

	private static PointArray pointsOf(EditingDomain domain, Instance instance) {
		if (domain == null) {
			throw new IllegalArgumentException("domain must not be null");
		}
		if (instance == null) {
			throw new IllegalArgumentException("instance must not be null");
		}
		PointArray points = instance.getPoints();
		if (points == null) {
			throw new IllegalArgumentException("instance has no points: " + instance);
		}
		return points;
	}

	private static Command setPoints(EditingDomain domain, Instance instance, PointArray points, String label) {
		SetCommand command = new SetCommand(domain, instance, LabelsPackage.Literals.INSTANCE__POINTS, points);
		command.setLabel(label);
		return command;
	}
}
