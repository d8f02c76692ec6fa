/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.ProvenanceEntry;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Suggestion;
import org.myrmex.model.Track;
import org.myrmex.model.Video;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Labels</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.impl.LabelsImpl#getVideos <em>Videos</em>}</li>
 *   <li>{@link org.myrmex.model.impl.LabelsImpl#getSkeletons <em>Skeletons</em>}</li>
 *   <li>{@link org.myrmex.model.impl.LabelsImpl#getTracks <em>Tracks</em>}</li>
 *   <li>{@link org.myrmex.model.impl.LabelsImpl#getLabeledFrames <em>Labeled Frames</em>}</li>
 *   <li>{@link org.myrmex.model.impl.LabelsImpl#getSuggestions <em>Suggestions</em>}</li>
 *   <li>{@link org.myrmex.model.impl.LabelsImpl#getProvenance <em>Provenance</em>}</li>
 * </ul>
 *
 * @generated
 */
public class LabelsImpl extends MinimalEObjectImpl.Container implements Labels {
	/**
	 * The cached value of the '{@link #getVideos() <em>Videos</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVideos()
	 * @generated
	 * @ordered
	 */
	protected EList<Video> videos;

	/**
	 * The cached value of the '{@link #getSkeletons() <em>Skeletons</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSkeletons()
	 * @generated
	 * @ordered
	 */
	protected EList<Skeleton> skeletons;

	/**
	 * The cached value of the '{@link #getTracks() <em>Tracks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTracks()
	 * @generated
	 * @ordered
	 */
	protected EList<Track> tracks;

	/**
	 * The cached value of the '{@link #getLabeledFrames() <em>Labeled Frames</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLabeledFrames()
	 * @generated
	 * @ordered
	 */
	protected EList<LabeledFrame> labeledFrames;

	/**
	 * The cached value of the '{@link #getSuggestions() <em>Suggestions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSuggestions()
	 * @generated
	 * @ordered
	 */
	protected EList<Suggestion> suggestions;

	/**
	 * The cached value of the '{@link #getProvenance() <em>Provenance</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getProvenance()
	 * @generated
	 * @ordered
	 */
	protected EList<ProvenanceEntry> provenance;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected LabelsImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LabelsPackage.Literals.LABELS;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Video> getVideos() {
		if (videos == null) {
			videos = new EObjectContainmentEList<Video>(Video.class, this, LabelsPackage.LABELS__VIDEOS);
		}
		return videos;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Skeleton> getSkeletons() {
		if (skeletons == null) {
			skeletons = new EObjectContainmentEList<Skeleton>(Skeleton.class, this, LabelsPackage.LABELS__SKELETONS);
		}
		return skeletons;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Track> getTracks() {
		if (tracks == null) {
			tracks = new EObjectContainmentEList<Track>(Track.class, this, LabelsPackage.LABELS__TRACKS);
		}
		return tracks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LabeledFrame> getLabeledFrames() {
		if (labeledFrames == null) {
			labeledFrames = new EObjectContainmentEList<LabeledFrame>(LabeledFrame.class, this, LabelsPackage.LABELS__LABELED_FRAMES);
		}
		return labeledFrames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Suggestion> getSuggestions() {
		if (suggestions == null) {
			suggestions = new EObjectContainmentEList<Suggestion>(Suggestion.class, this, LabelsPackage.LABELS__SUGGESTIONS);
		}
		return suggestions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ProvenanceEntry> getProvenance() {
		if (provenance == null) {
			provenance = new EObjectContainmentEList<ProvenanceEntry>(ProvenanceEntry.class, this, LabelsPackage.LABELS__PROVENANCE);
		}
		return provenance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LabelsPackage.LABELS__VIDEOS:
				return ((InternalEList<?>)getVideos()).basicRemove(otherEnd, msgs);
			case LabelsPackage.LABELS__SKELETONS:
				return ((InternalEList<?>)getSkeletons()).basicRemove(otherEnd, msgs);
			case LabelsPackage.LABELS__TRACKS:
				return ((InternalEList<?>)getTracks()).basicRemove(otherEnd, msgs);
			case LabelsPackage.LABELS__LABELED_FRAMES:
				return ((InternalEList<?>)getLabeledFrames()).basicRemove(otherEnd, msgs);
			case LabelsPackage.LABELS__SUGGESTIONS:
				return ((InternalEList<?>)getSuggestions()).basicRemove(otherEnd, msgs);
			case LabelsPackage.LABELS__PROVENANCE:
				return ((InternalEList<?>)getProvenance()).basicRemove(otherEnd, msgs);
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
			case LabelsPackage.LABELS__VIDEOS:
				return getVideos();
			case LabelsPackage.LABELS__SKELETONS:
				return getSkeletons();
			case LabelsPackage.LABELS__TRACKS:
				return getTracks();
			case LabelsPackage.LABELS__LABELED_FRAMES:
				return getLabeledFrames();
			case LabelsPackage.LABELS__SUGGESTIONS:
				return getSuggestions();
			case LabelsPackage.LABELS__PROVENANCE:
				return getProvenance();
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
			case LabelsPackage.LABELS__VIDEOS:
				getVideos().clear();
				getVideos().addAll((Collection<? extends Video>)newValue);
				return;
			case LabelsPackage.LABELS__SKELETONS:
				getSkeletons().clear();
				getSkeletons().addAll((Collection<? extends Skeleton>)newValue);
				return;
			case LabelsPackage.LABELS__TRACKS:
				getTracks().clear();
				getTracks().addAll((Collection<? extends Track>)newValue);
				return;
			case LabelsPackage.LABELS__LABELED_FRAMES:
				getLabeledFrames().clear();
				getLabeledFrames().addAll((Collection<? extends LabeledFrame>)newValue);
				return;
			case LabelsPackage.LABELS__SUGGESTIONS:
				getSuggestions().clear();
				getSuggestions().addAll((Collection<? extends Suggestion>)newValue);
				return;
			case LabelsPackage.LABELS__PROVENANCE:
				getProvenance().clear();
				getProvenance().addAll((Collection<? extends ProvenanceEntry>)newValue);
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
			case LabelsPackage.LABELS__VIDEOS:
				getVideos().clear();
				return;
			case LabelsPackage.LABELS__SKELETONS:
				getSkeletons().clear();
				return;
			case LabelsPackage.LABELS__TRACKS:
				getTracks().clear();
				return;
			case LabelsPackage.LABELS__LABELED_FRAMES:
				getLabeledFrames().clear();
				return;
			case LabelsPackage.LABELS__SUGGESTIONS:
				getSuggestions().clear();
				return;
			case LabelsPackage.LABELS__PROVENANCE:
				getProvenance().clear();
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
			case LabelsPackage.LABELS__VIDEOS:
				return videos != null && !videos.isEmpty();
			case LabelsPackage.LABELS__SKELETONS:
				return skeletons != null && !skeletons.isEmpty();
			case LabelsPackage.LABELS__TRACKS:
				return tracks != null && !tracks.isEmpty();
			case LabelsPackage.LABELS__LABELED_FRAMES:
				return labeledFrames != null && !labeledFrames.isEmpty();
			case LabelsPackage.LABELS__SUGGESTIONS:
				return suggestions != null && !suggestions.isEmpty();
			case LabelsPackage.LABELS__PROVENANCE:
				return provenance != null && !provenance.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //LabelsImpl
