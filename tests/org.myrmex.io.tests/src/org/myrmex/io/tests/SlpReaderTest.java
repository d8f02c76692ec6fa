// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.LabelsFiles;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PointArray;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.UserInstance;
import org.myrmex.model.VideoBackend;

class SlpReaderTest {
	/** Counts read with h5py from the raw tables: videos, frames, user, predicted, tracks, suggestions, nodes. */
	private record Expected(String file, int videos, int frames, int user, int predicted, int tracks, int suggestions, int nodes) {
	}

	private static final List<Expected> FIXTURES = List.of(
			new Expected("sleap/slp_hdf5/minimal_instance.slp", 1, 1, 2, 0, 0, 0, 2),
			new Expected("sleap/slp_hdf5/small_robot_minimal.slp", 1, 2, 2, 0, 0, 0, 2),
			new Expected("sleap/slp_hdf5/dance.mp4.labels.slp", 1, 450, 3, 450, 0, 0, 17),
			new Expected("sleap/tracks/clip.slp", 1, 1500, 3000, 0, 2, 0, 13),
			new Expected("sleap/tracks/clip.2node.slp", 1, 1500, 3000, 0, 2, 0, 2),
			new Expected("sleap/tracks/clip.predictions.slp", 1, 1500, 0, 2948, 2, 0, 2),
			new Expected("sleap/hdf5_format_v1/centered_pair_predictions.slp", 1, 1100, 0, 2274, 27, 0, 24),
			new Expected("sleap/hdf5_format_v1/centered_pair_predictions.h5", 1, 1100, 0, 2274, 27, 0, 24),
			new Expected("sleap/siv_format_v1/small_robot_siv.slp", 1, 3, 3, 0, 0, 0, 1),
			new Expected("sleap/siv_format_v2/small_robot_siv_caching.slp", 1, 3, 3, 0, 0, 0, 1),
			new Expected("sleap/test_grid/test_grid_labels.legacy.h5", 1, 1, 1, 0, 0, 0, 3),
			new Expected("sleap/test_grid/test_grid_labels.midpoint.h5", 1, 1, 1, 0, 0, 0, 3),
			new Expected("sleap/models/minimal_instance.UNet.bottomup/labels_pr.train.slp", 1, 1, 0, 2, 0, 0, 2),
			new Expected("ants/datasets/main.v001.slp", 4, 81, 1581, 0, 0, 80, 18),
			new Expected("ants/datasets/col218_tip_only.v003.slp", 1, 3557, 106, 3522, 2, 37, 18),
			new Expected("ants/datasets/col218.v001.slp", 1, 20, 401, 65, 0, 20, 18),
			new Expected("ants/datasets/col218_crop.v001.slp", 2, 104, 672, 0, 0, 40, 18),
			new Expected("ants/datasets/Quel220_1.slp", 1, 20, 200, 0, 0, 20, 18),
			new Expected("ants/datasets/col210.v001.slp", 1, 21, 182, 0, 0, 20, 18),
			new Expected("ants/datasets/col224.v001.slp", 1, 20, 358, 0, 0, 20, 18),
			new Expected("ants/datasets/col402.v001.slp", 1, 21, 400, 0, 0, 20, 18),
			new Expected("ants/datasets/col429_crop.v001.slp", 1, 2, 7, 0, 0, 20, 18),
			new Expected("ants/datasets/col518.v001.slp", 1, 2, 36, 0, 0, 20, 18),
			new Expected("ants/datasets/quel223.v001.slp", 1, 20, 470, 0, 0, 20, 18),
			new Expected("ants/datasets/quel321_1.v001.slp", 1, 21, 113, 0, 0, 20, 18),
			new Expected("ants/datasets/quel321_1_crop.v001.slp", 1, 20, 353, 0, 0, 20, 18),
			new Expected("ants/models/general_models/filter_32-stride_32.240425_031454.centered_instance/labels_gt.test.slp",
					2, 21, 125, 0, 0, 40, 18),
			new Expected("ants/models/general_models/filter_32-stride_32.240425_031454.centroid/labels_pr.val.slp",
					2, 21, 0, 151, 0, 0, 18));

	@TestFactory
	Stream<DynamicTest> everyFixtureLoadsWithItsCounts() {
		return FIXTURES.stream().map(expected -> dynamicTest(expected.file(), () -> {
			Labels labels = SlpReader.read(Fixtures.get(expected.file()));
			assertEquals(expected.videos(), labels.getVideos().size(), "videos");
			assertEquals(expected.frames(), labels.getLabeledFrames().size(), "labelled frames");
			assertEquals(expected.user(), count(labels, UserInstance.class), "user instances");
			assertEquals(expected.predicted(), count(labels, PredictedInstance.class), "predicted instances");
			assertEquals(expected.tracks(), labels.getTracks().size(), "tracks");
			assertEquals(expected.suggestions(), labels.getSuggestions().size(), "suggestions");
			assertEquals(expected.nodes(), labels.getSkeletons().get(0).getNodes().size(), "nodes");
		}));
	}

