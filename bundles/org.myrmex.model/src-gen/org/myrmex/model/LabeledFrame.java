/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Labeled Frame</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The instances on one frame of one video.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.LabeledFrame#getVideo <em>Video</em>}</li>
 *   <li>{@link org.myrmex.model.LabeledFrame#getFrameIndex <em>Frame Index</em>}</li>
 *   <li>{@link org.myrmex.model.LabeledFrame#getInstances <em>Instances</em>}</li>
 * </ul>
 *
 * @see org.myrmex.model.LabelsPackage#getLabeledFrame()
 * @model
 * @generated
 */
public interface LabeledFrame extends EObject {
	/**
	 * Returns the value of the '<em><b>Video</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Video</em>' reference.
	 * @see #setVideo(Video)
	 * @see org.myrmex.model.LabelsPackage#getLabeledFrame_Video()
	 * @model required="true"
	 * @generated
	 */
	Video getVideo();

	/**
	 * Sets the value of the '{@link org.myrmex.model.LabeledFrame#getVideo <em>Video</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Video</em>' reference.
	 * @see #getVideo()
	 * @generated
	 */
	void setVideo(Video value);

	/**
	 * Returns the value of the '<em><b>Frame Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frame Index</em>' attribute.
	 * @see #setFrameIndex(int)
	 * @see org.myrmex.model.LabelsPackage#getLabeledFrame_FrameIndex()
	 * @model
	 * @generated
	 */
	int getFrameIndex();

	/**
	 * Sets the value of the '{@link org.myrmex.model.LabeledFrame#getFrameIndex <em>Frame Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frame Index</em>' attribute.
	 * @see #getFrameIndex()
	 * @generated
	 */
	void setFrameIndex(int value);

	/**
	 * Returns the value of the '<em><b>Instances</b></em>' containment reference list.
	 * The list contents are of type {@link org.myrmex.model.Instance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Instances</em>' containment reference list.
	 * @see org.myrmex.model.LabelsPackage#getLabeledFrame_Instances()
	 * @model containment="true"
	 * @generated
	 */
	EList<Instance> getInstances();

} // LabeledFrame
