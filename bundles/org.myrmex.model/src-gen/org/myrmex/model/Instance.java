/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One animal on one frame: a point per skeleton node.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.Instance#getSkeleton <em>Skeleton</em>}</li>
 *   <li>{@link org.myrmex.model.Instance#getTrack <em>Track</em>}</li>
 *   <li>{@link org.myrmex.model.Instance#getTrackingScore <em>Tracking Score</em>}</li>
 *   <li>{@link org.myrmex.model.Instance#getPoints <em>Points</em>}</li>
 * </ul>
 *
 * @see org.myrmex.model.LabelsPackage#getInstance()
 * @model abstract="true"
 * @generated
 */
public interface Instance extends EObject {
	/**
	 * Returns the value of the '<em><b>Skeleton</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Skeleton</em>' reference.
	 * @see #setSkeleton(Skeleton)
	 * @see org.myrmex.model.LabelsPackage#getInstance_Skeleton()
	 * @model required="true"
	 * @generated
	 */
	Skeleton getSkeleton();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Instance#getSkeleton <em>Skeleton</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Skeleton</em>' reference.
	 * @see #getSkeleton()
	 * @generated
	 */
	void setSkeleton(Skeleton value);

	/**
	 * Returns the value of the '<em><b>Track</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The identity of this instance, or null when untracked.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Track</em>' reference.
	 * @see #setTrack(Track)
	 * @see org.myrmex.model.LabelsPackage#getInstance_Track()
	 * @model
	 * @generated
	 */
	Track getTrack();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Instance#getTrack <em>Track</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Track</em>' reference.
	 * @see #getTrack()
	 * @generated
	 */
	void setTrack(Track value);

	/**
	 * Returns the value of the '<em><b>Tracking Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tracking Score</em>' attribute.
	 * @see #setTrackingScore(double)
	 * @see org.myrmex.model.LabelsPackage#getInstance_TrackingScore()
	 * @model
	 * @generated
	 */
	double getTrackingScore();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Instance#getTrackingScore <em>Tracking Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tracking Score</em>' attribute.
	 * @see #getTrackingScore()
	 * @generated
	 */
	void setTrackingScore(double value);

	/**
	 * Returns the value of the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The points, one per skeleton node in node order; an immutable value, so an edit sets a modified copy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Points</em>' attribute.
	 * @see #setPoints(PointArray)
	 * @see org.myrmex.model.LabelsPackage#getInstance_Points()
	 * @model dataType="org.myrmex.model.PointArray"
	 * @generated
	 */
	PointArray getPoints();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Instance#getPoints <em>Points</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Points</em>' attribute.
	 * @see #getPoints()
	 * @generated
	 */
	void setPoints(PointArray value);

} // Instance
