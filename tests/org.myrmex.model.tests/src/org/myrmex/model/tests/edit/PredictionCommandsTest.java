// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.edit.LabelsEditing;
import org.myrmex.model.edit.PredictedFrame;
import org.myrmex.model.edit.PredictionCommands;
import org.myrmex.model.index.FrameIndex;

/**
 * {@link PredictionCommands#replace} on SLEAP's dance labels (450 predicted instances, 3 user instances corrected
 * from predictions): one command replaces the predictions of existing frames, adds new frames, leaves user
 * instances alone, and one undo restores the labels exactly.
 */
class PredictionCommandsTest {
	private final Labels labels;
	private final AdapterFactoryEditingDomain domain;
	private final BasicCommandStack stack;
	private final Video video;

	PredictionCommandsTest() throws Exception {
		labels = SlpReader.read(Fixtures.require("sleap/slp_hdf5/dance.mp4.labels.slp"));
		domain = LabelsEditing.createDomain(labels);
		stack = (BasicCommandStack) domain.getCommandStack();
		video = labels.getVideos().get(0);
	}

	/** @return a prediction shaped like {@code model}, moved by {@code dx} */
	private PredictedInstance prediction(Instance model, double dx) {
		PredictedInstance instance = LabelsFactory.eINSTANCE.createPredictedInstance();
		instance.setSkeleton(labels.getSkeletons().get(0));
		instance.setScore(0.5);
		instance.setPoints(model.getPoints().translated(dx, 0));
		return instance;
	}

	@Test
	void oneCommandReplacesPredictionsKeepsUserInstancesAndUndoesExactly() {
		Labels original = EcoreUtil.copy(labels);
		LabeledFrame corrected = labels.getLabeledFrames().stream()
				.filter(f -> f.getInstances().stream().anyMatch(i -> i instanceof UserInstance u && u.getFromPredicted() != null))
				.findFirst().orElseThrow();
		UserInstance user = (UserInstance) corrected.getInstances().stream().filter(UserInstance.class::isInstance)
				.findFirst().orElseThrow();
		PredictedInstance oldPrediction = user.getFromPredicted();
		LabeledFrame plain = labels.getLabeledFrames().stream().filter(f -> f != corrected).findFirst().orElseThrow();
		List<Instance> plainBefore = List.copyOf(plain.getInstances());
		int framesBefore = labels.getLabeledFrames().size();
		int newNumber = 100_000;
		assertTrue(FrameIndex.of(labels).find(video, newNumber).isEmpty());

		List<PredictedFrame> predicted = new ArrayList<>();
		PredictedInstance forCorrected = prediction(user, 1);
		predicted.add(new PredictedFrame(video, corrected.getFrameIndex(), List.of(forCorrected)));
		predicted.add(new PredictedFrame(video, plain.getFrameIndex(), List.of()));
		PredictedInstance fresh = prediction(user, 2);
		predicted.add(new PredictedFrame(video, newNumber, List.of(fresh)));
		Command command = PredictionCommands.replace(domain, labels, predicted);
		assertEquals("Predict Instances", command.getLabel());

		UndoRedo.check(stack, command, () -> {
			assertTrue(EcoreUtil.equals(original, labels), "the labels exactly as before");
			assertSame(oldPrediction, user.getFromPredicted());
			assertEquals(plainBefore, plain.getInstances());
		}, () -> {
			assertEquals(framesBefore + 1, labels.getLabeledFrames().size(), "one frame added");
			assertTrue(corrected.getInstances().contains(user), "the user instance stays");
			assertNull(user.getFromPredicted(), "its replaced prediction is forgotten");
			assertEquals(List.of(forCorrected), corrected.getInstances().stream()
					.filter(PredictedInstance.class::isInstance).toList());
			assertTrue(plain.getInstances().stream().noneMatch(PredictedInstance.class::isInstance),
					"predicted empty: its predictions gone");
			assertEquals(plainBefore.stream().filter(UserInstance.class::isInstance).toList(), plain.getInstances());
			LabeledFrame added = FrameIndex.of(labels).find(video, newNumber).orElseThrow();
			assertEquals(List.of(fresh), added.getInstances());
		});
		assertEquals(1, countUndos(), "one undo step");
	}

	private int countUndos() {
		int undos = 0;
		while (stack.canUndo()) {
			stack.undo();
			undos++;
		}
		return undos;
	}

	@Test
	void badPredictionsAreRefused() {
		PredictedInstance inFrame = (PredictedInstance) labels.getLabeledFrames().stream()
				.flatMap(f -> f.getInstances().stream()).filter(PredictedInstance.class::isInstance).findFirst()
				.orElseThrow();
		IllegalArgumentException taken = assertThrows(IllegalArgumentException.class, () -> PredictionCommands
				.replace(domain, labels, List.of(new PredictedFrame(video, 3, List.of(inFrame)))));
		assertTrue(taken.getMessage().contains("already belongs"), taken.getMessage());
		Video foreign = LabelsFactory.eINSTANCE.createVideo();
		foreign.setFilename("other.mp4");
		assertThrows(IllegalArgumentException.class,
				() -> PredictionCommands.replace(domain, labels, List.of(new PredictedFrame(foreign, 3, List.of()))));
		assertThrows(IllegalArgumentException.class, () -> new PredictedFrame(video, -1, List.of()));
		assertFalse(PredictionCommands.replace(domain, labels, List.of()).canExecute(), "nothing predicted");
	}
}
