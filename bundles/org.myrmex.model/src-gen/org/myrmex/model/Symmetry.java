/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Symmetry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An unordered pair of nodes that swap when the image is mirrored (e.g. left and right antenna).
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.Symmetry#getFirst <em>First</em>}</li>
 *   <li>{@link org.myrmex.model.Symmetry#getSecond <em>Second</em>}</li>
 * </ul>
 *
 * @see org.myrmex.model.LabelsPackage#getSymmetry()
 * @model
 * @generated
 */
public interface Symmetry extends EObject {
	/**
	 * Returns the value of the '<em><b>First</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>First</em>' reference.
	 * @see #setFirst(Node)
	 * @see org.myrmex.model.LabelsPackage#getSymmetry_First()
	 * @model required="true"
	 * @generated
	 */
	Node getFirst();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Symmetry#getFirst <em>First</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First</em>' reference.
	 * @see #getFirst()
	 * @generated
	 */
	void setFirst(Node value);

	/**
	 * Returns the value of the '<em><b>Second</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Second</em>' reference.
	 * @see #setSecond(Node)
	 * @see org.myrmex.model.LabelsPackage#getSymmetry_Second()
	 * @model required="true"
	 * @generated
	 */
	Node getSecond();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Symmetry#getSecond <em>Second</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Second</em>' reference.
	 * @see #getSecond()
	 * @generated
	 */
	void setSecond(Node value);

} // Symmetry
