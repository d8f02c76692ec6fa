/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Track</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An identity followed across frames.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.Track#getName <em>Name</em>}</li>
 *   <li>{@link org.myrmex.model.Track#getSpawnedOn <em>Spawned On</em>}</li>
 * </ul>
 *
 * @see org.myrmex.model.LabelsPackage#getTrack()
 * @model
 * @generated
 */
public interface Track extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.myrmex.model.LabelsPackage#getTrack_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Track#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Spawned On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The frame index on which the track was created.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spawned On</em>' attribute.
	 * @see #setSpawnedOn(int)
	 * @see org.myrmex.model.LabelsPackage#getTrack_SpawnedOn()
	 * @model
	 * @generated
	 */
	int getSpawnedOn();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Track#getSpawnedOn <em>Spawned On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spawned On</em>' attribute.
	 * @see #getSpawnedOn()
	 * @generated
	 */
	void setSpawnedOn(int value);

} // Track
