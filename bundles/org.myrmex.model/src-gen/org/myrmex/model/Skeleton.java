/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Skeleton</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Named nodes (body parts), the body edges between them and the symmetric pairs. Node order is the order of every instance's points.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.Skeleton#getName <em>Name</em>}</li>
 *   <li>{@link org.myrmex.model.Skeleton#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.myrmex.model.Skeleton#getEdges <em>Edges</em>}</li>
 *   <li>{@link org.myrmex.model.Skeleton#getSymmetries <em>Symmetries</em>}</li>
 * </ul>
 *
 * @see org.myrmex.model.LabelsPackage#getSkeleton()
 * @model
 * @generated
 */
public interface Skeleton extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.myrmex.model.LabelsPackage#getSkeleton_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Skeleton#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Nodes</b></em>' containment reference list.
	 * The list contents are of type {@link org.myrmex.model.Node}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nodes</em>' containment reference list.
	 * @see org.myrmex.model.LabelsPackage#getSkeleton_Nodes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Node> getNodes();

	/**
	 * Returns the value of the '<em><b>Edges</b></em>' containment reference list.
	 * The list contents are of type {@link org.myrmex.model.Edge}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Edges</em>' containment reference list.
	 * @see org.myrmex.model.LabelsPackage#getSkeleton_Edges()
	 * @model containment="true"
	 * @generated
	 */
	EList<Edge> getEdges();

	/**
	 * Returns the value of the '<em><b>Symmetries</b></em>' containment reference list.
	 * The list contents are of type {@link org.myrmex.model.Symmetry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Symmetries</em>' containment reference list.
	 * @see org.myrmex.model.LabelsPackage#getSkeleton_Symmetries()
	 * @model containment="true"
	 * @generated
	 */
	EList<Symmetry> getSymmetries();

} // Skeleton
