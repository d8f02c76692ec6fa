/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Video</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A source of frames: one entry of SLEAP's videos_json.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.myrmex.model.Video#getFilename <em>Filename</em>}</li>
 *   <li>{@link org.myrmex.model.Video#getBackend <em>Backend</em>}</li>
 *   <li>{@link org.myrmex.model.Video#isGrayscale <em>Grayscale</em>}</li>
 *   <li>{@link org.myrmex.model.Video#getWidth <em>Width</em>}</li>
 *   <li>{@link org.myrmex.model.Video#getHeight <em>Height</em>}</li>
 *   <li>{@link org.myrmex.model.Video#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.myrmex.model.Video#getFps <em>Fps</em>}</li>
 *   <li>{@link org.myrmex.model.Video#getFrameCount <em>Frame Count</em>}</li>
 *   <li>{@link org.myrmex.model.Video#getImageFilenames <em>Image Filenames</em>}</li>
 *   <li>{@link org.myrmex.model.Video#getDataset <em>Dataset</em>}</li>
 *   <li>{@link org.myrmex.model.Video#getInputFormat <em>Input Format</em>}</li>
 *   <li>{@link org.myrmex.model.Video#getSourceVideo <em>Source Video</em>}</li>
 *   <li>{@link org.myrmex.model.Video#getBackendJson <em>Backend Json</em>}</li>
 * </ul>
 *
 * @see org.myrmex.model.LabelsPackage#getVideo()
 * @model
 * @generated
 */
public interface Video extends EObject {
	/**
	 * Returns the value of the '<em><b>Filename</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Filename</em>' attribute.
	 * @see #setFilename(String)
	 * @see org.myrmex.model.LabelsPackage#getVideo_Filename()
	 * @model
	 * @generated
	 */
	String getFilename();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Video#getFilename <em>Filename</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Filename</em>' attribute.
	 * @see #getFilename()
	 * @generated
	 */
	void setFilename(String value);

	/**
	 * Returns the value of the '<em><b>Backend</b></em>' attribute.
	 * The literals are from the enumeration {@link org.myrmex.model.VideoBackend}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Backend</em>' attribute.
	 * @see org.myrmex.model.VideoBackend
	 * @see #setBackend(VideoBackend)
	 * @see org.myrmex.model.LabelsPackage#getVideo_Backend()
	 * @model
	 * @generated
	 */
	VideoBackend getBackend();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Video#getBackend <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend</em>' attribute.
	 * @see org.myrmex.model.VideoBackend
	 * @see #getBackend()
	 * @generated
	 */
	void setBackend(VideoBackend value);

	/**
	 * Returns the value of the '<em><b>Grayscale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grayscale</em>' attribute.
	 * @see #setGrayscale(boolean)
	 * @see org.myrmex.model.LabelsPackage#getVideo_Grayscale()
	 * @model
	 * @generated
	 */
	boolean isGrayscale();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Video#isGrayscale <em>Grayscale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grayscale</em>' attribute.
	 * @see #isGrayscale()
	 * @generated
	 */
	void setGrayscale(boolean value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #setWidth(int)
	 * @see org.myrmex.model.LabelsPackage#getVideo_Width()
	 * @model
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Video#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #setHeight(int)
	 * @see org.myrmex.model.LabelsPackage#getVideo_Height()
	 * @model
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Video#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' attribute.
	 * @see #setChannels(int)
	 * @see org.myrmex.model.LabelsPackage#getVideo_Channels()
	 * @model
	 * @generated
	 */
	int getChannels();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Video#getChannels <em>Channels</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channels</em>' attribute.
	 * @see #getChannels()
	 * @generated
	 */
	void setChannels(int value);

	/**
	 * Returns the value of the '<em><b>Fps</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fps</em>' attribute.
	 * @see #setFps(double)
	 * @see org.myrmex.model.LabelsPackage#getVideo_Fps()
	 * @model
	 * @generated
	 */
	double getFps();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Video#getFps <em>Fps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fps</em>' attribute.
	 * @see #getFps()
	 * @generated
	 */
	void setFps(double value);

	/**
	 * Returns the value of the '<em><b>Frame Count</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frame Count</em>' attribute.
	 * @see #setFrameCount(int)
	 * @see org.myrmex.model.LabelsPackage#getVideo_FrameCount()
	 * @model
	 * @generated
	 */
	int getFrameCount();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Video#getFrameCount <em>Frame Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frame Count</em>' attribute.
	 * @see #getFrameCount()
	 * @generated
	 */
	void setFrameCount(int value);

	/**
	 * Returns the value of the '<em><b>Image Filenames</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The image files of an IMAGE_LIST video, one per frame, in frame order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Image Filenames</em>' attribute list.
	 * @see org.myrmex.model.LabelsPackage#getVideo_ImageFilenames()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getImageFilenames();

	/**
	 * Returns the value of the '<em><b>Dataset</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The HDF5 dataset holding the frames (HDF5), or video{N}/video for EMBEDDED.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dataset</em>' attribute.
	 * @see #setDataset(String)
	 * @see org.myrmex.model.LabelsPackage#getVideo_Dataset()
	 * @model
	 * @generated
	 */
	String getDataset();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Video#getDataset <em>Dataset</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dataset</em>' attribute.
	 * @see #getDataset()
	 * @generated
	 */
	void setDataset(String value);

	/**
	 * Returns the value of the '<em><b>Input Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Axis order of an HDF5 or embedded dataset, e.g. "channels_last".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Input Format</em>' attribute.
	 * @see #setInputFormat(String)
	 * @see org.myrmex.model.LabelsPackage#getVideo_InputFormat()
	 * @model
	 * @generated
	 */
	String getInputFormat();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Video#getInputFormat <em>Input Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Input Format</em>' attribute.
	 * @see #getInputFormat()
	 * @generated
	 */
	void setInputFormat(String value);

	/**
	 * Returns the value of the '<em><b>Source Video</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For EMBEDDED frames, the video they were taken from (owned by the embedded video).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source Video</em>' containment reference.
	 * @see #setSourceVideo(Video)
	 * @see org.myrmex.model.LabelsPackage#getVideo_SourceVideo()
	 * @model containment="true"
	 * @generated
	 */
	Video getSourceVideo();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Video#getSourceVideo <em>Source Video</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Video</em>' containment reference.
	 * @see #getSourceVideo()
	 * @generated
	 */
	void setSourceVideo(Video value);

	/**
	 * Returns the value of the '<em><b>Backend Json</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The video's SLEAP backend JSON object as read from a file, so that keys Myrmex does not model survive a save; null for videos made in Myrmex.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Backend Json</em>' attribute.
	 * @see #setBackendJson(String)
	 * @see org.myrmex.model.LabelsPackage#getVideo_BackendJson()
	 * @model
	 * @generated
	 */
	String getBackendJson();

	/**
	 * Sets the value of the '{@link org.myrmex.model.Video#getBackendJson <em>Backend Json</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Backend Json</em>' attribute.
	 * @see #getBackendJson()
	 * @generated
	 */
	void setBackendJson(String value);

} // Video