	private static long count(Labels labels, Class<? extends Instance> kind) {
		return labels.getLabeledFrames().stream().flatMap(f -> f.getInstances().stream()).filter(kind::isInstance).count();
	}

	@Test
	void shiftsFormat10UserPointsToPixelCentres() throws Exception {
		PointArray legacy = firstInstance(SlpReader.read(Fixtures.get("sleap/test_grid/test_grid_labels.legacy.h5"))).getPoints();
		PointArray midpoint = firstInstance(SlpReader.read(Fixtures.get("sleap/test_grid/test_grid_labels.midpoint.h5"))).getPoints();
		double[][] shifted = { { -1, -1 }, { -0.5, -0.5 }, { -1, 0 } };
		double[][] stored = { { -0.5, -0.5 }, { 0, 0 }, { -0.5, 0.5 } };
		for (int i = 0; i < 3; i++) {
			assertEquals(shifted[i][0], legacy.x(i), 1e-12);
			assertEquals(shifted[i][1], legacy.y(i), 1e-12);
			assertEquals(stored[i][0], midpoint.x(i), 1e-12);
			assertEquals(stored[i][1], midpoint.y(i), 1e-12);
		}
	}

	@Test
	void readsPointsTracksAndScoresOfRealFiles() throws Exception {
		Labels minimal = SlpReader.read(Fixtures.get("sleap/slp_hdf5/minimal_instance.slp"));
		assertEquals(List.of("A", "B"), minimal.getSkeletons().get(0).getNodes().stream().map(n -> n.getName()).toList());
		assertEquals(1, minimal.getSkeletons().get(0).getEdges().size());
		assertEquals("tests/data/json_format_v1/centered_pair_low_quality.mp4", minimal.getVideos().get(0).getFilename());
		assertEquals(VideoBackend.MEDIA, minimal.getVideos().get(0).getBackend());
		Labels clip = SlpReader.read(Fixtures.get("sleap/tracks/clip.slp"));
		assertEquals(List.of("female", "male"), clip.getTracks().stream().map(t -> t.getName()).toList());
		LabeledFrame first = clip.getLabeledFrames().get(0);
		assertEquals(0, first.getFrameIndex());
		assertNotNull(first.getInstances().get(0).getTrack());
		Labels predictions = SlpReader.read(Fixtures.get("sleap/hdf5_format_v1/centered_pair_predictions.slp"));
		PredictedInstance prediction = (PredictedInstance) predictions.getLabeledFrames().get(0).getInstances().get(0);
		assertTrue(prediction.getScore() > 0, "instance score " + prediction.getScore());
		assertEquals(24, prediction.getPoints().size());
	}

	@Test
	void resolvesFromPredictedLinks() throws Exception {
		Labels dance = SlpReader.read(Fixtures.get("sleap/slp_hdf5/dance.mp4.labels.slp"));
		List<UserInstance> users = dance.getLabeledFrames().stream().flatMap(f -> f.getInstances().stream())
				.filter(UserInstance.class::isInstance).map(UserInstance.class::cast).toList();
		assertEquals(3, users.size());
		for (UserInstance user : users) {
			PredictedInstance source = user.getFromPredicted();
			assertNotNull(source, "user instance without its prediction");
			assertSame(user.eContainer(), source.eContainer(), "prediction in another frame");
		}
	}

	@Test
	void readsTheOldJsonFormat() throws Exception {
		Labels labels = LabelsFiles.load(Fixtures.get("sleap/json_format_v2/minimal_instance.json"));
		assertEquals(1, labels.getLabeledFrames().size());
		List<Instance> instances = labels.getLabeledFrames().get(0).getInstances();
		assertEquals(2, instances.size());
		assertTrue(instances.get(0) instanceof UserInstance);
		assertNull(instances.get(0).getTrack());
		assertEquals(92.65220773208894, instances.get(0).getPoints().x(0), 1e-12);
		assertEquals(203.3658657346604, instances.get(1).getPoints().y(1), 1e-12);
		assertEquals("tests/data/json_format_v1/centered_pair_low_quality.mp4", labels.getVideos().get(0).getFilename());
	}

	private static Instance firstInstance(Labels labels) {
		return labels.getLabeledFrames().get(0).getInstances().get(0);
	}
}
