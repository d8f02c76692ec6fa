/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.myrmex.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Video Backend</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * How a video's frames are read.
 * <!-- end-model-doc -->
 * @see org.myrmex.model.LabelsPackage#getVideoBackend()
 * @model
 * @generated
 */
public enum VideoBackend implements Enumerator {
	/**
	 * The '<em><b>MEDIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A media file (mp4, avi, ...) decoded frame by frame (SLEAP's MediaVideo).
	 * <!-- end-model-doc -->
	 * @see #MEDIA_VALUE
	 * @generated
	 * @ordered
	 */
	MEDIA(0, "MEDIA", "MEDIA"),

	/**
	 * The '<em><b>IMAGE LIST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One image file per frame, listed in imageFilenames (SLEAP's ImgStoreVideo/SingleImageVideo lists).
	 * <!-- end-model-doc -->
	 * @see #IMAGE_LIST_VALUE
	 * @generated
	 * @ordered
	 */
	IMAGE_LIST(1, "IMAGE_LIST", "IMAGE_LIST"),

	/**
	 * The '<em><b>HDF5</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Frames stored as an array in an HDF5 dataset (SLEAP's HDF5Video).
	 * <!-- end-model-doc -->
	 * @see #HDF5_VALUE
	 * @generated
	 * @ordered
	 */
	HDF5(2, "HDF5", "HDF5"),

	/**
	 * The '<em><b>EMBEDDED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Encoded images embedded in a labels package (.pkg.slp), group video{N}.
	 * <!-- end-model-doc -->
	 * @see #EMBEDDED_VALUE
	 * @generated
	 * @ordered
	 */
	EMBEDDED(3, "EMBEDDED", "EMBEDDED");

	/**
	 * The '<em><b>MEDIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A media file (mp4, avi, ...) decoded frame by frame (SLEAP's MediaVideo).
	 * <!-- end-model-doc -->
	 * @see #MEDIA
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MEDIA_VALUE = 0;

	/**
	 * The '<em><b>IMAGE LIST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One image file per frame, listed in imageFilenames (SLEAP's ImgStoreVideo/SingleImageVideo lists).
	 * <!-- end-model-doc -->
	 * @see #IMAGE_LIST
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int IMAGE_LIST_VALUE = 1;

	/**
	 * The '<em><b>HDF5</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Frames stored as an array in an HDF5 dataset (SLEAP's HDF5Video).
	 * <!-- end-model-doc -->
	 * @see #HDF5
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HDF5_VALUE = 2;

	/**
	 * The '<em><b>EMBEDDED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Encoded images embedded in a labels package (.pkg.slp), group video{N}.
	 * <!-- end-model-doc -->
	 * @see #EMBEDDED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EMBEDDED_VALUE = 3;

	/**
	 * An array of all the '<em><b>Video Backend</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final VideoBackend[] VALUES_ARRAY =
		new VideoBackend[] {
			MEDIA,
			IMAGE_LIST,
			HDF5,
			EMBEDDED,
		};

	/**
	 * A public read-only list of all the '<em><b>Video Backend</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<VideoBackend> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Video Backend</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VideoBackend get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VideoBackend result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Video Backend</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VideoBackend getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			VideoBackend result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Video Backend</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static VideoBackend get(int value) {
		switch (value) {
			case MEDIA_VALUE: return MEDIA;
			case IMAGE_LIST_VALUE: return IMAGE_LIST;
			case HDF5_VALUE: return HDF5;
			case EMBEDDED_VALUE: return EMBEDDED;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private VideoBackend(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
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
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //VideoBackend
