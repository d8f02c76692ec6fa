/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.Video;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Labeled Frame</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.impl.LabeledFrameImpl#getVideo <em>Video</em>}</li>
 *   <li>{@link org.myrmex.model.impl.LabeledFrameImpl#getFrameIndex <em>Frame Index</em>}</li>
 *   <li>{@link org.myrmex.model.impl.LabeledFrameImpl#getInstances <em>Instances</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LabeledFrameImpl extends MinimalEObjectImpl.Container implements LabeledFrame {
	/**
	 * The cached value of the '{@link #getVideo() <em>Video</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVideo()
	 * @generated
	 * @ordered
	 */
	protected Video video;

	/**
	 * The default value of the '{@link #getFrameIndex() <em>Frame Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameIndex()
	 * @generated
	 * @ordered
	 */
	protected static final int FRAME_INDEX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFrameIndex() <em>Frame Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameIndex()
	 * @generated
	 * @ordered
	 */
	protected int frameIndex = FRAME_INDEX_EDEFAULT;

	/**
	 * The cached value of the '{@link #getInstances() <em>Instances</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInstances()
	 * @generated
	 * @ordered
	 */
	protected EList<Instance> instances;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LabeledFrameImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LabelsPackage.Literals.LABELED_FRAME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Video getVideo() {
		if (video != null && video.eIsProxy()) {
			InternalEObject oldVideo = (InternalEObject)video;
			video = (Video)eResolveProxy(oldVideo);
			if (video != oldVideo) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LabelsPackage.LABELED_FRAME__VIDEO, oldVideo, video));
			}
		}
		return video;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Video basicGetVideo() {
		return video;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVideo(Video newVideo) {
		Video oldVideo = video;
		video = newVideo;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.LABELED_FRAME__VIDEO, oldVideo, video));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFrameIndex() {
		return frameIndex;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrameIndex(int newFrameIndex) {
		int oldFrameIndex = frameIndex;
		frameIndex = newFrameIndex;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.LABELED_FRAME__FRAME_INDEX, oldFrameIndex, frameIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Instance> getInstances() {
		if (instances == null) {
			instances = new EObjectContainmentEList<Instance>(Instance.class, this, LabelsPackage.LABELED_FRAME__INSTANCES);
		}
		return instances;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LabelsPackage.LABELED_FRAME__INSTANCES:
				return ((InternalEList<?>)getInstances()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LabelsPackage.LABELED_FRAME__VIDEO:
				if (resolve) return getVideo();
				return basicGetVideo();
			case LabelsPackage.LABELED_FRAME__FRAME_INDEX:
				return getFrameIndex();
			case LabelsPackage.LABELED_FRAME__INSTANCES:
				return getInstances();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LabelsPackage.LABELED_FRAME__VIDEO:
				setVideo((Video)newValue);
				return;
			case LabelsPackage.LABELED_FRAME__FRAME_INDEX:
				setFrameIndex((Integer)newValue);
				return;
			case LabelsPackage.LABELED_FRAME__INSTANCES:
				getInstances().clear();
				getInstances().addAll((Collection<? extends Instance>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case LabelsPackage.LABELED_FRAME__VIDEO:
				setVideo((Video)null);
				return;
			case LabelsPackage.LABELED_FRAME__FRAME_INDEX:
				setFrameIndex(FRAME_INDEX_EDEFAULT);
				return;
			case LabelsPackage.LABELED_FRAME__INSTANCES:
				getInstances().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case LabelsPackage.LABELED_FRAME__VIDEO:
				return video != null;
			case LabelsPackage.LABELED_FRAME__FRAME_INDEX:
				return frameIndex != FRAME_INDEX_EDEFAULT;
			case LabelsPackage.LABELED_FRAME__INSTANCES:
				return instances != null && !instances.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (frameIndex: ");
		result.append(frameIndex);
		result.append(')');
		return result.toString();
	}

} //LabeledFrameImpl
