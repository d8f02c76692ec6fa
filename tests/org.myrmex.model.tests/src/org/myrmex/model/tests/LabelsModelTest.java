// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.UserInstance;

class LabelsModelTest {
	private static final LabelsFactory FACTORY = LabelsFactory.eINSTANCE;

	@Test
	void framesContainTheirInstancesAndUserInstancesLinkToPredictions() {
		Labels labels = FACTORY.createLabels();
		LabeledFrame frame = FACTORY.createLabeledFrame();
		PredictedInstance predicted = FACTORY.createPredictedInstance();
		predicted.setScore(0.9);
		UserInstance corrected = FACTORY.createUserInstance();
		corrected.setFromPredicted(predicted);
		frame.getInstances().add(predicted);
		frame.getInstances().add(corrected);
		labels.getLabeledFrames().add(frame);
		assertSame(frame, corrected.eContainer());
		assertSame(labels, EcoreUtil.getRootContainer(corrected));
		assertSame(predicted, corrected.getFromPredicted());
		EcoreUtil.delete(frame);
		assertEquals(0, labels.getLabeledFrames().size());
	}

	@Test
	void pointsAreOneAttributeValueSoAnEditIsOneSet() {
		UserInstance instance = FACTORY.createUserInstance();
		instance.setPoints(PointArray.of(Point.placed(1, 1)));
		int[] notifications = { 0 };
		instance.eAdapters().add(new org.eclipse.emf.common.notify.impl.AdapterImpl() {
			@Override
			public void notifyChanged(org.eclipse.emf.common.notify.Notification msg) {
				if (msg.getFeature() == LabelsPackage.Literals.INSTANCE__POINTS) {
					notifications[0]++;
				}
			}
		});
		instance.setPoints(instance.getPoints().with(0, Point.placed(2, 3)));
		assertEquals(1, notifications[0]);
		assertEquals(2, instance.getPoints().x(0));
	}

	@Test
	void pointArrayIsSerialisedThroughTheFactory() {
		PointArray points = PointArray.of(Point.placed(1.25, -3), Point.missing());
		String text = FACTORY.convertToString(LabelsPackage.Literals.POINT_ARRAY, points);
		assertEquals(points, FACTORY.createFromString(LabelsPackage.Literals.POINT_ARRAY, text));
	}
}
