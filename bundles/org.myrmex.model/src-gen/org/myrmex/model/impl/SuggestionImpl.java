/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.myrmex.model.LabelsPackage;
import org.myrmex.model.Suggestion;
import org.myrmex.model.Video;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Suggestion</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.impl.SuggestionImpl#getVideo <em>Video</em>}</li>
 *   <li>{@link org.myrmex.model.impl.SuggestionImpl#getFrameIndex <em>Frame Index</em>}</li>
 *   <li>{@link org.myrmex.model.impl.SuggestionImpl#getGroup <em>Group</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SuggestionImpl extends MinimalEObjectImpl.Container implements Suggestion {
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
	 * The default value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected static final int GROUP_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected int group = GROUP_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SuggestionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LabelsPackage.Literals.SUGGESTION;
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
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LabelsPackage.SUGGESTION__VIDEO, oldVideo, video));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.SUGGESTION__VIDEO, oldVideo, video));
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
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.SUGGESTION__FRAME_INDEX, oldFrameIndex, frameIndex));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(int newGroup) {
		int oldGroup = group;
		group = newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.SUGGESTION__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LabelsPackage.SUGGESTION__VIDEO:
				if (resolve) return getVideo();
				return basicGetVideo();
			case LabelsPackage.SUGGESTION__FRAME_INDEX:
				return getFrameIndex();
			case LabelsPackage.SUGGESTION__GROUP:
				return getGroup();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case LabelsPackage.SUGGESTION__VIDEO:
				setVideo((Video)newValue);
				return;
			case LabelsPackage.SUGGESTION__FRAME_INDEX:
				setFrameIndex((Integer)newValue);
				return;
			case LabelsPackage.SUGGESTION__GROUP:
				setGroup((Integer)newValue);
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
			case LabelsPackage.SUGGESTION__VIDEO:
				setVideo((Video)null);
				return;
			case LabelsPackage.SUGGESTION__FRAME_INDEX:
				setFrameIndex(FRAME_INDEX_EDEFAULT);
				return;
			case LabelsPackage.SUGGESTION__GROUP:
				setGroup(GROUP_EDEFAULT);
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
			case LabelsPackage.SUGGESTION__VIDEO:
				return video != null;
			case LabelsPackage.SUGGESTION__FRAME_INDEX:
				return frameIndex != FRAME_INDEX_EDEFAULT;
			case LabelsPackage.SUGGESTION__GROUP:
				return group != GROUP_EDEFAULT;
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
		result.append(", group: ");
		result.append(group);
		result.append(')');
		return result.toString();
	}

} //SuggestionImpl
