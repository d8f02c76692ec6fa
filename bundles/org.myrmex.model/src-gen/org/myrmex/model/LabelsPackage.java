/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Myrmex labels model: the contents of a SLEAP labels file (.slp) as an EMF model.
 * <!-- end-model-doc -->
 * @see org.myrmex.model.LabelsFactory
 * @model kind="package"
 * @generated
 */
public interface LabelsPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://myrmex.org/model/labels/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "labels";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	LabelsPackage eINSTANCE = org.myrmex.model.impl.LabelsPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.myrmex.model.impl.LabelsImpl <em>Labels</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.myrmex.model.impl.LabelsImpl
	 * @see org.myrmex.model.impl.LabelsPackageImpl#getLabels()
	 * @generated
	 */
	int LABELS = 0;

	/**
	 * The feature id for the '<em><b>Videos</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELS__VIDEOS = 0;

	/**
	 * The feature id for the '<em><b>Skeletons</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELS__SKELETONS = 1;

	/**
	 * The feature id for the '<em><b>Tracks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELS__TRACKS = 2;

	/**
	 * The feature id for the '<em><b>Labeled Frames</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELS__LABELED_FRAMES = 3;

	/**
	 * The feature id for the '<em><b>Suggestions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELS__SUGGESTIONS = 4;

	/**
	 * The feature id for the '<em><b>Provenance</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELS__PROVENANCE = 5;

	/**
	 * The number of structural features of the '<em>Labels</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELS_FEATURE_COUNT = 6;

	/**
	 * The meta object id for the '{@link org.myrmex.model.impl.ProvenanceEntryImpl <em>Provenance Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.myrmex.model.impl.ProvenanceEntryImpl
	 * @see org.myrmex.model.impl.LabelsPackageImpl#getProvenanceEntry()
	 * @generated
	 */
	int PROVENANCE_ENTRY = 1;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_ENTRY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_ENTRY__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Provenance Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PROVENANCE_ENTRY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.myrmex.model.impl.VideoImpl <em>Video</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.myrmex.model.impl.VideoImpl
	 * @see org.myrmex.model.impl.LabelsPackageImpl#getVideo()
	 * @generated
	 */
	int VIDEO = 2;

	/**
	 * The feature id for the '<em><b>Filename</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO__FILENAME = 0;

	/**
	 * The feature id for the '<em><b>Backend</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO__BACKEND = 1;

	/**
	 * The feature id for the '<em><b>Grayscale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO__GRAYSCALE = 2;

	/**
	 * The feature id for the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO__WIDTH = 3;

	/**
	 * The feature id for the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO__HEIGHT = 4;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO__CHANNELS = 5;

	/**
	 * The feature id for the '<em><b>Fps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO__FPS = 6;

	/**
	 * The feature id for the '<em><b>Frame Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO__FRAME_COUNT = 7;

	/**
	 * The feature id for the '<em><b>Image Filenames</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO__IMAGE_FILENAMES = 8;

	/**
	 * The feature id for the '<em><b>Dataset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO__DATASET = 9;

	/**
	 * The feature id for the '<em><b>Input Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO__INPUT_FORMAT = 10;

	/**
	 * The feature id for the '<em><b>Source Video</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO__SOURCE_VIDEO = 11;

	/**
	 * The feature id for the '<em><b>Backend Json</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO__BACKEND_JSON = 12;

	/**
	 * The number of structural features of the '<em>Video</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int VIDEO_FEATURE_COUNT = 13;

	/**
	 * The meta object id for the '{@link org.myrmex.model.impl.SkeletonImpl <em>Skeleton</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.myrmex.model.impl.SkeletonImpl
	 * @see org.myrmex.model.impl.LabelsPackageImpl#getSkeleton()
	 * @generated
	 */
	int SKELETON = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKELETON__NAME = 0;

	/**
	 * The feature id for the '<em><b>Nodes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKELETON__NODES = 1;

	/**
	 * The feature id for the '<em><b>Edges</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKELETON__EDGES = 2;

	/**
	 * The feature id for the '<em><b>Symmetries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKELETON__SYMMETRIES = 3;

	/**
	 * The number of structural features of the '<em>Skeleton</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SKELETON_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.myrmex.model.impl.NodeImpl <em>Node</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.myrmex.model.impl.NodeImpl
	 * @see org.myrmex.model.impl.LabelsPackageImpl#getNode()
	 * @generated
	 */
	int NODE = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE__NAME = 0;

	/**
	 * The number of structural features of the '<em>Node</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NODE_FEATURE_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.myrmex.model.impl.EdgeImpl <em>Edge</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.myrmex.model.impl.EdgeImpl
	 * @see org.myrmex.model.impl.LabelsPackageImpl#getEdge()
	 * @generated
	 */
	int EDGE = 5;

	/**
	 * The feature id for the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Destination</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE__DESTINATION = 1;

	/**
	 * The number of structural features of the '<em>Edge</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int EDGE_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.myrmex.model.impl.SymmetryImpl <em>Symmetry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.myrmex.model.impl.SymmetryImpl
	 * @see org.myrmex.model.impl.LabelsPackageImpl#getSymmetry()
	 * @generated
	 */
	int SYMMETRY = 6;

	/**
	 * The feature id for the '<em><b>First</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMMETRY__FIRST = 0;

	/**
	 * The feature id for the '<em><b>Second</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMMETRY__SECOND = 1;

	/**
	 * The number of structural features of the '<em>Symmetry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYMMETRY_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.myrmex.model.impl.TrackImpl <em>Track</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.myrmex.model.impl.TrackImpl
	 * @see org.myrmex.model.impl.LabelsPackageImpl#getTrack()
	 * @generated
	 */
	int TRACK = 7;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK__NAME = 0;

	/**
	 * The feature id for the '<em><b>Spawned On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK__SPAWNED_ON = 1;

	/**
	 * The number of structural features of the '<em>Track</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRACK_FEATURE_COUNT = 2;

	/**
	 * The meta object id for the '{@link org.myrmex.model.impl.LabeledFrameImpl <em>Labeled Frame</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.myrmex.model.impl.LabeledFrameImpl
	 * @see org.myrmex.model.impl.LabelsPackageImpl#getLabeledFrame()
	 * @generated
	 */
	int LABELED_FRAME = 8;

	/**
	 * The feature id for the '<em><b>Video</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELED_FRAME__VIDEO = 0;

	/**
	 * The feature id for the '<em><b>Frame Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELED_FRAME__FRAME_INDEX = 1;

	/**
	 * The feature id for the '<em><b>Instances</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELED_FRAME__INSTANCES = 2;

	/**
	 * The number of structural features of the '<em>Labeled Frame</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LABELED_FRAME_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.myrmex.model.impl.InstanceImpl <em>Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.myrmex.model.impl.InstanceImpl
	 * @see org.myrmex.model.impl.LabelsPackageImpl#getInstance()
	 * @generated
	 */
	int INSTANCE = 9;

	/**
	 * The feature id for the '<em><b>Skeleton</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__SKELETON = 0;

	/**
	 * The feature id for the '<em><b>Track</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__TRACK = 1;

	/**
	 * The feature id for the '<em><b>Tracking Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__TRACKING_SCORE = 2;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE__POINTS = 3;

	/**
	 * The number of structural features of the '<em>Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int INSTANCE_FEATURE_COUNT = 4;

	/**
	 * The meta object id for the '{@link org.myrmex.model.impl.UserInstanceImpl <em>User Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.myrmex.model.impl.UserInstanceImpl
	 * @see org.myrmex.model.impl.LabelsPackageImpl#getUserInstance()
	 * @generated
	 */
	int USER_INSTANCE = 10;

	/**
	 * The feature id for the '<em><b>Skeleton</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_INSTANCE__SKELETON = INSTANCE__SKELETON;

	/**
	 * The feature id for the '<em><b>Track</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_INSTANCE__TRACK = INSTANCE__TRACK;

	/**
	 * The feature id for the '<em><b>Tracking Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_INSTANCE__TRACKING_SCORE = INSTANCE__TRACKING_SCORE;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_INSTANCE__POINTS = INSTANCE__POINTS;

	/**
	 * The feature id for the '<em><b>From Predicted</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_INSTANCE__FROM_PREDICTED = INSTANCE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>User Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_INSTANCE_FEATURE_COUNT = INSTANCE_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.myrmex.model.impl.PredictedInstanceImpl <em>Predicted Instance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.myrmex.model.impl.PredictedInstanceImpl
	 * @see org.myrmex.model.impl.LabelsPackageImpl#getPredictedInstance()
	 * @generated
	 */
	int PREDICTED_INSTANCE = 11;

	/**
	 * The feature id for the '<em><b>Skeleton</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTED_INSTANCE__SKELETON = INSTANCE__SKELETON;

	/**
	 * The feature id for the '<em><b>Track</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTED_INSTANCE__TRACK = INSTANCE__TRACK;

	/**
	 * The feature id for the '<em><b>Tracking Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTED_INSTANCE__TRACKING_SCORE = INSTANCE__TRACKING_SCORE;

	/**
	 * The feature id for the '<em><b>Points</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTED_INSTANCE__POINTS = INSTANCE__POINTS;

	/**
	 * The feature id for the '<em><b>Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTED_INSTANCE__SCORE = INSTANCE_FEATURE_COUNT + 0;

	/**
	 * The number of structural features of the '<em>Predicted Instance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PREDICTED_INSTANCE_FEATURE_COUNT = INSTANCE_FEATURE_COUNT + 1;

	/**
	 * The meta object id for the '{@link org.myrmex.model.impl.SuggestionImpl <em>Suggestion</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.myrmex.model.impl.SuggestionImpl
	 * @see org.myrmex.model.impl.LabelsPackageImpl#getSuggestion()
	 * @generated
	 */
	int SUGGESTION = 12;

	/**
	 * The feature id for the '<em><b>Video</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUGGESTION__VIDEO = 0;

	/**
	 * The feature id for the '<em><b>Frame Index</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUGGESTION__FRAME_INDEX = 1;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUGGESTION__GROUP = 2;

	/**
	 * The number of structural features of the '<em>Suggestion</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUGGESTION_FEATURE_COUNT = 3;

	/**
	 * The meta object id for the '{@link org.myrmex.model.VideoBackend <em>Video Backend</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.myrmex.model.VideoBackend
	 * @see org.myrmex.model.impl.LabelsPackageImpl#getVideoBackend()
	 * @generated
	 */
	int VIDEO_BACKEND = 13;

	/**
	 * The meta object id for the '<em>Point Array</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.myrmex.model.PointArray
	 * @see org.myrmex.model.impl.LabelsPackageImpl#getPointArray()
	 * @generated
	 */
	int POINT_ARRAY = 14;


	/**
	 * Returns the meta object for class '{@link org.myrmex.model.Labels <em>Labels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Labels</em>'.
	 * @see org.myrmex.model.Labels
	 * @generated
	 */
	EClass getLabels();

	/**
	 * Returns the meta object for the containment reference list '{@link org.myrmex.model.Labels#getVideos <em>Videos</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Videos</em>'.
	 * @see org.myrmex.model.Labels#getVideos()
	 * @see #getLabels()
	 * @generated
	 */
	EReference getLabels_Videos();

	/**
	 * Returns the meta object for the containment reference list '{@link org.myrmex.model.Labels#getSkeletons <em>Skeletons</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Skeletons</em>'.
	 * @see org.myrmex.model.Labels#getSkeletons()
	 * @see #getLabels()
	 * @generated
	 */
	EReference getLabels_Skeletons();

	/**
	 * Returns the meta object for the containment reference list '{@link org.myrmex.model.Labels#getTracks <em>Tracks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Tracks</em>'.
	 * @see org.myrmex.model.Labels#getTracks()
	 * @see #getLabels()
	 * @generated
	 */
	EReference getLabels_Tracks();

	/**
	 * Returns the meta object for the containment reference list '{@link org.myrmex.model.Labels#getLabeledFrames <em>Labeled Frames</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Labeled Frames</em>'.
	 * @see org.myrmex.model.Labels#getLabeledFrames()
	 * @see #getLabels()
	 * @generated
	 */
	EReference getLabels_LabeledFrames();

	/**
	 * Returns the meta object for the containment reference list '{@link org.myrmex.model.Labels#getSuggestions <em>Suggestions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Suggestions</em>'.
	 * @see org.myrmex.model.Labels#getSuggestions()
	 * @see #getLabels()
	 * @generated
	 */
	EReference getLabels_Suggestions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.myrmex.model.Labels#getProvenance <em>Provenance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Provenance</em>'.
	 * @see org.myrmex.model.Labels#getProvenance()
	 * @see #getLabels()
	 * @generated
	 */
	EReference getLabels_Provenance();

	/**
	 * Returns the meta object for class '{@link org.myrmex.model.ProvenanceEntry <em>Provenance Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Provenance Entry</em>'.
	 * @see org.myrmex.model.ProvenanceEntry
	 * @generated
	 */
	EClass getProvenanceEntry();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.ProvenanceEntry#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see org.myrmex.model.ProvenanceEntry#getKey()
	 * @see #getProvenanceEntry()
	 * @generated
	 */
	EAttribute getProvenanceEntry_Key();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.ProvenanceEntry#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.myrmex.model.ProvenanceEntry#getValue()
	 * @see #getProvenanceEntry()
	 * @generated
	 */
	EAttribute getProvenanceEntry_Value();

	/**
	 * Returns the meta object for class '{@link org.myrmex.model.Video <em>Video</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Video</em>'.
	 * @see org.myrmex.model.Video
	 * @generated
	 */
	EClass getVideo();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Video#getFilename <em>Filename</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Filename</em>'.
	 * @see org.myrmex.model.Video#getFilename()
	 * @see #getVideo()
	 * @generated
	 */
	EAttribute getVideo_Filename();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Video#getBackend <em>Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backend</em>'.
	 * @see org.myrmex.model.Video#getBackend()
	 * @see #getVideo()
	 * @generated
	 */
	EAttribute getVideo_Backend();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Video#isGrayscale <em>Grayscale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Grayscale</em>'.
	 * @see org.myrmex.model.Video#isGrayscale()
	 * @see #getVideo()
	 * @generated
	 */
	EAttribute getVideo_Grayscale();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Video#getWidth <em>Width</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Width</em>'.
	 * @see org.myrmex.model.Video#getWidth()
	 * @see #getVideo()
	 * @generated
	 */
	EAttribute getVideo_Width();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Video#getHeight <em>Height</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Height</em>'.
	 * @see org.myrmex.model.Video#getHeight()
	 * @see #getVideo()
	 * @generated
	 */
	EAttribute getVideo_Height();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Video#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Channels</em>'.
	 * @see org.myrmex.model.Video#getChannels()
	 * @see #getVideo()
	 * @generated
	 */
	EAttribute getVideo_Channels();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Video#getFps <em>Fps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Fps</em>'.
	 * @see org.myrmex.model.Video#getFps()
	 * @see #getVideo()
	 * @generated
	 */
	EAttribute getVideo_Fps();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Video#getFrameCount <em>Frame Count</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frame Count</em>'.
	 * @see org.myrmex.model.Video#getFrameCount()
	 * @see #getVideo()
	 * @generated
	 */
	EAttribute getVideo_FrameCount();

	/**
	 * Returns the meta object for the attribute list '{@link org.myrmex.model.Video#getImageFilenames <em>Image Filenames</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Image Filenames</em>'.
	 * @see org.myrmex.model.Video#getImageFilenames()
	 * @see #getVideo()
	 * @generated
	 */
	EAttribute getVideo_ImageFilenames();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Video#getDataset <em>Dataset</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Dataset</em>'.
	 * @see org.myrmex.model.Video#getDataset()
	 * @see #getVideo()
	 * @generated
	 */
	EAttribute getVideo_Dataset();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Video#getInputFormat <em>Input Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Input Format</em>'.
	 * @see org.myrmex.model.Video#getInputFormat()
	 * @see #getVideo()
	 * @generated
	 */
	EAttribute getVideo_InputFormat();

	/**
	 * Returns the meta object for the containment reference '{@link org.myrmex.model.Video#getSourceVideo <em>Source Video</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Source Video</em>'.
	 * @see org.myrmex.model.Video#getSourceVideo()
	 * @see #getVideo()
	 * @generated
	 */
	EReference getVideo_SourceVideo();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Video#getBackendJson <em>Backend Json</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Backend Json</em>'.
	 * @see org.myrmex.model.Video#getBackendJson()
	 * @see #getVideo()
	 * @generated
	 */
	EAttribute getVideo_BackendJson();

	/**
	 * Returns the meta object for class '{@link org.myrmex.model.Skeleton <em>Skeleton</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Skeleton</em>'.
	 * @see org.myrmex.model.Skeleton
	 * @generated
	 */
	EClass getSkeleton();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Skeleton#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.myrmex.model.Skeleton#getName()
	 * @see #getSkeleton()
	 * @generated
	 */
	EAttribute getSkeleton_Name();

	/**
	 * Returns the meta object for the containment reference list '{@link org.myrmex.model.Skeleton#getNodes <em>Nodes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Nodes</em>'.
	 * @see org.myrmex.model.Skeleton#getNodes()
	 * @see #getSkeleton()
	 * @generated
	 */
	EReference getSkeleton_Nodes();

	/**
	 * Returns the meta object for the containment reference list '{@link org.myrmex.model.Skeleton#getEdges <em>Edges</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Edges</em>'.
	 * @see org.myrmex.model.Skeleton#getEdges()
	 * @see #getSkeleton()
	 * @generated
	 */
	EReference getSkeleton_Edges();

	/**
	 * Returns the meta object for the containment reference list '{@link org.myrmex.model.Skeleton#getSymmetries <em>Symmetries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Symmetries</em>'.
	 * @see org.myrmex.model.Skeleton#getSymmetries()
	 * @see #getSkeleton()
	 * @generated
	 */
	EReference getSkeleton_Symmetries();

	/**
	 * Returns the meta object for class '{@link org.myrmex.model.Node <em>Node</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Node</em>'.
	 * @see org.myrmex.model.Node
	 * @generated
	 */
	EClass getNode();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Node#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.myrmex.model.Node#getName()
	 * @see #getNode()
	 * @generated
	 */
	EAttribute getNode_Name();

	/**
	 * Returns the meta object for class '{@link org.myrmex.model.Edge <em>Edge</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Edge</em>'.
	 * @see org.myrmex.model.Edge
	 * @generated
	 */
	EClass getEdge();

	/**
	 * Returns the meta object for the reference '{@link org.myrmex.model.Edge#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Source</em>'.
	 * @see org.myrmex.model.Edge#getSource()
	 * @see #getEdge()
	 * @generated
	 */
	EReference getEdge_Source();

	/**
	 * Returns the meta object for the reference '{@link org.myrmex.model.Edge#getDestination <em>Destination</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Destination</em>'.
	 * @see org.myrmex.model.Edge#getDestination()
	 * @see #getEdge()
	 * @generated
	 */
	EReference getEdge_Destination();

	/**
	 * Returns the meta object for class '{@link org.myrmex.model.Symmetry <em>Symmetry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Symmetry</em>'.
	 * @see org.myrmex.model.Symmetry
	 * @generated
	 */
	EClass getSymmetry();

	/**
	 * Returns the meta object for the reference '{@link org.myrmex.model.Symmetry#getFirst <em>First</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>First</em>'.
	 * @see org.myrmex.model.Symmetry#getFirst()
	 * @see #getSymmetry()
	 * @generated
	 */
	EReference getSymmetry_First();

	/**
	 * Returns the meta object for the reference '{@link org.myrmex.model.Symmetry#getSecond <em>Second</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Second</em>'.
	 * @see org.myrmex.model.Symmetry#getSecond()
	 * @see #getSymmetry()
	 * @generated
	 */
	EReference getSymmetry_Second();

	/**
	 * Returns the meta object for class '{@link org.myrmex.model.Track <em>Track</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Track</em>'.
	 * @see org.myrmex.model.Track
	 * @generated
	 */
	EClass getTrack();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Track#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.myrmex.model.Track#getName()
	 * @see #getTrack()
	 * @generated
	 */
	EAttribute getTrack_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Track#getSpawnedOn <em>Spawned On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Spawned On</em>'.
	 * @see org.myrmex.model.Track#getSpawnedOn()
	 * @see #getTrack()
	 * @generated
	 */
	EAttribute getTrack_SpawnedOn();

	/**
	 * Returns the meta object for class '{@link org.myrmex.model.LabeledFrame <em>Labeled Frame</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Labeled Frame</em>'.
	 * @see org.myrmex.model.LabeledFrame
	 * @generated
	 */
	EClass getLabeledFrame();

	/**
	 * Returns the meta object for the reference '{@link org.myrmex.model.LabeledFrame#getVideo <em>Video</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Video</em>'.
	 * @see org.myrmex.model.LabeledFrame#getVideo()
	 * @see #getLabeledFrame()
	 * @generated
	 */
	EReference getLabeledFrame_Video();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.LabeledFrame#getFrameIndex <em>Frame Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frame Index</em>'.
	 * @see org.myrmex.model.LabeledFrame#getFrameIndex()
	 * @see #getLabeledFrame()
	 * @generated
	 */
	EAttribute getLabeledFrame_FrameIndex();

	/**
	 * Returns the meta object for the containment reference list '{@link org.myrmex.model.LabeledFrame#getInstances <em>Instances</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Instances</em>'.
	 * @see org.myrmex.model.LabeledFrame#getInstances()
	 * @see #getLabeledFrame()
	 * @generated
	 */
	EReference getLabeledFrame_Instances();

	/**
	 * Returns the meta object for class '{@link org.myrmex.model.Instance <em>Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Instance</em>'.
	 * @see org.myrmex.model.Instance
	 * @generated
	 */
	EClass getInstance();

	/**
	 * Returns the meta object for the reference '{@link org.myrmex.model.Instance#getSkeleton <em>Skeleton</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Skeleton</em>'.
	 * @see org.myrmex.model.Instance#getSkeleton()
	 * @see #getInstance()
	 * @generated
	 */
	EReference getInstance_Skeleton();

	/**
	 * Returns the meta object for the reference '{@link org.myrmex.model.Instance#getTrack <em>Track</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Track</em>'.
	 * @see org.myrmex.model.Instance#getTrack()
	 * @see #getInstance()
	 * @generated
	 */
	EReference getInstance_Track();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Instance#getTrackingScore <em>Tracking Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Tracking Score</em>'.
	 * @see org.myrmex.model.Instance#getTrackingScore()
	 * @see #getInstance()
	 * @generated
	 */
	EAttribute getInstance_TrackingScore();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Instance#getPoints <em>Points</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Points</em>'.
	 * @see org.myrmex.model.Instance#getPoints()
	 * @see #getInstance()
	 * @generated
	 */
	EAttribute getInstance_Points();

	/**
	 * Returns the meta object for class '{@link org.myrmex.model.UserInstance <em>User Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User Instance</em>'.
	 * @see org.myrmex.model.UserInstance
	 * @generated
	 */
	EClass getUserInstance();

	/**
	 * Returns the meta object for the reference '{@link org.myrmex.model.UserInstance#getFromPredicted <em>From Predicted</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>From Predicted</em>'.
	 * @see org.myrmex.model.UserInstance#getFromPredicted()
	 * @see #getUserInstance()
	 * @generated
	 */
	EReference getUserInstance_FromPredicted();

	/**
	 * Returns the meta object for class '{@link org.myrmex.model.PredictedInstance <em>Predicted Instance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Predicted Instance</em>'.
	 * @see org.myrmex.model.PredictedInstance
	 * @generated
	 */
	EClass getPredictedInstance();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.PredictedInstance#getScore <em>Score</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Score</em>'.
	 * @see org.myrmex.model.PredictedInstance#getScore()
	 * @see #getPredictedInstance()
	 * @generated
	 */
	EAttribute getPredictedInstance_Score();

	/**
	 * Returns the meta object for class '{@link org.myrmex.model.Suggestion <em>Suggestion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Suggestion</em>'.
	 * @see org.myrmex.model.Suggestion
	 * @generated
	 */
	EClass getSuggestion();

	/**
	 * Returns the meta object for the reference '{@link org.myrmex.model.Suggestion#getVideo <em>Video</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Video</em>'.
	 * @see org.myrmex.model.Suggestion#getVideo()
	 * @see #getSuggestion()
	 * @generated
	 */
	EReference getSuggestion_Video();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Suggestion#getFrameIndex <em>Frame Index</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Frame Index</em>'.
	 * @see org.myrmex.model.Suggestion#getFrameIndex()
	 * @see #getSuggestion()
	 * @generated
	 */
	EAttribute getSuggestion_FrameIndex();

	/**
	 * Returns the meta object for the attribute '{@link org.myrmex.model.Suggestion#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see org.myrmex.model.Suggestion#getGroup()
	 * @see #getSuggestion()
	 * @generated
	 */
	EAttribute getSuggestion_Group();

	/**
	 * Returns the meta object for enum '{@link org.myrmex.model.VideoBackend <em>Video Backend</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Video Backend</em>'.
	 * @see org.myrmex.model.VideoBackend
	 * @generated
	 */
	EEnum getVideoBackend();

	/**
	 * Returns the meta object for data type '{@link org.myrmex.model.PointArray <em>Point Array</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * An immutable array of points (x, y, visible, complete, score), kept as primitive arrays rather than objects; serialized by LabelsFactory in a compact text form.
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Point Array</em>'.
	 * @see org.myrmex.model.PointArray
	 * @model instanceClass="org.myrmex.model.PointArray"
	 * @generated
	 */
	EDataType getPointArray();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	LabelsFactory getLabelsFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.myrmex.model.impl.LabelsImpl <em>Labels</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.myrmex.model.impl.LabelsImpl
		 * @see org.myrmex.model.impl.LabelsPackageImpl#getLabels()
		 * @generated
		 */
		EClass LABELS = eINSTANCE.getLabels();

		/**
		 * The meta object literal for the '<em><b>Videos</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELS__VIDEOS = eINSTANCE.getLabels_Videos();

		/**
		 * The meta object literal for the '<em><b>Skeletons</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELS__SKELETONS = eINSTANCE.getLabels_Skeletons();

		/**
		 * The meta object literal for the '<em><b>Tracks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELS__TRACKS = eINSTANCE.getLabels_Tracks();

		/**
		 * The meta object literal for the '<em><b>Labeled Frames</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELS__LABELED_FRAMES = eINSTANCE.getLabels_LabeledFrames();

		/**
		 * The meta object literal for the '<em><b>Suggestions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELS__SUGGESTIONS = eINSTANCE.getLabels_Suggestions();

		/**
		 * The meta object literal for the '<em><b>Provenance</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELS__PROVENANCE = eINSTANCE.getLabels_Provenance();

		/**
		 * The meta object literal for the '{@link org.myrmex.model.impl.ProvenanceEntryImpl <em>Provenance Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.myrmex.model.impl.ProvenanceEntryImpl
		 * @see org.myrmex.model.impl.LabelsPackageImpl#getProvenanceEntry()
		 * @generated
		 */
		EClass PROVENANCE_ENTRY = eINSTANCE.getProvenanceEntry();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE_ENTRY__KEY = eINSTANCE.getProvenanceEntry_Key();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PROVENANCE_ENTRY__VALUE = eINSTANCE.getProvenanceEntry_Value();

		/**
		 * The meta object literal for the '{@link org.myrmex.model.impl.VideoImpl <em>Video</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.myrmex.model.impl.VideoImpl
		 * @see org.myrmex.model.impl.LabelsPackageImpl#getVideo()
		 * @generated
		 */
		EClass VIDEO = eINSTANCE.getVideo();

		/**
		 * The meta object literal for the '<em><b>Filename</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO__FILENAME = eINSTANCE.getVideo_Filename();

		/**
		 * The meta object literal for the '<em><b>Backend</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO__BACKEND = eINSTANCE.getVideo_Backend();

		/**
		 * The meta object literal for the '<em><b>Grayscale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO__GRAYSCALE = eINSTANCE.getVideo_Grayscale();

		/**
		 * The meta object literal for the '<em><b>Width</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO__WIDTH = eINSTANCE.getVideo_Width();

		/**
		 * The meta object literal for the '<em><b>Height</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO__HEIGHT = eINSTANCE.getVideo_Height();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO__CHANNELS = eINSTANCE.getVideo_Channels();

		/**
		 * The meta object literal for the '<em><b>Fps</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO__FPS = eINSTANCE.getVideo_Fps();

		/**
		 * The meta object literal for the '<em><b>Frame Count</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO__FRAME_COUNT = eINSTANCE.getVideo_FrameCount();

		/**
		 * The meta object literal for the '<em><b>Image Filenames</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO__IMAGE_FILENAMES = eINSTANCE.getVideo_ImageFilenames();

		/**
		 * The meta object literal for the '<em><b>Dataset</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO__DATASET = eINSTANCE.getVideo_Dataset();

		/**
		 * The meta object literal for the '<em><b>Input Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO__INPUT_FORMAT = eINSTANCE.getVideo_InputFormat();

		/**
		 * The meta object literal for the '<em><b>Source Video</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference VIDEO__SOURCE_VIDEO = eINSTANCE.getVideo_SourceVideo();

		/**
		 * The meta object literal for the '<em><b>Backend Json</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute VIDEO__BACKEND_JSON = eINSTANCE.getVideo_BackendJson();

		/**
		 * The meta object literal for the '{@link org.myrmex.model.impl.SkeletonImpl <em>Skeleton</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.myrmex.model.impl.SkeletonImpl
		 * @see org.myrmex.model.impl.LabelsPackageImpl#getSkeleton()
		 * @generated
		 */
		EClass SKELETON = eINSTANCE.getSkeleton();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SKELETON__NAME = eINSTANCE.getSkeleton_Name();

		/**
		 * The meta object literal for the '<em><b>Nodes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKELETON__NODES = eINSTANCE.getSkeleton_Nodes();

		/**
		 * The meta object literal for the '<em><b>Edges</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKELETON__EDGES = eINSTANCE.getSkeleton_Edges();

		/**
		 * The meta object literal for the '<em><b>Symmetries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SKELETON__SYMMETRIES = eINSTANCE.getSkeleton_Symmetries();

		/**
		 * The meta object literal for the '{@link org.myrmex.model.impl.NodeImpl <em>Node</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.myrmex.model.impl.NodeImpl
		 * @see org.myrmex.model.impl.LabelsPackageImpl#getNode()
		 * @generated
		 */
		EClass NODE = eINSTANCE.getNode();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NODE__NAME = eINSTANCE.getNode_Name();

		/**
		 * The meta object literal for the '{@link org.myrmex.model.impl.EdgeImpl <em>Edge</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.myrmex.model.impl.EdgeImpl
		 * @see org.myrmex.model.impl.LabelsPackageImpl#getEdge()
		 * @generated
		 */
		EClass EDGE = eINSTANCE.getEdge();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE__SOURCE = eINSTANCE.getEdge_Source();

		/**
		 * The meta object literal for the '<em><b>Destination</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference EDGE__DESTINATION = eINSTANCE.getEdge_Destination();

		/**
		 * The meta object literal for the '{@link org.myrmex.model.impl.SymmetryImpl <em>Symmetry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.myrmex.model.impl.SymmetryImpl
		 * @see org.myrmex.model.impl.LabelsPackageImpl#getSymmetry()
		 * @generated
		 */
		EClass SYMMETRY = eINSTANCE.getSymmetry();

		/**
		 * The meta object literal for the '<em><b>First</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYMMETRY__FIRST = eINSTANCE.getSymmetry_First();

		/**
		 * The meta object literal for the '<em><b>Second</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SYMMETRY__SECOND = eINSTANCE.getSymmetry_Second();

		/**
		 * The meta object literal for the '{@link org.myrmex.model.impl.TrackImpl <em>Track</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.myrmex.model.impl.TrackImpl
		 * @see org.myrmex.model.impl.LabelsPackageImpl#getTrack()
		 * @generated
		 */
		EClass TRACK = eINSTANCE.getTrack();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACK__NAME = eINSTANCE.getTrack_Name();

		/**
		 * The meta object literal for the '<em><b>Spawned On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRACK__SPAWNED_ON = eINSTANCE.getTrack_SpawnedOn();

		/**
		 * The meta object literal for the '{@link org.myrmex.model.impl.LabeledFrameImpl <em>Labeled Frame</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.myrmex.model.impl.LabeledFrameImpl
		 * @see org.myrmex.model.impl.LabelsPackageImpl#getLabeledFrame()
		 * @generated
		 */
		EClass LABELED_FRAME = eINSTANCE.getLabeledFrame();

		/**
		 * The meta object literal for the '<em><b>Video</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELED_FRAME__VIDEO = eINSTANCE.getLabeledFrame_Video();

		/**
		 * The meta object literal for the '<em><b>Frame Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LABELED_FRAME__FRAME_INDEX = eINSTANCE.getLabeledFrame_FrameIndex();

		/**
		 * The meta object literal for the '<em><b>Instances</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LABELED_FRAME__INSTANCES = eINSTANCE.getLabeledFrame_Instances();

		/**
		 * The meta object literal for the '{@link org.myrmex.model.impl.InstanceImpl <em>Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.myrmex.model.impl.InstanceImpl
		 * @see org.myrmex.model.impl.LabelsPackageImpl#getInstance()
		 * @generated
		 */
		EClass INSTANCE = eINSTANCE.getInstance();

		/**
		 * The meta object literal for the '<em><b>Skeleton</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTANCE__SKELETON = eINSTANCE.getInstance_Skeleton();

		/**
		 * The meta object literal for the '<em><b>Track</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference INSTANCE__TRACK = eINSTANCE.getInstance_Track();

		/**
		 * The meta object literal for the '<em><b>Tracking Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE__TRACKING_SCORE = eINSTANCE.getInstance_TrackingScore();

		/**
		 * The meta object literal for the '<em><b>Points</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute INSTANCE__POINTS = eINSTANCE.getInstance_Points();

		/**
		 * The meta object literal for the '{@link org.myrmex.model.impl.UserInstanceImpl <em>User Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.myrmex.model.impl.UserInstanceImpl
		 * @see org.myrmex.model.impl.LabelsPackageImpl#getUserInstance()
		 * @generated
		 */
		EClass USER_INSTANCE = eINSTANCE.getUserInstance();

		/**
		 * The meta object literal for the '<em><b>From Predicted</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference USER_INSTANCE__FROM_PREDICTED = eINSTANCE.getUserInstance_FromPredicted();

		/**
		 * The meta object literal for the '{@link org.myrmex.model.impl.PredictedInstanceImpl <em>Predicted Instance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.myrmex.model.impl.PredictedInstanceImpl
		 * @see org.myrmex.model.impl.LabelsPackageImpl#getPredictedInstance()
		 * @generated
		 */
		EClass PREDICTED_INSTANCE = eINSTANCE.getPredictedInstance();

		/**
		 * The meta object literal for the '<em><b>Score</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PREDICTED_INSTANCE__SCORE = eINSTANCE.getPredictedInstance_Score();

		/**
		 * The meta object literal for the '{@link org.myrmex.model.impl.SuggestionImpl <em>Suggestion</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.myrmex.model.impl.SuggestionImpl
		 * @see org.myrmex.model.impl.LabelsPackageImpl#getSuggestion()
		 * @generated
		 */
		EClass SUGGESTION = eINSTANCE.getSuggestion();

		/**
		 * The meta object literal for the '<em><b>Video</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SUGGESTION__VIDEO = eINSTANCE.getSuggestion_Video();

		/**
		 * The meta object literal for the '<em><b>Frame Index</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUGGESTION__FRAME_INDEX = eINSTANCE.getSuggestion_FrameIndex();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUGGESTION__GROUP = eINSTANCE.getSuggestion_Group();

		/**
		 * The meta object literal for the '{@link org.myrmex.model.VideoBackend <em>Video Backend</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.myrmex.model.VideoBackend
		 * @see org.myrmex.model.impl.LabelsPackageImpl#getVideoBackend()
		 * @generated
		 */
		EEnum VIDEO_BACKEND = eINSTANCE.getVideoBackend();

		/**
		 * The meta object literal for the '<em>Point Array</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.myrmex.model.PointArray
		 * @see org.myrmex.model.impl.LabelsPackageImpl#getPointArray()
		 * @generated
		 */
		EDataType POINT_ARRAY = eINSTANCE.getPointArray();

	}

} //LabelsPackage
