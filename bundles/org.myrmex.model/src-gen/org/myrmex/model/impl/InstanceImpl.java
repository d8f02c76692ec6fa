/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.myrmex.model.Instance;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Track;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Instance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.impl.InstanceImpl#getSkeleton <em>Skeleton</em>}</li>
 *   <li>{@link org.myrmex.model.impl.InstanceImpl#getTrack <em>Track</em>}</li>
 *   <li>{@link org.myrmex.model.impl.InstanceImpl#getTrackingScore <em>Tracking Score</em>}</li>
 *   <li>{@link org.myrmex.model.impl.InstanceImpl#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class InstanceImpl extends MinimalEObjectImpl.Container implements Instance {
	/**
	 * The cached value of the '{@link #getSkeleton() <em>Skeleton</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkeleton()
	 * @generated
	 * @ordered
	 */
	protected Skeleton skeleton;

	/**
	 * The cached value of the '{@link #getTrack() <em>Track</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrack()
	 * @generated
	 * @ordered
	 */
	protected Track track;

	/**
	 * The default value of the '{@link #getTrackingScore() <em>Tracking Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrackingScore()
	 * @generated
	 * @ordered
	 */
	protected static final double TRACKING_SCORE_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getTrackingScore() <em>Tracking Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTrackingScore()
	 * @generated
	 * @ordered
	 */
	protected double trackingScore = TRACKING_SCORE_EDEFAULT;

	/**
	 * The default value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected static final PointArray POINTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPoints() <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPoints()
	 * @generated
	 * @ordered
	 */
	protected PointArray points = POINTS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected InstanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LabelsPackage.Literals.INSTANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Skeleton getSkeleton() {
		if (skeleton != null && skeleton.eIsProxy()) {
			InternalEObject oldSkeleton = (InternalEObject)skeleton;
			skeleton = (Skeleton)eResolveProxy(oldSkeleton);
			if (skeleton != oldSkeleton) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LabelsPackage.INSTANCE__SKELETON, oldSkeleton, skeleton));
			}
		}
		return skeleton;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Skeleton basicGetSkeleton() {
		return skeleton;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSkeleton(Skeleton newSkeleton) {
		Skeleton oldSkeleton = skeleton;
		skeleton = newSkeleton;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.INSTANCE__SKELETON, oldSkeleton, skeleton));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Track getTrack() {
		if (track != null && track.eIsProxy()) {
			InternalEObject oldTrack = (InternalEObject)track;
			track = (Track)eResolveProxy(oldTrack);
			if (track != oldTrack) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LabelsPackage.INSTANCE__TRACK, oldTrack, track));
			}
		}
		return track;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Track basicGetTrack() {
		return track;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrack(Track newTrack) {
		Track oldTrack = track;
		track = newTrack;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.INSTANCE__TRACK, oldTrack, track));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getTrackingScore() {
		return trackingScore;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTrackingScore(double newTrackingScore) {
		double oldTrackingScore = trackingScore;
		trackingScore = newTrackingScore;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.INSTANCE__TRACKING_SCORE, oldTrackingScore, trackingScore));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PointArray getPoints() {
		return points;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPoints(PointArray newPoints) {
		PointArray oldPoints = points;
		points = newPoints;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.INSTANCE__POINTS, oldPoints, points));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LabelsPackage.INSTANCE__SKELETON:
				if (resolve) return getSkeleton();
				return basicGetSkeleton();
			case LabelsPackage.INSTANCE__TRACK:
				if (resolve) return getTrack();
				return basicGetTrack();
			case LabelsPackage.INSTANCE__TRACKING_SCORE:
				return getTrackingScore();
			case LabelsPackage.INSTANCE__POINTS:
				return getPoints();
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
			case LabelsPackage.INSTANCE__SKELETON:
				setSkeleton((Skeleton)newValue);
				return;
			case LabelsPackage.INSTANCE__TRACK:
				setTrack((Track)newValue);
				return;
			case LabelsPackage.INSTANCE__TRACKING_SCORE:
				setTrackingScore((Double)newValue);
				return;
			case LabelsPackage.INSTANCE__POINTS:
				setPoints((PointArray)newValue);
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
			case LabelsPackage.INSTANCE__SKELETON:
				setSkeleton((Skeleton)null);
				return;
			case LabelsPackage.INSTANCE__TRACK:
				setTrack((Track)null);
				return;
			case LabelsPackage.INSTANCE__TRACKING_SCORE:
				setTrackingScore(TRACKING_SCORE_EDEFAULT);
				return;
			case LabelsPackage.INSTANCE__POINTS:
				setPoints(POINTS_EDEFAULT);
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
			case LabelsPackage.INSTANCE__SKELETON:
				return skeleton != null;
			case LabelsPackage.INSTANCE__TRACK:
				return track != null;
			case LabelsPackage.INSTANCE__TRACKING_SCORE:
				return trackingScore != TRACKING_SCORE_EDEFAULT;
			case LabelsPackage.INSTANCE__POINTS:
				return POINTS_EDEFAULT == null ? points != null : !POINTS_EDEFAULT.equals(points);
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
		result.append(" (trackingScore: ");
		result.append(trackingScore);
		result.append(", points: ");
		result.append(points);
		result.append(')');
		return result.toString();
	}

} //InstanceImpl
