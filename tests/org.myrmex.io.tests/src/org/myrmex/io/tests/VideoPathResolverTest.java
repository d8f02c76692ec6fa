// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.ResolvedVideo;
import org.myrmex.io.ResolvedVideo.How;
import org.myrmex.io.VideoPathResolver;

/**
 * Stored names in the fixture files were read from their {@code videos_json} (backend {@code filename}).
 */
class VideoPathResolverTest {
	private final VideoPathResolver resolver = new VideoPathResolver();

	@TempDir
	Path temp;

	@Test
	void findsTheSleapTestVideoOfMinimalInstanceBySuffix() {
		Path labels = Fixtures.get("sleap/slp_hdf5/minimal_instance.slp");
		ResolvedVideo video = resolver.resolve("tests/data/json_format_v1/centered_pair_low_quality.mp4", labels);
		assertEquals(Optional.of(real("sleap/json_format_v1/centered_pair_low_quality.mp4")), video.path());
		assertEquals(How.BY_SUFFIX, video.how());
		assertEquals("json_format_v1/centered_pair_low_quality.mp4", video.matchedSuffix());
		assertEquals(Optional.of(real("sleap")), video.folder());
		assertEquals(real("sleap/slp_hdf5/tests/data/json_format_v1/centered_pair_low_quality.mp4"), video.tried().get(0),
				"as stored, relative to the labels folder, comes first");
		assertEquals(real("sleap/slp_hdf5/centered_pair_low_quality.mp4"), video.tried().get(1), "then next to it");
		assertTrue(video.describe().contains("by suffix \"json_format_v1/centered_pair_low_quality.mp4\" under "),
				video.describe());
	}

	@Test
	void findsAnAbsolutePathFromAnotherMachineBySuffix() {
		Path labels = Fixtures.get("sleap/slp_hdf5/dance.mp4.labels.slp");
		ResolvedVideo video = resolver.resolve(
				"/home/talmolab/projects/sleap_hackathon/sleap/tests/data/videos/dance.mp4", labels);
		assertEquals(Optional.of(real("sleap/videos/dance.mp4")), video.path());
		assertEquals(How.BY_SUFFIX, video.how());
		assertEquals("videos/dance.mp4", video.matchedSuffix());
	}

	@Test
	void findsWindowsPathsOfTheFixturesTwoLevelsUp() {
		Path model = Fixtures.get("sleap/models/minimal_robot.UNet.single_instance/labels_gt.train.slp");
		ResolvedVideo robot = resolver.resolve("D:/sleap_feature/tests/data/videos/small_robot.mp4", model);
		assertEquals(Optional.of(real("sleap/videos/small_robot.mp4")), robot.path());
		assertEquals(Optional.of(real("sleap")), robot.folder());

		// SLEAP wrote this one with both separators
		Path siv = Fixtures.get("sleap/siv_format_v1/small_robot_siv.slp");
		ResolvedVideo image = resolver.resolve(
				"D:/social-leap-estimates-animal-poses/pull-requests/siv-grayscale/sleap/tests/data/videos\\robot0.jpg", siv);
		assertEquals(Optional.of(real("sleap/videos/robot0.jpg")), image.path());
		assertEquals("videos/robot0.jpg", image.matchedSuffix());
	}

	@Test
	void reportsThePlacesTriedForTheAntVideosThatAreNotThere() {
		Path labels = Fixtures.get("ants/datasets/main.v001.slp");
		ResolvedVideo video = resolver.resolve("D:/Downloads/Ant videos/remuxed/Col224_rec.mp4", labels);
		assertFalse(video.isResolved());
		assertEquals(How.NOT_FOUND, video.how());
		assertEquals(Optional.empty(), video.path());
		Path datasets = real("ants/datasets");
		Path shared = real("").getParent();
		assertEquals(datasets.resolve("Col224_rec.mp4"), video.tried().get(0), "no as-stored try for a D: path");
		assertEquals(datasets.resolve("Ant videos/remuxed/Col224_rec.mp4"), video.tried().get(1),
				"the longest suffix leaves out the first folder of the absolute path");
		assertTrue(video.tried().contains(shared.resolve("Ant videos/remuxed/Col224_rec.mp4")));
		assertTrue(video.tried().contains(shared.resolve("Col224_rec.mp4")));
		assertTrue(video.tried().stream().noneMatch(path -> path.toString().contains("Downloads")),
				"the whole path is never put under a folder: " + video.tried());
		assertTrue(video.tried().stream().allMatch(path -> path.startsWith(shared)),
				"no more than three levels above the labels folder: " + video.tried());
		assertEquals(1 + 3 * 4 - 1, video.tried().size(), "file name next to labels, then 3 suffixes x 4 folders");
		assertTrue(video.describe().startsWith("video \"D:/Downloads/Ant videos/remuxed/Col224_rec.mp4\" not found; "
				+ "tried 12 places: " + datasets.resolve("Col224_rec.mp4")), video.describe());
		assertTrue(video.describe().endsWith(" and 2 more"), video.describe());
	}

