// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.myrmex.analysis.LabelAnalysis;
import org.myrmex.analysis.LabelAnalysis.VideoAnalysis;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Labels;

/** The group's label analysis on their real datasets; expected numbers counted with h5py from the raw tables. */
class LabelAnalysisOfAntDatasetsTest {

	private static int[] invisible(LabelAnalysis analysis) {
		return analysis.invisibleByNode().stream().mapToInt(LabelAnalysis.NodeCount::invisible).toArray();
	}

	@Test
	void mainDataset() throws Exception {
		Labels labels = SlpReader.read(Fixtures.get("ants/datasets/main.v001.slp"));
		LabelAnalysis analysis = LabelAnalysis.of(labels);
		// 81 frames are stored; frame 2994 of Col402_rec.mp4 holds no instance
		assertEquals(81, analysis.frames());
		assertEquals(80, analysis.labelledFrames());
		assertEquals(1581, analysis.userInstances());
		assertEquals(0, analysis.predictedInstances());
		assertEquals(1, analysis.instancesPerFrame().get(0));
		assertEquals(81, analysis.instancesPerFrame().stream().mapToInt(Integer::intValue).sum());
		assertEquals(0, analysis.unverifiedPoints());
		assertArrayEquals(new int[] { 5, 0, 0, 17, 0, 6, 19, 52, 20, 62, 6, 30, 10, 40, 4, 16, 11, 31 }, invisible(analysis));
		assertEquals("Head", analysis.invisibleByNode().get(0).node());
		assertEquals(3.9216, analysis.invisibleByNode().get(9).percent(), 1e-4);
		List<VideoAnalysis> videos = LabelAnalysis.perVideo(labels);
		assertEquals(4, videos.size());
		assertEquals(81, videos.stream().mapToInt(v -> v.analysis().frames()).sum());
		assertEquals(1581, videos.stream().mapToInt(v -> v.analysis().userInstances()).sum());
		for (int node = 0; node < 18; node++) {
			int n = node;
			assertEquals(analysis.invisibleByNode().get(node).invisible(),
					videos.stream().mapToInt(v -> v.analysis().invisibleByNode().get(n).invisible()).sum());
		}
	}

	@Test
	void tipOnlyDatasetWithPredictions() throws Exception {
		LabelAnalysis analysis = LabelAnalysis.of(SlpReader.read(Fixtures.get("ants/datasets/col218_tip_only.v003.slp")));
		assertEquals(105, analysis.labelledFrames());
		assertEquals(3557, analysis.frames());
		assertEquals(106, analysis.userInstances());
		assertEquals(3522, analysis.predictedInstances());
		assertEquals(0, analysis.unverifiedPoints());
		assertArrayEquals(new int[] { 0, 0, 0, 0, 0, 0, 4, 8, 2, 3, 1, 3, 2, 1, 1, 3, 0, 2 }, invisible(analysis));
	}
}
