/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>User Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An instance placed or corrected by a person.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.UserInstance#getFromPredicted <em>From Predicted</em>}</li>
 * </ul>
 *
 * @see org.myrmex.model.LabelsPackage#getUserInstance()
 * @model
 * @generated
 */
public interface UserInstance extends Instance {
	/**
	 * Returns the value of the '<em><b>From Predicted</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The predicted instance this one was corrected from, or null.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>From Predicted</em>' reference.
	 * @see #setFromPredicted(PredictedInstance)
	 * @see org.myrmex.model.LabelsPackage#getUserInstance_FromPredicted()
	 * @model
	 * @generated
	 */
	PredictedInstance getFromPredicted();

	/**
	 * Sets the value of the '{@link org.myrmex.model.UserInstance#getFromPredicted <em>From Predicted</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>From Predicted</em>' reference.
	 * @see #getFromPredicted()
	 * @generated
	 */
	void setFromPredicted(PredictedInstance value);

} // UserInstance