	@Test
	void neverPutsTheWholeAbsolutePathUnderAnotherFolder() throws IOException {
		Path newRoot = Files.createDirectories(temp.resolve("data/new"));
		Path labels = temp.resolve("elsewhere/labels.slp");
		VideoPathResolver hinted = new VideoPathResolver(List.of(newRoot));
		for (String stored : List.of("/home/old/videos/a.mp4", "D:\\home\\old\\videos\\a.mp4")) {
			Path joined = file(newRoot.resolve("home/old/videos/a.mp4"));
			ResolvedVideo missing = hinted.resolve(stored, labels);
			assertFalse(missing.isResolved(), stored + " must not be found as " + joined + ": " + missing.describe());
			assertFalse(missing.tried().contains(joined), missing.tried().toString());
			assertTrue(missing.tried().contains(newRoot.resolve("old/videos/a.mp4")), "a relative tail is tried");

			Path tail = file(newRoot.resolve("videos/a.mp4"));
			ResolvedVideo found = hinted.resolve(stored, labels);
			assertEquals(How.IN_SEARCH_FOLDER, found.how());
			assertEquals(Optional.of(tail), found.path());
			assertEquals("videos/a.mp4", found.matchedSuffix());
			Files.delete(tail);
		}
	}

	@Test
	void aRelativeStoredPathIsStillTriedWholeUnderTheAncestors() throws IOException {
		Path clip = file(temp.resolve("tests/data/videos/a.mp4"));
		ResolvedVideo video = resolver.resolve("tests/data/videos/a.mp4", temp.resolve("p/labels.slp"));
		assertEquals(How.BY_SUFFIX, video.how());
		assertEquals(Optional.of(clip), video.path());
		assertEquals("tests/data/videos/a.mp4", video.matchedSuffix());
	}

	@Test
	void aWindowsPathWithBackslashesResolvesBySuffix() throws IOException {
		Path project = Files.createDirectories(temp.resolve("project"));
		Path clip = file(project.resolve("videos/x.mp4"));
		Path labels = project.resolve("labels/session.slp");
		ResolvedVideo video = resolver.resolve("C:\\Users\\ant\\Desktop\\project\\videos\\x.mp4", labels);
		assertEquals(Optional.of(clip), video.path());
		assertEquals(How.BY_SUFFIX, video.how());
		assertEquals("project/videos/x.mp4", video.matchedSuffix(), "the longest suffix that exists");
		assertEquals(Optional.of(temp.toAbsolutePath().normalize()), video.folder());
	}

	@Test
	void anExistingAbsoluteOrRelativePathIsUsedAsStored() throws IOException {
		Path clip = file(temp.resolve("data/clips/a.mp4"));
		Path labels = temp.resolve("data/labels.slp");
		ResolvedVideo absolute = resolver.resolve(clip.toString(), labels);
		assertEquals(How.AS_STORED, absolute.how());
		assertEquals(Optional.of(clip), absolute.path());
		assertEquals(List.of(clip), absolute.tried());

		ResolvedVideo relative = resolver.resolve("clips\\a.mp4", labels);
		assertEquals(How.AS_STORED, relative.how());
		assertEquals(Optional.of(clip), relative.path());

		ResolvedVideo up = resolver.resolve("../data/./clips/a.mp4", labels);
		assertEquals(How.AS_STORED, up.how());
		assertEquals(Optional.of(clip), up.path());
	}

	@Test
	void theFileNameNextToTheLabelsFileComesBeforeSuffixes() throws IOException {
		Path next = file(temp.resolve("p/clip.mp4"));
		file(temp.resolve("videos/clip.mp4"));
		ResolvedVideo video = resolver.resolve("/mnt/lab/videos/clip.mp4", temp.resolve("p/labels.slp"));
		assertEquals(How.NEXT_TO_LABELS, video.how());
		assertEquals(Optional.of(next), video.path());
		assertTrue(video.describe().contains("next to the labels file"), video.describe());
	}

	@Test
	void aLongerSuffixFurtherUpWinsOverAShorterOneNearer() throws IOException {
		file(temp.resolve("p/clip.mp4"));
		Path specific = file(temp.resolve("videos/clip.mp4"));
		ResolvedVideo video = resolver.resolve("/mnt/lab/videos/clip.mp4", temp.resolve("p/q/labels.slp"));
		assertEquals(Optional.of(specific), video.path());
		assertEquals("videos/clip.mp4", video.matchedSuffix());
	}

