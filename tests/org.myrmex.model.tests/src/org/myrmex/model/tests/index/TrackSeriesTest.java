// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.model.edit.LabelsEditing;
import org.myrmex.model.edit.TrackCommands;
import org.myrmex.model.index.TrackSeries;

/** The proofreading series on the two flies of {@code tracks/clip.slp}. */
class TrackSeriesTest {
	@Test
	void groundTruthHasTwoTracksOverTheWholeClipAndNoProblem() throws Exception {
		Labels labels = SlpReader.read(Fixtures.require("sleap/tracks/clip.slp"));
		Video video = labels.getVideos().get(0);
		TrackSeries series = TrackSeries.of(labels, video, 1500);
		assertEquals(1500, series.frames());
		for (int t = 0; t < 2; t++) {
			assertEquals(0, series.firstFrame(t));
			assertEquals(1499, series.lastFrame(t));
			assertEquals(1500, series.count(t));
		}
		assertEquals(OptionalInt.empty(), series.nextSpawn(0));
		assertEquals(OptionalInt.empty(), series.nextProblem(0));
		assertTrue(Double.isNaN(series.instanceScore(10)), "user instances have no score");
	}

	@Test
	void aSwapAtFrame500IsTheNextProblemAndItsDisplacementJumps() throws Exception {
		Labels labels = SlpReader.read(Fixtures.require("sleap/tracks/clip.slp"));
		Video video = labels.getVideos().get(0);
		AdapterFactoryEditingDomain domain = LabelsEditing.createDomain(labels);
		((BasicCommandStack) domain.getCommandStack()).execute(TrackCommands.transpose(domain, labels, video, 500,
				labels.getTracks().get(0), labels.getTracks().get(1)));
		TrackSeries series = TrackSeries.of(labels, video, 1500);
		assertEquals(OptionalInt.of(500), series.nextProblem(0));
		assertEquals(OptionalInt.empty(), series.nextProblem(500));
		assertTrue(series.swap(500) && series.maxDisplacement(500) > 10 * series.maxDisplacement(499),
				series.maxDisplacement(500) + " vs " + series.maxDisplacement(499));
	}

	@Test
	void aTrackThatStartsLateIsASpawn() throws Exception {
		Labels labels = SlpReader.read(Fixtures.require("sleap/tracks/clip.slp"));
		Video video = labels.getVideos().get(0);
		AdapterFactoryEditingDomain domain = LabelsEditing.createDomain(labels);
		((BasicCommandStack) domain.getCommandStack()).execute(TrackCommands.deleteFrom(domain, labels, video, 0,
				labels.getTracks().get(1)));
		var frame = labels.getLabeledFrames().stream().filter(l -> l.getFrameIndex() == 700).findFirst().orElseThrow();
		((BasicCommandStack) domain.getCommandStack()).execute(TrackCommands.setNewTrack(domain, labels,
				frame.getInstances().get(1), "late"));
		TrackSeries series = TrackSeries.of(labels, video, 1500);
		assertEquals(OptionalInt.of(700), series.nextSpawn(0));
		assertEquals(OptionalInt.of(700), series.nextProblem(0));
	}
}
