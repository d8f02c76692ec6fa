/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Suggestion</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A frame suggested for labeling.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.Suggestion#getVideo <em>Video</em>}</li>
 *   <li>{@link org.myrmex.model.Suggestion#getFrameIndex <em>Frame Index</em>}</li>
 *   <li>{@link org.myrmex.model.Suggestion#getGroup <em>Group</em>}</li>
 * </ul>
 *
 * @see org.myrmex.model.LabelsPackage#getSuggestion()
 * @model
 * @generated
 */
public interface Suggestion extends EObject {
	/**
	 * Returns the value of the '<em><b>Video</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Video</em>' reference.
	 * @see #setVideo(Video)
	 * @see org.myrmex.model.LabelsPackage#getSuggestion_Video()
	 * @model required="true"
	 * @generated
	 */
	Video getVideo();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Suggestion#getVideo <em>Video</em>}' reference.
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
	 * @see org.myrmex.model.LabelsPackage#getSuggestion_FrameIndex()
	 * @model
	 * @generated
	 */
	int getFrameIndex();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Suggestion#getFrameIndex <em>Frame Index</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frame Index</em>' attribute.
	 * @see #getFrameIndex()
	 * @generated
	 */
	void setFrameIndex(int value);

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(int)
	 * @see org.myrmex.model.LabelsPackage#getSuggestion_Group()
	 * @model
	 * @generated
	 */
	int getGroup();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Suggestion#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(int value);

} // Suggestion