	@Test
	void searchesOnlyTheConfiguredNumberOfAncestors() throws IOException {
		file(temp.resolve("videos/clip.mp4"));
		Path labels = temp.resolve("a/b/c/d/labels.slp");
		assertFalse(resolver.resolve("/x/videos/clip.mp4", labels).isResolved(), "temp is four levels up");
		ResolvedVideo wider = new VideoPathResolver(List.of(), 4).resolve("/x/videos/clip.mp4", labels);
		assertEquals(Optional.of(temp.resolve("videos/clip.mp4")), wider.path());
		ResolvedVideo none = new VideoPathResolver(List.of(), 0).resolve("/x/videos/clip.mp4", labels);
		Path labelsFolder = temp.resolve("a/b/c/d").toAbsolutePath().normalize();
		assertTrue(none.tried().stream().skip(1).allMatch(path -> path.startsWith(labelsFolder)),
				"after the as-stored try, only the labels folder: " + none.tried());
	}

	@Test
	void extraSearchFoldersAreTriedInOrder() throws IOException {
		Path first = Files.createDirectories(temp.resolve("hint1"));
		Path second = Files.createDirectories(temp.resolve("hint2"));
		Path clip = file(second.resolve("clip.mp4"));
		file(temp.resolve("hint3/clip.mp4"));
		VideoPathResolver hinted = new VideoPathResolver(List.of(first, second, temp.resolve("hint3")));
		ResolvedVideo video = hinted.resolve("D:\\videos\\clip.mp4", temp.resolve("labels/x.slp"));
		assertEquals(How.IN_SEARCH_FOLDER, video.how());
		assertEquals(Optional.of(clip), video.path());
		assertEquals(Optional.of(second), video.folder());
		assertTrue(video.tried().contains(first.resolve("clip.mp4")));
		assertFalse(video.tried().contains(first.resolve("videos/clip.mp4")), "videos is the root folder of D:");
	}

	@Test
	void findsTheFileNameAFewFoldersBelowTheLabelsFile() throws IOException {
		Path labels = temp.resolve("project/labels.slp");
		file(temp.resolve("project/.hidden/clip.mp4"));
		file(temp.resolve("project/a/b/c/clip.mp4"));
		Path clip = file(temp.resolve("project/movies/day1/clip.mp4"));
		Files.createDirectories(temp.resolve("project/a/b"));
		ResolvedVideo video = resolver.resolve("D:/Downloads/Ant videos/clip.mp4", labels);
		assertEquals(How.BELOW_LABELS, video.how());
		assertEquals(Optional.of(clip), video.path(), "two levels down; hidden folders and deeper ones skipped");
		assertEquals(Optional.of(clip.getParent()), video.folder());
	}

	@Test
	void onlyRegularFilesCount() throws IOException {
		Files.createDirectories(temp.resolve("p/clip.mp4"));
		ResolvedVideo video = resolver.resolve("clip.mp4", temp.resolve("p/labels.slp"));
		assertFalse(video.isResolved());
		ResolvedVideo embedded = resolver.resolve(".", temp.resolve("p/labels.slp"));
		assertFalse(embedded.isResolved(), "an embedded video's \".\" names no file");
	}

	@Test
	void rejectsBadArgumentsNamingThem() {
		Path labels = temp.resolve("labels.slp");
		IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> resolver.resolve(" ", labels));
		assertTrue(blank.getMessage().contains("\" \""), blank.getMessage());
		assertThrows(IllegalArgumentException.class, () -> resolver.resolve(null, labels));
		assertThrows(IllegalArgumentException.class, () -> resolver.resolve("x.mp4", null));
		IllegalArgumentException levels = assertThrows(IllegalArgumentException.class,
				() -> new VideoPathResolver(List.of(), -1));
		assertTrue(levels.getMessage().contains("-1"), levels.getMessage());
		List<Path> withNull = new ArrayList<>();
		withNull.add(null);
		assertThrows(IllegalArgumentException.class, () -> new VideoPathResolver(withNull));
		assertThrows(IllegalArgumentException.class,
				() -> ResolvedVideo.found("x", Path.of("/x"), How.NOT_FOUND, "x", null, List.of()));
	}

	private static Path real(String relative) {
		return Fixtures.get(relative).toAbsolutePath().normalize();
	}

	private static Path file(Path path) throws IOException {
		Files.createDirectories(path.getParent());
		return Files.writeString(path, "not really a video").toAbsolutePath().normalize();
	}
}
