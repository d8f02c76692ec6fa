/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model.impl;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.myrmex.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class LabelsFactoryImpl extends EFactoryImpl implements LabelsFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static LabelsFactory init() {
		try {
			LabelsFactory theLabelsFactory = (LabelsFactory)EPackage.Registry.INSTANCE.getEFactory(LabelsPackage.eNS_URI);
			if (theLabelsFactory != null) {
				return theLabelsFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new LabelsFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LabelsFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case LabelsPackage.LABELS: return createLabels();
			case LabelsPackage.PROVENANCE_ENTRY: return createProvenanceEntry();
			case LabelsPackage.VIDEO: return createVideo();
			case LabelsPackage.SKELETON: return createSkeleton();
			case LabelsPackage.NODE: return createNode();
			case LabelsPackage.EDGE: return createEdge();
			case LabelsPackage.SYMMETRY: return createSymmetry();
			case LabelsPackage.TRACK: return createTrack();
			case LabelsPackage.LABELED_FRAME: return createLabeledFrame();
			case LabelsPackage.USER_INSTANCE: return createUserInstance();
			case LabelsPackage.PREDICTED_INSTANCE: return createPredictedInstance();
			case LabelsPackage.SUGGESTION: return createSuggestion();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case LabelsPackage.VIDEO_BACKEND:
				return createVideoBackendFromString(eDataType, initialValue);
			case LabelsPackage.POINT_ARRAY:
				return createPointArrayFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case LabelsPackage.VIDEO_BACKEND:
				return convertVideoBackendToString(eDataType, instanceValue);
			case LabelsPackage.POINT_ARRAY:
				return convertPointArrayToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Labels createLabels() {
		LabelsImpl labels = new LabelsImpl();
		return labels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ProvenanceEntry createProvenanceEntry() {
		ProvenanceEntryImpl provenanceEntry = new ProvenanceEntryImpl();
		return provenanceEntry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Video createVideo() {
		VideoImpl video = new VideoImpl();
		return video;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Skeleton createSkeleton() {
		SkeletonImpl skeleton = new SkeletonImpl();
		return skeleton;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Node createNode() {
		NodeImpl node = new NodeImpl();
		return node;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Edge createEdge() {
		EdgeImpl edge = new EdgeImpl();
		return edge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Symmetry createSymmetry() {
		SymmetryImpl symmetry = new SymmetryImpl();
		return symmetry;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Track createTrack() {
		TrackImpl track = new TrackImpl();
		return track;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabeledFrame createLabeledFrame() {
		LabeledFrameImpl labeledFrame = new LabeledFrameImpl();
		return labeledFrame;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public UserInstance createUserInstance() {
		UserInstanceImpl userInstance = new UserInstanceImpl();
		return userInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PredictedInstance createPredictedInstance() {
		PredictedInstanceImpl predictedInstance = new PredictedInstanceImpl();
		return predictedInstance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Suggestion createSuggestion() {
		SuggestionImpl suggestion = new SuggestionImpl();
		return suggestion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public VideoBackend createVideoBackendFromString(EDataType eDataType, String initialValue) {
		VideoBackend result = VideoBackend.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertVideoBackendToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * Reads the compact text form of {@link PointArray#parse(String)} (e.g. in XMI).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public PointArray createPointArrayFromString(EDataType eDataType, String initialValue) {
		return initialValue == null ? null : PointArray.parse(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * Writes the compact text form of {@link PointArray#toText()} (e.g. in XMI).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertPointArrayToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : ((PointArray)instanceValue).toText();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LabelsPackage getLabelsPackage() {
		return (LabelsPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static LabelsPackage getPackage() {
		return LabelsPackage.eINSTANCE;
	}

} //LabelsFactoryImpl
