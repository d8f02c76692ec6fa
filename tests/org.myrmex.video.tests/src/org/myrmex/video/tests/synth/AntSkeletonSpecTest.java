// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.video.synth.AntSkeletonSpec;
import org.myrmex.video.synth.AntSkeletonSpec.IndexPair;

class AntSkeletonSpecTest {

	private static final AntSkeletonSpec ANT = AntSkeletonSpec.ANT;

	@Test
	void listsTheFixtureNodesInFileOrder() {
		assertEquals(List.of("Head", "Neck", "UpperThorax", "LowerThorax", "Petiole", "Abdomen",
				"LForeLeg", "LForeFoot", "RForeLeg", "RForeFoot", "LMidLeg", "LMidFoot", "RMidLeg", "RMidFoot",
				"LHindLeg", "LHindFoot", "RHindLeg", "RHindFoot"), ANT.nodeNames());
		assertEquals(18, ANT.nodeCount());
		assertEquals("Skeleton-1", ANT.name());
	}

	@Test
	void listsTheSeventeenFixtureEdgesInInsertionOrder() {
		assertEquals(List.of("Head-Neck", "Neck-UpperThorax", "UpperThorax-LowerThorax", "LowerThorax-Petiole",
				"Petiole-Abdomen", "UpperThorax-LForeLeg", "LForeLeg-LForeFoot", "UpperThorax-RForeLeg",
				"RForeLeg-RForeFoot", "LowerThorax-LMidLeg", "LMidLeg-LMidFoot", "LowerThorax-RMidLeg",
				"RMidLeg-RMidFoot", "Petiole-LHindLeg", "LHindLeg-LHindFoot", "Petiole-RHindLeg",
				"RHindLeg-RHindFoot"), named(ANT.edges()));
	}

	@Test
	void pairsTheSixLeftRightSymmetries() {
		assertEquals(List.of("LForeLeg-RForeLeg", "LForeFoot-RForeFoot", "LMidLeg-RMidLeg", "LMidFoot-RMidFoot",
				"LHindLeg-RHindLeg", "LHindFoot-RHindFoot"), named(ANT.symmetries()));
	}

	@Test
	void constantsMatchNodeOrder() {
		assertEquals(ANT.indexOf("Head"), AntSkeletonSpec.HEAD);
		assertEquals(ANT.indexOf("Abdomen"), AntSkeletonSpec.ABDOMEN);
		assertEquals(ANT.indexOf("RForeFoot"), AntSkeletonSpec.R_FORE_FOOT);
		assertEquals(ANT.indexOf("LMidLeg"), AntSkeletonSpec.L_MID_LEG);
		assertEquals(ANT.indexOf("RHindFoot"), AntSkeletonSpec.R_HIND_FOOT);
		assertThrows(IllegalArgumentException.class, () -> ANT.indexOf("Thorax"));
	}

	private static List<String> named(List<IndexPair> pairs) {
		List<String> names = new ArrayList<>();
		for (IndexPair pair : pairs) {
			names.add(ANT.nodeNames().get(pair.first()) + "-" + ANT.nodeNames().get(pair.second()));
		}
		return names;
	}
}
