/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Labels</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a labels project (SLEAP's Labels): videos, skeletons, tracks, labeled frames, suggestions and provenance.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.Labels#getVideos <em>Videos</em>}</li>
 *   <li>{@link org.myrmex.model.Labels#getSkeletons <em>Skeletons</em>}</li>
 *   <li>{@link org.myrmex.model.Labels#getTracks <em>Tracks</em>}</li>
 *   <li>{@link org.myrmex.model.Labels#getLabeledFrames <em>Labeled Frames</em>}</li>
 *   <li>{@link org.myrmex.model.Labels#getSuggestions <em>Suggestions</em>}</li>
 *   <li>{@link org.myrmex.model.Labels#getProvenance <em>Provenance</em>}</li>
 * </ul>
 *
 * @see org.myrmex.model.LabelsPackage#getLabels()
 * @model
 * @generated
 */
public interface Labels extends EObject {
	/**
	 * Returns the value of the '<em><b>Videos</b></em>' containment reference list.
	 * The list contents are of type {@link org.myrmex.model.Video}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Videos</em>' containment reference list.
	 * @see org.myrmex.model.LabelsPackage#getLabels_Videos()
	 * @model containment="true"
	 * @generated
	 */
	EList<Video> getVideos();

	/**
	 * Returns the value of the '<em><b>Skeletons</b></em>' containment reference list.
	 * The list contents are of type {@link org.myrmex.model.Skeleton}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Skeletons</em>' containment reference list.
	 * @see org.myrmex.model.LabelsPackage#getLabels_Skeletons()
	 * @model containment="true"
	 * @generated
	 */
	EList<Skeleton> getSkeletons();

	/**
	 * Returns the value of the '<em><b>Tracks</b></em>' containment reference list.
	 * The list contents are of type {@link org.myrmex.model.Track}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tracks</em>' containment reference list.
	 * @see org.myrmex.model.LabelsPackage#getLabels_Tracks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Track> getTracks();

	/**
	 * Returns the value of the '<em><b>Labeled Frames</b></em>' containment reference list.
	 * The list contents are of type {@link org.myrmex.model.LabeledFrame}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Labeled Frames</em>' containment reference list.
	 * @see org.myrmex.model.LabelsPackage#getLabels_LabeledFrames()
	 * @model containment="true"
	 * @generated
	 */
	EList<LabeledFrame> getLabeledFrames();

	/**
	 * Returns the value of the '<em><b>Suggestions</b></em>' containment reference list.
	 * The list contents are of type {@link org.myrmex.model.Suggestion}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Suggestions</em>' containment reference list.
	 * @see org.myrmex.model.LabelsPackage#getLabels_Suggestions()
	 * @model containment="true"
	 * @generated
	 */
	EList<Suggestion> getSuggestions();

	/**
	 * Returns the value of the '<em><b>Provenance</b></em>' containment reference list.
	 * The list contents are of type {@link org.myrmex.model.ProvenanceEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * SLEAP's provenance dictionary, in order, one entry per key.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Provenance</em>' containment reference list.
	 * @see org.myrmex.model.LabelsPackage#getLabels_Provenance()
	 * @model containment="true"
	 * @generated
	 */
	EList<ProvenanceEntry> getProvenance();

} // Labels
