// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.io.SlpReader;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.ProvenanceEntry;
import org.myrmex.model.Skeleton;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;
import org.myrmex.model.merge.LabelsMerger;

/**
 * A lab-sized project: 400 videos and more than 1 MB of metadata, far past HDF5's 64 KB attribute limit (SLEAP's
 * issue #2117); and a labels file grown by 300 successive merges.
 */
class LargeProjectRoundTripTest {

	@Test
	void fourHundredVideosAndLargeMetadataSaveAndReload(@TempDir Path dir) throws Exception {
		LabelsFactory factory = LabelsFactory.eINSTANCE;
		Labels labels = factory.createLabels();
		Skeleton skeleton = antSkeleton();
		labels.getSkeletons().add(skeleton);
		StringBuilder sources = new StringBuilder("[");
		for (int v = 0; v < 400; v++) {
			Video video = factory.createVideo();
			video.setFilename(String.format("/mnt/lab-share/ant-behaviour/recordings/2026/colony-%03d/camera-a/day-%03d/"
					+ "4k-raw-remuxed-for-labelling/recording-%03d-remuxed-h264-crf18-superfast-all-intra-gop1.mp4", v, v % 30, v));
			video.setBackend(VideoBackend.MEDIA);
			labels.getVideos().add(video);
			LabeledFrame frame = factory.createLabeledFrame();
			frame.setVideo(video);
			frame.setFrameIndex(v * 7);
			UserInstance ant = factory.createUserInstance();
			ant.setSkeleton(skeleton);
			ant.setTrackingScore(Double.NaN);
			ant.setPoints(PointArray.of(new Point(v, 2 * v, true, true, Double.NaN), Point.missing()));
			frame.getInstances().add(ant);
			labels.getLabeledFrames().add(frame);
			sources.append(v == 0 ? "" : ",").append('"').append(video.getFilename()).append('"');
		}
		ProvenanceEntry merged = factory.createProvenanceEntry();
		merged.setKey("merged_from");
		merged.setValue(sources.append(']').toString());
		labels.getProvenance().add(merged);
		ProvenanceEntry notes = factory.createProvenanceEntry();
		notes.setKey("notes");
		notes.setValue("labelling notes ".repeat(70_000));
		labels.getProvenance().add(notes);
		assertTrue(merged.getValue().length() + notes.getValue().length() > 1_000_000, "provenance of "
				+ (merged.getValue().length() + notes.getValue().length()) + " bytes");

		Path file = dir.resolve("colonies.slp");
		SlpWriter.write(labels, file, new NullProgressMonitor());
		Labels reloaded = SlpReader.read(file);
		assertEquals(400, reloaded.getVideos().size());
		assertTrue(EcoreUtil.equals(labels, reloaded), "reloaded labels differ from the saved ones");
		String readBack = H5py.run("f = h5py.File(sys.argv[1], 'r')\nprint(len(f['metadata'].attrs['json']), f['videos_json'].shape[0])",
				file.toString());
		assertTrue(readBack.endsWith(" 400"), readBack);
		assertTrue(Integer.parseInt(readBack.split(" ")[0]) > 1_000_000, readBack);
	}

	@Test
	void threeHundredSuccessiveMergesKeepEveryFrameAndSaveAndReload(@TempDir Path dir) throws Exception {
		LabelsMerger merger = new LabelsMerger();
		Labels merged = piece(0);
		long start = System.nanoTime();
		for (int i = 1; i <= 300; i++) {
			merged = merger.merge(List.of(merged, piece(i)), List.of("merged", "piece" + i)).labels();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		assertEquals(20, merged.getVideos().size(), "videos matched by name");
		assertEquals(301, merged.getLabeledFrames().size());
		assertEquals(301, merged.getLabeledFrames().stream().mapToInt(f -> f.getInstances().size()).sum());
		assertEquals(1, merged.getSkeletons().size());
		int metadata = merged.getProvenance().stream().mapToInt(p -> p.getValue() == null ? 0 : p.getValue().length())
				.sum();
		assertTrue(metadata < 100_000, "provenance grows with the merges, not beyond: " + metadata + " chars");
		Path file = dir.resolve("merged.slp");
		SlpWriter.write(merged, file, new NullProgressMonitor());
		assertTrue(EcoreUtil.equals(merged, SlpReader.read(file)), "reloaded labels differ");
		System.out.printf("300 successive merges in %.1f s; %d chars of provenance%n", seconds, metadata);
	}

	/** One user instance on frame {@code i} of video {@code i % 20} of the same two-node skeleton. */
	private static Labels piece(int i) {
		LabelsFactory factory = LabelsFactory.eINSTANCE;
		Labels labels = factory.createLabels();
		Skeleton skeleton = antSkeleton();
		labels.getSkeletons().add(skeleton);
		Video video = factory.createVideo();
		video.setFilename("colony-" + i % 20 + ".mp4");
		video.setBackend(VideoBackend.MEDIA);
		labels.getVideos().add(video);
		LabeledFrame frame = factory.createLabeledFrame();
		frame.setVideo(video);
		frame.setFrameIndex(i);
		UserInstance ant = factory.createUserInstance();
		ant.setSkeleton(skeleton);
		ant.setTrackingScore(Double.NaN);
		ant.setPoints(PointArray.of(new Point(i, i + 1, true, true, Double.NaN), Point.missing()));
		frame.getInstances().add(ant);
		labels.getLabeledFrames().add(frame);
		return labels;
	}

	/** A two-node skeleton, Head and Abdomen. */
	private static Skeleton antSkeleton() {
		Skeleton skeleton = LabelsFactory.eINSTANCE.createSkeleton();
		skeleton.setName("ant");
		for (String name : new String[] { "Head", "Abdomen" }) {
			Node node = LabelsFactory.eINSTANCE.createNode();
			node.setName(name);
			skeleton.getNodes().add(node);
		}
		return skeleton;
	}
}
