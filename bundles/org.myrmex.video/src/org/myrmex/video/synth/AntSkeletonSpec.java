// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.synth;

import java.util.List;

/**
 * The 18-node ant skeleton of the SLEAP ant data sets ({@code antSkeleton.json}, "Skeleton-1"): node
 * names in the file's node order, the 17 body edges in insertion order, and the 6 left/right symmetry
 * pairs. Immutable; use {@link #ANT}.
 */
public final class AntSkeletonSpec {

	/** Node indices, in the skeleton's node order. */
	public static final int HEAD = 0;
	public static final int NECK = 1;
	public static final int UPPER_THORAX = 2;
	public static final int LOWER_THORAX = 3;
	public static final int PETIOLE = 4;
	public static final int ABDOMEN = 5;
	public static final int L_FORE_LEG = 6;
	public static final int L_FORE_FOOT = 7;
	public static final int R_FORE_LEG = 8;
	public static final int R_FORE_FOOT = 9;
	public static final int L_MID_LEG = 10;
	public static final int L_MID_FOOT = 11;
	public static final int R_MID_LEG = 12;
	public static final int R_MID_FOOT = 13;
	public static final int L_HIND_LEG = 14;
	public static final int L_HIND_FOOT = 15;
	public static final int R_HIND_LEG = 16;
	public static final int R_HIND_FOOT = 17;

	/** Number of nodes. */
	public static final int NODE_COUNT = 18;

	/** The one ant skeleton. */
	public static final AntSkeletonSpec ANT = new AntSkeletonSpec();

	/** A pair of node indices: an edge (source, destination) or a symmetry (left, right). */
	public record IndexPair(int first, int second) {
		public IndexPair {
			if (first < 0 || first >= NODE_COUNT) {
				throw new IllegalArgumentException("node index out of range: " + first);
			}
			if (second < 0 || second >= NODE_COUNT) {
				throw new IllegalArgumentException("node index out of range: " + second);
			}
		}
	}

	private static final List<String> NODE_NAMES = List.of(
			"Head", "Neck", "UpperThorax", "LowerThorax", "Petiole", "Abdomen",
			"LForeLeg", "LForeFoot", "RForeLeg", "RForeFoot",
			"LMidLeg", "LMidFoot", "RMidLeg", "RMidFoot",
			"LHindLeg", "LHindFoot", "RHindLeg", "RHindFoot");

	private static final List<IndexPair> EDGES = List.of(
			new IndexPair(HEAD, NECK),
			new IndexPair(NECK, UPPER_THORAX),
			new IndexPair(UPPER_THORAX, LOWER_THORAX),
			new IndexPair(LOWER_THORAX, PETIOLE),
			new IndexPair(PETIOLE, ABDOMEN),
			new IndexPair(UPPER_THORAX, L_FORE_LEG),
			new IndexPair(L_FORE_LEG, L_FORE_FOOT),
			new IndexPair(UPPER_THORAX, R_FORE_LEG),
			new IndexPair(R_FORE_LEG, R_FORE_FOOT),
			new IndexPair(LOWER_THORAX, L_MID_LEG),
			new IndexPair(L_MID_LEG, L_MID_FOOT),
			new IndexPair(LOWER_THORAX, R_MID_LEG),
			new IndexPair(R_MID_LEG, R_MID_FOOT),
			new IndexPair(PETIOLE, L_HIND_LEG),
			new IndexPair(L_HIND_LEG, L_HIND_FOOT),
			new IndexPair(PETIOLE, R_HIND_LEG),
			new IndexPair(R_HIND_LEG, R_HIND_FOOT));

	private static final List<IndexPair> SYMMETRIES = List.of(
			new IndexPair(L_FORE_LEG, R_FORE_LEG),
			new IndexPair(L_FORE_FOOT, R_FORE_FOOT),
			new IndexPair(L_MID_LEG, R_MID_LEG),
			new IndexPair(L_MID_FOOT, R_MID_FOOT),
			new IndexPair(L_HIND_LEG, R_HIND_LEG),
			new IndexPair(L_HIND_FOOT, R_HIND_FOOT));

	private AntSkeletonSpec() {
	}

	/** The skeleton's name in the SLEAP file. */
	public String name() {
		return "Skeleton-1";
	}

	public int nodeCount() {
		return NODE_COUNT;
	}

	/** Node names in node order (unmodifiable). */
	public List<String> nodeNames() {
		return NODE_NAMES;
	}

	/** Body edges (source, destination) in SLEAP's edge insertion order (unmodifiable). */
	public List<IndexPair> edges() {
		return EDGES;
	}

	/** Symmetry pairs (left, right), each pair once (unmodifiable). */
	public List<IndexPair> symmetries() {
		return SYMMETRIES;
	}

	/** Index of the named node; {@code IllegalArgumentException} if there is none. */
	public int indexOf(String nodeName) {
		int index = NODE_NAMES.indexOf(nodeName);
		if (index < 0) {
			throw new IllegalArgumentException("no such node: " + nodeName);
		}
		return index;
	}
}
