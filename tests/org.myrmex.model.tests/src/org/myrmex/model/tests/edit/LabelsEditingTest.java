// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.edit.LabelsEditing;

class LabelsEditingTest {

	@Test
	void aDomainHasACommandStackAndReflectiveItemProviders() {
		Labels labels = LabelsFactory.eINSTANCE.createLabels();
		AdapterFactoryEditingDomain domain = LabelsEditing.createDomain(labels);
		assertInstanceOf(BasicCommandStack.class, domain.getCommandStack());
		ComposedAdapterFactory factory = assertInstanceOf(ComposedAdapterFactory.class, domain.getAdapterFactory());
		IItemLabelProvider labelProvider = (IItemLabelProvider) factory.adapt(labels, IItemLabelProvider.class);
		assertNotNull(labelProvider, "the reflective item provider labels model objects");
		assertEquals("Labels", labelProvider.getText(labels));
		assertNull(labels.eResource(), "a project in no resource is left where it is");
		factory.dispose();
	}

	@Test
	void aProjectInAResourceSetIsFoundThroughItsDomain() {
		Labels labels = LabelsFactory.eINSTANCE.createLabels();
		ResourceSet resourceSet = new ResourceSetImpl();
		Resource resource = new ResourceImpl(URI.createURI("memory:/project.myrmex"));
		resourceSet.getResources().add(resource);
		resource.getContents().add(labels);
		AdapterFactoryEditingDomain domain = LabelsEditing.createDomain(labels);
		assertSame(resourceSet, domain.getResourceSet());
		assertSame(domain, AdapterFactoryEditingDomain.getEditingDomainFor(labels));
		AdapterFactoryEditingDomain second = LabelsEditing.createDomain(labels);
		assertSame(domain, AdapterFactoryEditingDomain.getEditingDomainFor(labels), "the first domain stays registered");
		assertSame(resourceSet, second.getResourceSet());
	}

	@Test
	void rejectsNull() {
		assertThrows(IllegalArgumentException.class, () -> LabelsEditing.createDomain(null));
	}

	/** A small project (one video, a three-node skeleton, two tracks, one frame with one instance) and its domain. */
	static final class Project {
		static final LabelsFactory FACTORY = LabelsFactory.eINSTANCE;

		final Labels labels = FACTORY.createLabels();
		final Video video = FACTORY.createVideo();
		final Skeleton skeleton = FACTORY.createSkeleton();
		final Track female = FACTORY.createTrack();
		final Track male = FACTORY.createTrack();
		final LabeledFrame frame = FACTORY.createLabeledFrame();
		final UserInstance instance;
		final AdapterFactoryEditingDomain domain;
		final BasicCommandStack stack;

		Project() {
			video.setFilename("clip.mp4");
			labels.getVideos().add(video);
			for (String name : new String[] { "head", "thorax", "abdomen" }) {
				Node node = FACTORY.createNode();
				node.setName(name);
				skeleton.getNodes().add(node);
			}
			labels.getSkeletons().add(skeleton);
			female.setName("female");
			male.setName("male");
			labels.getTracks().add(female);
			labels.getTracks().add(male);
			frame.setVideo(video);
			frame.setFrameIndex(100);
			labels.getLabeledFrames().add(frame);
			instance = userInstance(PointArray.of(Point.placed(1, 2), Point.missing(), Point.placed(5, 6)));
			frame.getInstances().add(instance);
			domain = LabelsEditing.createDomain(labels);
			stack = (BasicCommandStack) domain.getCommandStack();
		}

		UserInstance userInstance(PointArray points) {
			UserInstance result = FACTORY.createUserInstance();
			result.setSkeleton(skeleton);
			result.setPoints(points);
			return result;
		}

		/**
		 * Executes {@code command} on the stack, then undoes and redoes it, checking the model after each step.
		 */
		void executeUndoRedo(Command command, Runnable before, Runnable after) {
			UndoRedo.check(stack, command, before, after);
		}
	}
}
