/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.myrmex.model.LabelsPackage;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.UserInstance;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>User Instance</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.impl.UserInstanceImpl#getFromPredicted <em>From Predicted</em>}</li>
 * </ul>
 *
 * @generated
 */
public class UserInstanceImpl extends InstanceImpl implements UserInstance {
	/**
	 * The cached value of the '{@link #getFromPredicted() <em>From Predicted</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFromPredicted()
	 * @generated
	 * @ordered
	 */
	protected PredictedInstance fromPredicted;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected UserInstanceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LabelsPackage.Literals.USER_INSTANCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PredictedInstance getFromPredicted() {
		if (fromPredicted != null && fromPredicted.eIsProxy()) {
			InternalEObject oldFromPredicted = (InternalEObject)fromPredicted;
			fromPredicted = (PredictedInstance)eResolveProxy(oldFromPredicted);
			if (fromPredicted != oldFromPredicted) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, LabelsPackage.USER_INSTANCE__FROM_PREDICTED, oldFromPredicted, fromPredicted));
			}
		}
		return fromPredicted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PredictedInstance basicGetFromPredicted() {
		return fromPredicted;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFromPredicted(PredictedInstance newFromPredicted) {
		PredictedInstance oldFromPredicted = fromPredicted;
		fromPredicted = newFromPredicted;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.USER_INSTANCE__FROM_PREDICTED, oldFromPredicted, fromPredicted));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case LabelsPackage.USER_INSTANCE__FROM_PREDICTED:
				if (resolve) return getFromPredicted();
				return basicGetFromPredicted();
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
			case LabelsPackage.USER_INSTANCE__FROM_PREDICTED:
				setFromPredicted((PredictedInstance)newValue);
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
			case LabelsPackage.USER_INSTANCE__FROM_PREDICTED:
				setFromPredicted((PredictedInstance)null);
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
			case LabelsPackage.USER_INSTANCE__FROM_PREDICTED:
				return fromPredicted != null;
		}
		return super.eIsSet(featureID);
	}

} //UserInstanceImpl
