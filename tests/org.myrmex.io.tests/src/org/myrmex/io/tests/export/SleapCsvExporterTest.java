// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.myrmex.io.tests.export.AnalysisH5ExporterTest.add;
import static org.myrmex.io.tests.export.AnalysisH5ExporterTest.fixture;
import static org.myrmex.io.tests.export.AnalysisH5ExporterTest.frame;
import static org.myrmex.io.tests.export.AnalysisH5ExporterTest.predicted;
import static org.myrmex.io.tests.export.AnalysisH5ExporterTest.skeleton;
import static org.myrmex.io.tests.export.AnalysisH5ExporterTest.track;
import static org.myrmex.io.tests.export.AnalysisH5ExporterTest.user;
import static org.myrmex.io.tests.export.AnalysisH5ExporterTest.video;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.export.SleapCsvExporter;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Track;
import org.myrmex.model.Video;

class SleapCsvExporterTest {
	private static final String FIXTURE = "sleap/csv_format/minimal_instance.000_centered_pair_low_quality.analysis.csv";

	@Test
	void writesSleapsCsvOfMinimalInstanceByteForByte(@TempDir Path dir) throws Exception {
		Labels labels = LabelsFactory.eINSTANCE.createLabels();
		Video video = video(labels, "tests/data/json_format_v1/centered_pair_low_quality.mp4");
		Skeleton skeleton = skeleton(labels, "Skeleton-0", "A", "B");
		LabeledFrame frame = frame(labels, video, 0);
		add(frame, user(skeleton, null, PointArray.of(point("0x1.729bdc57fe14dp+6", "0x1.9573b35acd068p+7"),
				point("0x1.30af0b0c1d66cp+7", "0x1.3cd8e7cd6e2b4p+7"))));
		add(frame, user(skeleton, null, PointArray.of(point("0x1.9bdc300663cb1p+7", "0x1.77c77eed0313ep+7"),
				point("0x1.16a29d6ac031bp+8", "0x1.96bb52c0ea2fdp+7"))));
		Path out = dir.resolve("minimal_instance.000_centered_pair_low_quality.analysis.csv");

		SleapCsvExporter.export(labels, video, out, new NullProgressMonitor());

		assertArrayEquals(Files.readAllBytes(fixture(FIXTURE)), Files.readAllBytes(out));
	}

	@Test
	void writesOneRowPerFrameAndTrackWithScoresAndEmptyFieldsForMissingPoints(@TempDir Path dir) throws Exception {
		Labels labels = LabelsFactory.eINSTANCE.createLabels();
		Video video = video(labels, "ants.mp4");
		Skeleton skeleton = skeleton(labels, "ant", "head", "tail, end");
		Track first = track(labels, "queen");
		Track second = track(labels, "worker \"7\"");
		add(frame(labels, video, 2), predicted(skeleton, second, 0.875,
				PointArray.of(Point.predicted(1.5, 2.25, 0.5), Point.missing())));
		LabeledFrame frame0 = frame(labels, video, 0);
		add(frame0, predicted(skeleton, first, 0.1, PointArray.of(Point.predicted(100, 0.0001, 1), Point.predicted(1e-5, 1e16, 0.3))));
		add(frame0, predicted(skeleton, second, 0.2, PointArray.of(Point.missing(), Point.missing())));
		Path out = dir.resolve("ants.csv");

		SleapCsvExporter.export(labels, video, out, null);

		assertEquals(List.of(
				"track,frame_idx,instance.score,head.x,head.y,head.score,\"tail, end.x\",\"tail, end.y\",\"tail, end.score\"",
				"queen,0,0.1,100.0,0.0001,1.0,1e-05,1e+16,0.3",
				"\"worker \"\"7\"\"\",2,0.875,1.5,2.25,0.5,,,"), Files.readAllLines(out));
	}

	@Test
	void writesNumbersExactlyAsPythonsRepr(@TempDir Path dir) throws Exception {
		Random random = new Random(42);
		List<Double> values = new ArrayList<>(List.of(0.1, 0.3, 1e22, 1e23, 2e-7, 123456789012345680.0, 5e-324,
				Double.MAX_VALUE, Double.MIN_NORMAL, 2.82879384806159E17, 1.0E-4, 9.999999999999999E15, 1e16, -0.5));
		while (values.size() < 600) {
			double value = switch (values.size() % 3) {
			case 0 -> random.nextDouble() * 4096;
			case 1 -> (float) (random.nextDouble() * 2000 - 1000);
			default -> Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL);
			};
			values.add(value);
		}
		Labels labels = LabelsFactory.eINSTANCE.createLabels();
		Video video = video(labels, "v.mp4");
		Skeleton skeleton = skeleton(labels, "s", "n");
		for (int i = 0; i < values.size(); i++) {
			add(frame(labels, video, i), predicted(skeleton, null, 1, PointArray.of(Point.predicted(values.get(i), 0, 1))));
		}
		Path out = dir.resolve("numbers.csv");
		SleapCsvExporter.export(labels, video, out, null);
		List<String> written = new ArrayList<>();
		for (String line : Files.readAllLines(out).subList(1, values.size() + 1)) {
			written.add(line.split(",")[3]);
		}

		StringBuilder hex = new StringBuilder();
		for (double value : values) {
			hex.append(Double.toHexString(value)).append('\n');
		}
		Path input = dir.resolve("values.txt");
		Files.writeString(input, hex);
		String python = AnalysisH5ExporterTest.Python3.run(
				"import sys\nfor line in open(sys.argv[1]): print(repr(float.fromhex(line.strip())))", input.toString());

		assertEquals(python.lines().toList(), written);
	}

	@Test
	void refusesInstancesOfAnotherSkeletonThanTheFirst(@TempDir Path dir) {
		Labels labels = LabelsFactory.eINSTANCE.createLabels();
		Video video = video(labels, "v.mp4");
		skeleton(labels, "first", "a");
		Skeleton other = skeleton(labels, "other", "a");
		add(frame(labels, video, 0), user(other, null, PointArray.of(Point.placed(1, 1))));
		Path out = dir.resolve("v.csv");

		LabelsFileException e = assertThrows(LabelsFileException.class, () -> SleapCsvExporter.export(labels, video, out, null));
		assertEquals(out + ": an instance on frame 0 has skeleton 'other'; the analysis export holds the first skeleton"
				+ " ('first') only", e.getMessage());
		assertFalse(Files.exists(out));
	}

	@Test
	void cancellingWritesNothing(@TempDir Path dir) throws Exception {
		Labels labels = LabelsFactory.eINSTANCE.createLabels();
		Video video = video(labels, "v.mp4");
		Skeleton skeleton = skeleton(labels, "s", "a");
		add(frame(labels, video, 0), user(skeleton, null, PointArray.of(Point.placed(1, 1))));
		NullProgressMonitor cancelled = new NullProgressMonitor();
		cancelled.setCanceled(true);

		assertThrows(OperationCanceledException.class,
				() -> SleapCsvExporter.export(labels, video, dir.resolve("v.csv"), cancelled));
		try (var files = Files.list(dir)) {
			assertEquals(0, files.count());
		}
	}

	private static Point point(String x, String y) {
		return new Point(Double.parseDouble(x), Double.parseDouble(y), true, true, Double.NaN);
	}
}
