// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.video.VideoException;
import org.myrmex.video.preprocess.Crop;
import org.myrmex.video.preprocess.PreprocessOptions;
import org.myrmex.video.preprocess.Preprocessor;
import org.myrmex.video.preprocess.Scale;

/** Bad inputs and options: each is refused with a message naming the file, before anything is written. */
class PreprocessorInputsTest {
	@TempDir
	Path dir;

	private String refusal(List<Path> inputs, PreprocessOptions options) throws Exception {
		Path out = dir.resolve("out");
		VideoException e = assertThrows(VideoException.class,
				() -> Preprocessor.run(inputs, out, options, new NullProgressMonitor()));
		assertTrue(!Files.exists(out) || PreprocessorTest.files(out).isEmpty(), "something was written");
		return e.getMessage();
	}

	private String refusal(Path input, PreprocessOptions options) throws Exception {
		return refusal(List.of(input), options);
	}

	private static Path robot() {
		return Fixtures.get(PreprocessorTest.ROBOT);
	}

	@Test
	void aMissingFileIsNamed() throws Exception {
		Path missing = dir.resolve("gone.mp4");
		assertEquals(missing + ": no such file or folder", refusal(missing, PreprocessOptions.defaults()));
	}

	@Test
	void aTextFileNamedMp4IsNamed() throws Exception {
		Path text = Files.writeString(dir.resolve("notes.mp4"), "these are not frames\n");
		assertTrue(refusal(text, PreprocessOptions.defaults()).startsWith(text + ": "));
	}

	/** Outputs beside their inputs: running again on the folder re-encodes the input, not the earlier output. */
	@Test
	void runningAgainOnAFolderLeavesItsEarlierOutputsOut() throws Exception {
		Path folder = Files.createDirectory(dir.resolve("videos"));
		Path input = Files.copy(robot(), folder.resolve("robot.mp4"));
		PreprocessOptions options = PreprocessOptions.defaults().withPreset("ultrafast");
		assertEquals(1, Preprocessor.run(List.of(folder), folder, options, new NullProgressMonitor()).size());
		var again = Preprocessor.run(List.of(folder), folder, options.withOverwrite(true), new NullProgressMonitor());
		assertEquals(1, again.size());
		assertEquals(input, again.get(0).input());
		assertEquals(List.of("robot.mp4", "robot_preprocessed.mp4"), PreprocessorTest.files(folder));

		Path onlyOutputs = Files.createDirectory(dir.resolve("outputs"));
		Files.move(folder.resolve("robot_preprocessed.mp4"), onlyOutputs.resolve("robot_preprocessed.mp4"));
		assertTrue(refusal(onlyOutputs, options).startsWith(onlyOutputs + ": the folder holds only videos pre-processed"));
	}

	@Test
	void aFolderWithoutVideosIsNamed() throws Exception {
		Path empty = Files.createDirectory(dir.resolve("empty"));
		Files.writeString(empty.resolve("readme.txt"), "-");
		assertTrue(refusal(empty, PreprocessOptions.defaults()).startsWith(empty + ": the folder holds no videos"));
	}

	@Test
	void aCropOutsideTheFrameIsRefused() throws Exception {
		String message = refusal(robot(), PreprocessOptions.defaults().withCrop(new Crop(500, 0, 100, 100)));
		assertEquals(robot() + ": the crop box 100x100 at (500, 0) lies outside the 560x320 frame", message);
	}

	@Test
	void oddSizesAreRefusedForYuv420p() throws Exception {
		assertEquals(robot() + ": the output would be 101x100 pixels, but yuv420p needs an even width; crop or scale"
				+ " to an even size", refusal(robot(), PreprocessOptions.defaults().withCrop(new Crop(0, 0, 101, 100))));
		assertTrue(refusal(robot(), PreprocessOptions.defaults().withScale(Scale.to(280, 161)))
				.endsWith("yuv420p needs an even height; crop or scale to an even size"));
	}

	@Test
	void theInputsFolderWithAnEmptySuffixIsRefused() throws Exception {
		Path input = Files.copy(robot(), dir.resolve("robot.mp4"));
		byte[] before = Files.readAllBytes(input);
		PreprocessOptions options = PreprocessOptions.defaults().withSuffix("").withOverwrite(true);
		VideoException e = assertThrows(VideoException.class,
				() -> Preprocessor.run(List.of(input), dir, options, new NullProgressMonitor()));
		assertEquals(input + ": its output " + input + " would overwrite an input; choose another output folder or a"
				+ " non-empty suffix", e.getMessage());
		assertArrayEquals(before, Files.readAllBytes(input));
		assertEquals(List.of("robot.mp4"), PreprocessorTest.files(dir));
	}

	@Test
	void twoInputsWithOneOutputAreRefused() throws Exception {
		Path a = Files.copy(robot(), Files.createDirectory(dir.resolve("a")).resolve("clip.mp4"));
		Path b = Files.copy(robot(), Files.createDirectory(dir.resolve("b")).resolve("clip.avi"));
		assertTrue(refusal(List.of(a, b), PreprocessOptions.defaults())
				.startsWith(b + ": another input is also written to "));
	}

	@Test
	void aMissingEncoderFailsLoudly() throws Exception {
		String message = refusal(robot(), PreprocessOptions.defaults().withCodec("libnothing"));
		assertTrue(message.contains("has no libnothing encoder; not falling back to another codec"), message);
	}

	@Test
	void badOptionsAreNamed() {
		assertEquals("crf 52 is outside 0..51",
				assertThrows(IllegalArgumentException.class, () -> PreprocessOptions.defaults().withCrf(52)).getMessage());
		assertTrue(assertThrows(IllegalArgumentException.class, () -> PreprocessOptions.defaults().withPreset("quick"))
				.getMessage().startsWith("preset 'quick' is not one of ultrafast, superfast"));
		assertEquals("a crop box is x,y,width,height, not '1,2,3'",
				assertThrows(IllegalArgumentException.class, () -> Crop.parse("1,2,3")).getMessage());
		assertEquals("crop size 0x10 must be positive",
				assertThrows(IllegalArgumentException.class, () -> Crop.parse("0,0,0,10")).getMessage());
		assertEquals("a scale is WIDTHxHEIGHT (e.g. 512x512) or a factor (e.g. 0.5), not 'big'",
				assertThrows(IllegalArgumentException.class, () -> Scale.parse("big")).getMessage());
		assertEquals(Scale.to(640, 480), Scale.parse("640x480"));
		assertEquals(Scale.by(0.5), Scale.parse("0.5"));
	}
}
