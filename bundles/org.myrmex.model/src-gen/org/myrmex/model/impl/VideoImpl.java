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

import org.eclipse.emf.ecore.util.EDataTypeEList;

import org.myrmex.model.LabelsPackage;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Video</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.impl.VideoImpl#getFilename <em>Filename</em>}</li>
 *   <li>{@link org.myrmex.model.impl.VideoImpl#getBackend <em>Backend</em>}</li>
 *   <li>{@link org.myrmex.model.impl.VideoImpl#isGrayscale <em>Grayscale</em>}</li>
 *   <li>{@link org.myrmex.model.impl.VideoImpl#getWidth <em>Width</em>}</li>
 *   <li>{@link org.myrmex.model.impl.VideoImpl#getHeight <em>Height</em>}</li>
 *   <li>{@link org.myrmex.model.impl.VideoImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.myrmex.model.impl.VideoImpl#getFps <em>Fps</em>}</li>
 *   <li>{@link org.myrmex.model.impl.VideoImpl#getFrameCount <em>Frame Count</em>}</li>
 *   <li>{@link org.myrmex.model.impl.VideoImpl#getImageFilenames <em>Image Filenames</em>}</li>
 *   <li>{@link org.myrmex.model.impl.VideoImpl#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.myrmex.model.impl.VideoImpl#getInputFormat <em>Input Format</em>}</li>
 *   <li>{@link org.myrmex.model.impl.VideoImpl#getSourceVideo <em>Source Video</em>}</li>
 *   <li>{@link org.myrmex.model.impl.VideoImpl#getBackendJson <em>Backend Json</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VideoImpl extends MinimalEObjectImpl.Container implements Video {
	/**
	 * The default value of the '{@link #getFilename() <em>Filename</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilename()
	 * @generated
	 * @ordered
	 */
	protected static final String FILENAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFilename() <em>Filename</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFilename()
	 * @generated
	 * @ordered
	 */
	protected String filename = FILENAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getBackend() <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackend()
	 * @generated
	 * @ordered
	 */
	protected static final VideoBackend BACKEND_EDEFAULT = VideoBackend.MEDIA;

	/**
	 * The cached value of the '{@link #getBackend() <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackend()
	 * @generated
	 * @ordered
	 */
	protected VideoBackend backend = BACKEND_EDEFAULT;

	/**
	 * The default value of the '{@link #isGrayscale() <em>Grayscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGrayscale()
	 * @generated
	 * @ordered
	 */
	protected static final boolean GRAYSCALE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isGrayscale() <em>Grayscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isGrayscale()
	 * @generated
	 * @ordered
	 */
	protected boolean grayscale = GRAYSCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected static final int WIDTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getWidth() <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWidth()
	 * @generated
	 * @ordered
	 */
	protected int width = WIDTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected static final int HEIGHT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getHeight() <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHeight()
	 * @generated
	 * @ordered
	 */
	protected int height = HEIGHT_EDEFAULT;

	/**
	 * The default value of the '{@link #getChannels() <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected static final int CHANNELS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected int channels = CHANNELS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFps() <em>Fps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFps()
	 * @generated
	 * @ordered
	 */
	protected static final double FPS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getFps() <em>Fps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFps()
	 * @generated
	 * @ordered
	 */
	protected double fps = FPS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFrameCount() <em>Frame Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameCount()
	 * @generated
	 * @ordered
	 */
	protected static final int FRAME_COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFrameCount() <em>Frame Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrameCount()
	 * @generated
	 * @ordered
	 */
	protected int frameCount = FRAME_COUNT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getImageFilenames() <em>Image Filenames</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImageFilenames()
	 * @generated
	 * @ordered
	 */
	protected EList<String> imageFilenames;

	/**
	 * The default value of the '{@link #getDataset() <em>Dataset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataset()
	 * @generated
	 * @ordered
	 */
	protected static final String DATASET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDataset() <em>Dataset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDataset()
	 * @generated
	 * @ordered
	 */
	protected String dataset = DATASET_EDEFAULT;

	/**
	 * The default value of the '{@link #getInputFormat() <em>Input Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputFormat()
	 * @generated
	 * @ordered
	 */
	protected static final String INPUT_FORMAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInputFormat() <em>Input Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInputFormat()
	 * @generated
	 * @ordered
	 */
	protected String inputFormat = INPUT_FORMAT_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSourceVideo() <em>Source Video</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSourceVideo()
	 * @generated
	 * @ordered
	 */
	protected Video sourceVideo;

	/**
	 * The default value of the '{@link #getBackendJson() <em>Backend Json</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackendJson()
	 * @generated
	 * @ordered
	 */
	protected static final String BACKEND_JSON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBackendJson() <em>Backend Json</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackendJson()
	 * @generated
	 * @ordered
	 */
	protected String backendJson = BACKEND_JSON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VideoImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return LabelsPackage.Literals.VIDEO;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFilename() {
		return filename;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFilename(String newFilename) {
		String oldFilename = filename;
		filename = newFilename;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.VIDEO__FILENAME, oldFilename, filename));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VideoBackend getBackend() {
		return backend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackend(VideoBackend newBackend) {
		VideoBackend oldBackend = backend;
		backend = newBackend == null ? BACKEND_EDEFAULT : newBackend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.VIDEO__BACKEND, oldBackend, backend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isGrayscale() {
		return grayscale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGrayscale(boolean newGrayscale) {
		boolean oldGrayscale = grayscale;
		grayscale = newGrayscale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.VIDEO__GRAYSCALE, oldGrayscale, grayscale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getWidth() {
		return width;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWidth(int newWidth) {
		int oldWidth = width;
		width = newWidth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.VIDEO__WIDTH, oldWidth, width));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getHeight() {
		return height;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHeight(int newHeight) {
		int oldHeight = height;
		height = newHeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.VIDEO__HEIGHT, oldHeight, height));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getChannels() {
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChannels(int newChannels) {
		int oldChannels = channels;
		channels = newChannels;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.VIDEO__CHANNELS, oldChannels, channels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getFps() {
		return fps;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFps(double newFps) {
		double oldFps = fps;
		fps = newFps;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.VIDEO__FPS, oldFps, fps));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFrameCount() {
		return frameCount;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrameCount(int newFrameCount) {
		int oldFrameCount = frameCount;
		frameCount = newFrameCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.VIDEO__FRAME_COUNT, oldFrameCount, frameCount));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getImageFilenames() {
		if (imageFilenames == null) {
			imageFilenames = new EDataTypeEList<String>(String.class, this, LabelsPackage.VIDEO__IMAGE_FILENAMES);
		}
		return imageFilenames;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDataset() {
		return dataset;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDataset(String newDataset) {
		String oldDataset = dataset;
		dataset = newDataset;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.VIDEO__DATASET, oldDataset, dataset));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getInputFormat() {
		return inputFormat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInputFormat(String newInputFormat) {
		String oldInputFormat = inputFormat;
		inputFormat = newInputFormat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.VIDEO__INPUT_FORMAT, oldInputFormat, inputFormat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Video getSourceVideo() {
		return sourceVideo;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetSourceVideo(Video newSourceVideo, NotificationChain msgs) {
		Video oldSourceVideo = sourceVideo;
		sourceVideo = newSourceVideo;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, LabelsPackage.VIDEO__SOURCE_VIDEO, oldSourceVideo, newSourceVideo);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSourceVideo(Video newSourceVideo) {
		if (newSourceVideo != sourceVideo) {
			NotificationChain msgs = null;
			if (sourceVideo != null)
				msgs = ((InternalEObject)sourceVideo).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - LabelsPackage.VIDEO__SOURCE_VIDEO, null, msgs);
			if (newSourceVideo != null)
				msgs = ((InternalEObject)newSourceVideo).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - LabelsPackage.VIDEO__SOURCE_VIDEO, null, msgs);
			msgs = basicSetSourceVideo(newSourceVideo, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.VIDEO__SOURCE_VIDEO, newSourceVideo, newSourceVideo));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBackendJson() {
		return backendJson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackendJson(String newBackendJson) {
		String oldBackendJson = backendJson;
		backendJson = newBackendJson;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, LabelsPackage.VIDEO__BACKEND_JSON, oldBackendJson, backendJson));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case LabelsPackage.VIDEO__SOURCE_VIDEO:
				return basicSetSourceVideo(null, msgs);
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
			case LabelsPackage.VIDEO__FILENAME:
				return getFilename();
			case LabelsPackage.VIDEO__BACKEND:
				return getBackend();
			case LabelsPackage.VIDEO__GRAYSCALE:
				return isGrayscale();
			case LabelsPackage.VIDEO__WIDTH:
				return getWidth();
			case LabelsPackage.VIDEO__HEIGHT:
				return getHeight();
			case LabelsPackage.VIDEO__CHANNELS:
				return getChannels();
			case LabelsPackage.VIDEO__FPS:
				return getFps();
			case LabelsPackage.VIDEO__FRAME_COUNT:
				return getFrameCount();
			case LabelsPackage.VIDEO__IMAGE_FILENAMES:
				return getImageFilenames();
			case LabelsPackage.VIDEO__DATASET:
				return getDataset();
			case LabelsPackage.VIDEO__INPUT_FORMAT:
				return getInputFormat();
			case LabelsPackage.VIDEO__SOURCE_VIDEO:
				return getSourceVideo();
			case LabelsPackage.VIDEO__BACKEND_JSON:
				return getBackendJson();
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
			case LabelsPackage.VIDEO__FILENAME:
				setFilename((String)newValue);
				return;
			case LabelsPackage.VIDEO__BACKEND:
				setBackend((VideoBackend)newValue);
				return;
			case LabelsPackage.VIDEO__GRAYSCALE:
				setGrayscale((Boolean)newValue);
				return;
			case LabelsPackage.VIDEO__WIDTH:
				setWidth((Integer)newValue);
				return;
			case LabelsPackage.VIDEO__HEIGHT:
				setHeight((Integer)newValue);
				return;
			case LabelsPackage.VIDEO__CHANNELS:
				setChannels((Integer)newValue);
				return;
			case LabelsPackage.VIDEO__FPS:
				setFps((Double)newValue);
				return;
			case LabelsPackage.VIDEO__FRAME_COUNT:
				setFrameCount((Integer)newValue);
				return;
			case LabelsPackage.VIDEO__IMAGE_FILENAMES:
				getImageFilenames().clear();
				getImageFilenames().addAll((Collection<? extends String>)newValue);
				return;
			case LabelsPackage.VIDEO__DATASET:
				setDataset((String)newValue);
				return;
			case LabelsPackage.VIDEO__INPUT_FORMAT:
				setInputFormat((String)newValue);
				return;
			case LabelsPackage.VIDEO__SOURCE_VIDEO:
				setSourceVideo((Video)newValue);
				return;
			case LabelsPackage.VIDEO__BACKEND_JSON:
				setBackendJson((String)newValue);
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
			case LabelsPackage.VIDEO__FILENAME:
				setFilename(FILENAME_EDEFAULT);
				return;
			case LabelsPackage.VIDEO__BACKEND:
				setBackend(BACKEND_EDEFAULT);
				return;
			case LabelsPackage.VIDEO__GRAYSCALE:
				setGrayscale(GRAYSCALE_EDEFAULT);
				return;
			case LabelsPackage.VIDEO__WIDTH:
				setWidth(WIDTH_EDEFAULT);
				return;
			case LabelsPackage.VIDEO__HEIGHT:
				setHeight(HEIGHT_EDEFAULT);
				return;
			case LabelsPackage.VIDEO__CHANNELS:
				setChannels(CHANNELS_EDEFAULT);
				return;
			case LabelsPackage.VIDEO__FPS:
				setFps(FPS_EDEFAULT);
				return;
			case LabelsPackage.VIDEO__FRAME_COUNT:
				setFrameCount(FRAME_COUNT_EDEFAULT);
				return;
			case LabelsPackage.VIDEO__IMAGE_FILENAMES:
				getImageFilenames().clear();
				return;
			case LabelsPackage.VIDEO__DATASET:
				setDataset(DATASET_EDEFAULT);
				return;
			case LabelsPackage.VIDEO__INPUT_FORMAT:
				setInputFormat(INPUT_FORMAT_EDEFAULT);
				return;
			case LabelsPackage.VIDEO__SOURCE_VIDEO:
				setSourceVideo((Video)null);
				return;
			case LabelsPackage.VIDEO__BACKEND_JSON:
				setBackendJson(BACKEND_JSON_EDEFAULT);
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
			case LabelsPackage.VIDEO__FILENAME:
				return FILENAME_EDEFAULT == null ? filename != null : !FILENAME_EDEFAULT.equals(filename);
			case LabelsPackage.VIDEO__BACKEND:
				return backend != BACKEND_EDEFAULT;
			case LabelsPackage.VIDEO__GRAYSCALE:
				return grayscale != GRAYSCALE_EDEFAULT;
			case LabelsPackage.VIDEO__WIDTH:
				return width != WIDTH_EDEFAULT;
			case LabelsPackage.VIDEO__HEIGHT:
				return height != HEIGHT_EDEFAULT;
			case LabelsPackage.VIDEO__CHANNELS:
				return channels != CHANNELS_EDEFAULT;
			case LabelsPackage.VIDEO__FPS:
				return fps != FPS_EDEFAULT;
			case LabelsPackage.VIDEO__FRAME_COUNT:
				return frameCount != FRAME_COUNT_EDEFAULT;
			case LabelsPackage.VIDEO__IMAGE_FILENAMES:
				return imageFilenames != null && !imageFilenames.isEmpty();
			case LabelsPackage.VIDEO__DATASET:
				return DATASET_EDEFAULT == null ? dataset != null : !DATASET_EDEFAULT.equals(dataset);
			case LabelsPackage.VIDEO__INPUT_FORMAT:
				return INPUT_FORMAT_EDEFAULT == null ? inputFormat != null : !INPUT_FORMAT_EDEFAULT.equals(inputFormat);
			case LabelsPackage.VIDEO__SOURCE_VIDEO:
				return sourceVideo != null;
			case LabelsPackage.VIDEO__BACKEND_JSON:
				return BACKEND_JSON_EDEFAULT == null ? backendJson != null : !BACKEND_JSON_EDEFAULT.equals(backendJson);
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
		result.append(" (filename: ");
		result.append(filename);
		result.append(", backend: ");
		result.append(backend);
		result.append(", grayscale: ");
		result.append(grayscale);
		result.append(", width: ");
		result.append(width);
		result.append(", height: ");
		result.append(height);
		result.append(", channels: ");
		result.append(channels);
		result.append(", fps: ");
		result.append(fps);
		result.append(", frameCount: ");
		result.append(frameCount);
		result.append(", imageFilenames: ");
		result.append(imageFilenames);
		result.append(", dataset: ");
		result.append(dataset);
		result.append(", inputFormat: ");
		result.append(inputFormat);
		result.append(", backendJson: ");
		result.append(backendJson);
		result.append(')');
		return result.toString();
	}

} //VideoImpl
