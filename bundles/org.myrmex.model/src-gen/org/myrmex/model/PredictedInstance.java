/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Predicted Instance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An instance found by a model, with its instance score.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.PredictedInstance#getScore <em>Score</em>}</li>
 * </ul>
 *
 * @see org.myrmex.model.LabelsPackage#getPredictedInstance()
 * @model
 * @generated
 */
public interface PredictedInstance extends Instance {
	/**
	 * Returns the value of the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Score</em>' attribute.
	 * @see #setScore(double)
	 * @see org.myrmex.model.LabelsPackage#getPredictedInstance_Score()
	 * @model
	 * @generated
	 */
	double getScore();

	/**
	 * Sets the value of the '{@link org.myrmex.model.PredictedInstance#getScore <em>Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Score</em>' attribute.
	 * @see #getScore()
	 * @generated
	 */
	void setScore(double value);

} // PredictedInstance
