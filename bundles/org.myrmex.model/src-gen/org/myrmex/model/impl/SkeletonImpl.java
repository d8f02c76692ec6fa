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

import org.myrmex.model.Edge;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Symmetry;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Skeleton</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.impl.SkeletonImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.myrmex.model.impl.SkeletonImpl#getNodes <em>Nodes</em>}</li>
 *   <li>{@link org.myrmex.model.impl.SkeletonImpl#getEdges <em>Edges</em>}</li>
 *   <li>{@link org.myrmex.model.impl.SkeletonImpl#getSymmetries <em>Symmetries</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SkeletonImpl extends MinimalEObjectImpl.Container implements Skeleton {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNodes() <em>Nodes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNodes()
	 * @generated
	 * @ordered
	 */
	protected EList<Node> nodes;

	/**
	 * The cached value of the '{@link #getEdges() <em>Edges</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEdges()
	 * @generated
	 * @ordered
	 */
	protected EList<Edge> edges;

	/**
	 * The cached value of the '{@link #getSymmetries() <em>Symmetries</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSymmetries()
	 * @generated
	 * @ordered
	 */
	protected EList<Symmetry> symmetries;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SkeletonImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LabelsPackage.Literals.SKELETON;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.SKELETON__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Node> getNodes() {
		if (nodes == null) {
			nodes = new EObjectContainmentEList<Node>(Node.class, this, LabelsPackage.SKELETON__NODES);
		}
		return nodes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Edge> getEdges() {
		if (edges == null) {
			edges = new EObjectContainmentEList<Edge>(Edge.class, this, LabelsPackage.SKELETON__EDGES);
		}
		return edges;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Symmetry> getSymmetries() {
		if (symmetries == null) {
			symmetries = new EObjectContainmentEList<Symmetry>(Symmetry.class, this, LabelsPackage.SKELETON__SYMMETRIES);
		}
		return symmetries;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LabelsPackage.SKELETON__NODES:
				return ((InternalEList<?>)getNodes()).basicRemove(otherEnd, msgs);
			case LabelsPackage.SKELETON__EDGES:
				return ((InternalEList<?>)getEdges()).basicRemove(otherEnd, msgs);
			case LabelsPackage.SKELETON__SYMMETRIES:
				return ((InternalEList<?>)getSymmetries()).basicRemove(otherEnd, msgs);
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
			case LabelsPackage.SKELETON__NAME:
				return getName();
			case LabelsPackage.SKELETON__NODES:
				return getNodes();
			case LabelsPackage.SKELETON__EDGES:
				return getEdges();
			case LabelsPackage.SKELETON__SYMMETRIES:
				return getSymmetries();
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
			case LabelsPackage.SKELETON__NAME:
				setName((String)newValue);
				return;
			case LabelsPackage.SKELETON__NODES:
				getNodes().clear();
				getNodes().addAll((Collection<? extends Node>)newValue);
				return;
			case LabelsPackage.SKELETON__EDGES:
				getEdges().clear();
				getEdges().addAll((Collection<? extends Edge>)newValue);
				return;
			case LabelsPackage.SKELETON__SYMMETRIES:
				getSymmetries().clear();
				getSymmetries().addAll((Collection<? extends Symmetry>)newValue);
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
			case LabelsPackage.SKELETON__NAME:
				setName(NAME_EDEFAULT);
				return;
			case LabelsPackage.SKELETON__NODES:
				getNodes().clear();
				return;
			case LabelsPackage.SKELETON__EDGES:
				getEdges().clear();
				return;
			case LabelsPackage.SKELETON__SYMMETRIES:
				getSymmetries().clear();
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
			case LabelsPackage.SKELETON__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case LabelsPackage.SKELETON__NODES:
				return nodes != null && !nodes.isEmpty();
			case LabelsPackage.SKELETON__EDGES:
				return edges != null && !edges.isEmpty();
			case LabelsPackage.SKELETON__SYMMETRIES:
				return symmetries != null && !symmetries.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(')');
		return result.toString();
	}

} //SkeletonImpl
