// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

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

/** A lab-sized project: 400 videos and metadata past HDF5's 64 KB attribute limit (SLEAP's issue #2117). */
class LargeProjectRoundTripTest {

	@Test
	void fourHundredVideosAndLargeMetadataSaveAndReload(@TempDir Path dir) throws Exception {
		LabelsFactory factory = LabelsFactory.eINSTANCE;
		Labels labels = factory.createLabels();
		Skeleton skeleton = factory.createSkeleton();
		skeleton.setName("ant");
		for (String name : new String[] { "Head", "Abdomen" }) {
			Node node = factory.createNode();
			node.setName(name);
			skeleton.getNodes().add(node);
		}
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
		assertTrue(merged.getValue().length() > 64 * 1024, "provenance of " + merged.getValue().length() + " bytes");

		Path file = dir.resolve("colonies.slp");
		SlpWriter.write(labels, file, new NullProgressMonitor());
		Labels reloaded = SlpReader.read(file);
		assertEquals(400, reloaded.getVideos().size());
		assertTrue(EcoreUtil.equals(labels, reloaded), "reloaded labels differ from the saved ones");
		String readBack = H5py.run("f = h5py.File(sys.argv[1], 'r')\nprint(len(f['metadata'].attrs['json']), f['videos_json'].shape[0])",
				file.toString());
		assertTrue(readBack.endsWith(" 400"), readBack);
		assertTrue(Integer.parseInt(readBack.split(" ")[0]) > 64 * 1024, readBack);
	}
}
