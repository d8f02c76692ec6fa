// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.Track;
import org.myrmex.model.edit.LabelsEditing;
import org.myrmex.tracking.Retracking;
import org.myrmex.tracking.TrackerOptions;

/** Re-tracking labels under edit as one undoable command, on {@code tracks/clip.predictions.slp}. */
class RetrackingTest {
	@Test
	void targetingTwoAnimalsIsOneCommandThatUndoes() throws Exception {
		Labels labels = LabelsFiles.load(Fixtures.require("sleap/tracks/clip.predictions.slp"));
		AdapterFactoryEditingDomain domain = LabelsEditing.createDomain(labels);
		BasicCommandStack stack = (BasicCommandStack) domain.getCommandStack();
		List<Track> before = List.copyOf(labels.getTracks());
		List<Instance> instances = instances(labels);
		List<Track> held = instances.stream().map(Instance::getTrack).toList();

		Retracking retracking = new Retracking(labels);
		retracking.run(TrackerOptions.defaults().withTargetInstances(2, true, 0.8).withConnectBreaks(true), null,
				new NullProgressMonitor());
		assertEquals(before, labels.getTracks(), "the labels do not change before the command runs");
		assertEquals(held, instances.stream().map(Instance::getTrack).toList());
		Command command = retracking.command(domain);
		stack.execute(command);
		assertEquals(2, labels.getTracks().size());
		assertEquals(retracking.summary().instances(), instances(labels).size());
		for (Instance instance : instances(labels)) {
			assertTrue(labels.getTracks().contains(instance.getTrack()), "every instance holds one of the 2 tracks");
		}
		assertNotEquals(held, instances.stream().map(Instance::getTrack).toList());

		stack.undo();
		assertEquals(before, labels.getTracks());
		assertEquals(instances, instances(labels));
		assertEquals(held, instances.stream().map(Instance::getTrack).toList());
		stack.redo();
		assertEquals(2, labels.getTracks().size());
		assertSame(command, stack.getUndoCommand());
	}

	private static List<Instance> instances(Labels labels) {
		List<Instance> all = new ArrayList<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			all.addAll(frame.getInstances());
		}
		return all;
	}
}
