// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.myrmex.io.tests.export.AnalysisH5ExporterTest.add;
import static org.myrmex.io.tests.export.AnalysisH5ExporterTest.frame;
import static org.myrmex.io.tests.export.AnalysisH5ExporterTest.predicted;
import static org.myrmex.io.tests.export.AnalysisH5ExporterTest.skeleton;
import static org.myrmex.io.tests.export.AnalysisH5ExporterTest.track;
import static org.myrmex.io.tests.export.AnalysisH5ExporterTest.user;
import static org.myrmex.io.tests.export.AnalysisH5ExporterTest.video;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.io.export.SeedCsvExporter;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Track;
import org.myrmex.model.Video;

class SeedCsvExporterTest {
	private static final String HEADER = "video_path,video_width,video_height,frame_idx,instance_idx,track_id,part_name,"
			+ "predicted,x_pos,y_pos";

	@Test
	void writesOneRowPerPointFramesSortedUserInstancesFirst(@TempDir Path dir) throws Exception {
		Labels labels = labels();
		Path out = dir.resolve("export.csv");

		SeedCsvExporter.export(labels, out, false, new NullProgressMonitor());

		assertEquals(List.of(HEADER,
				"D:/ants/Col218.mp4,3840,2160,3,0,,Head,False,10.5,20.25",
				"D:/ants/Col218.mp4,3840,2160,3,0,,Tail,False,nan,nan",
				"D:/ants/Col218.mp4,3840,2160,7,0,1,Head,False,1.0,2.0",
				"D:/ants/Col218.mp4,3840,2160,7,0,1,Tail,False,nan,nan",
				"D:/ants/Col218.mp4,3840,2160,7,1,0,Head,True,100.0,200.0",
				"D:/ants/Col218.mp4,3840,2160,7,1,0,Tail,True,300.0,400.0",
				"\"D:/ants/Quel, 223.mp4\",1920,1080,0,0,,Head,True,5.0,6.0",
				"\"D:/ants/Quel, 223.mp4\",1920,1080,0,0,,Tail,True,nan,nan"), Files.readAllLines(out));
	}

	@Test
	void writesOnlyPredictedInstancesWhenAskedKeepingTheirIndexInTheFrame(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("predictions.csv");

		SeedCsvExporter.export(labels(), out, true, null);

		assertEquals(List.of(HEADER,
				"D:/ants/Col218.mp4,3840,2160,7,1,0,Head,True,100.0,200.0",
				"D:/ants/Col218.mp4,3840,2160,7,1,0,Tail,True,300.0,400.0",
				"\"D:/ants/Quel, 223.mp4\",1920,1080,0,0,,Head,True,5.0,6.0",
				"\"D:/ants/Quel, 223.mp4\",1920,1080,0,0,,Tail,True,nan,nan"), Files.readAllLines(out));
	}

	@Test
	void writesTheHeaderAloneForLabelsWithoutFrames(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("empty.csv");

		SeedCsvExporter.export(LabelsFactory.eINSTANCE.createLabels(), out, false, null);

		assertEquals(HEADER + "\n", Files.readString(out));
		assertEquals(HEADER, SeedCsvExporter.HEADER);
	}

	@Test
	void cancellingKeepsThePreviousFile(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("export.csv");
		Files.writeString(out, "previous");
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);

		assertThrows(OperationCanceledException.class, () -> SeedCsvExporter.export(labels(), out, false, cancelled));
		assertEquals("previous", Files.readString(out));
		try (var files = Files.list(dir)) {
			assertEquals(1, files.count());
		}
	}

	/**
	 * Two videos; frames stored out of order; on frame 7 a predicted instance (track 0) stored before a user
	 * instance (track 1) with a missing and an invisible point; an untracked prediction on the second video.
	 */
	private static Labels labels() {
		Labels labels = LabelsFactory.eINSTANCE.createLabels();
		Video col218 = video(labels, "D:/ants/Col218.mp4");
		col218.setWidth(3840);
		col218.setHeight(2160);
		Video quel = video(labels, "D:/ants/Quel, 223.mp4");
		quel.setWidth(1920);
		quel.setHeight(1080);
		Skeleton skeleton = skeleton(labels, "ant", "Head", "Tail");
		Track zero = track(labels, "track_0");
		Track one = track(labels, "track_1");
		add(frame(labels, quel, 0), predicted(skeleton, null, 0.5, PointArray.of(Point.predicted(5, 6, 0.9), Point.missing())));
		LabeledFrame frame7 = frame(labels, col218, 7);
		add(frame7, predicted(skeleton, zero, 0.8, PointArray.of(Point.predicted(100, 200, 1), Point.predicted(300, 400, 1))));
		add(frame7, user(skeleton, one, PointArray.of(Point.placed(1, 2), new Point(3, 4, false, true, Double.NaN))));
		add(frame(labels, col218, 3), user(skeleton, null, PointArray.of(Point.placed(10.5, 20.25), Point.missing())));
		return labels;
	}
}
