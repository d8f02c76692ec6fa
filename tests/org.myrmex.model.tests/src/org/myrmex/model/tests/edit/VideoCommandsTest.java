// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.tests.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.io.SlpReader;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.PointArray;
import org.myrmex.model.Suggestion;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;
import org.myrmex.model.edit.LabelsEditing;
import org.myrmex.model.edit.VideoCommands;
import org.myrmex.model.index.FrameIndex;

/** {@link VideoCommands} on real SLEAP and ant projects: each command executed, undone and redone. */
class VideoCommandsTest {

	@Test
	void removingAVideoTakesItsFramesAndSuggestionsAndOneUndoBringsAllBack() throws Exception {
		Project p = new Project("ants/datasets/main.v001.slp");
		assertEquals(4, p.labels.getVideos().size());
		Video col402 = p.labels.getVideos().get(1);
		assertTrue(col402.getFilename().endsWith("Col402_rec.mp4"), col402.getFilename());
		List<Video> videos = List.copyOf(p.labels.getVideos());
		List<LabeledFrame> frames = List.copyOf(p.labels.getLabeledFrames());
		List<Suggestion> suggestions = List.copyOf(p.labels.getSuggestions());
		assertEquals(81, frames.size());
		assertEquals(80, suggestions.size());
		List<LabeledFrame> col402Frames = frames.stream().filter(f -> f.getVideo() == col402).toList();
		List<Suggestion> col402Suggestions = suggestions.stream().filter(s -> s.getVideo() == col402).toList();
		assertEquals(21, col402Frames.size());
		assertFalse(col402Suggestions.isEmpty(), "the video has suggestions to remove");
		LabeledFrame first = col402Frames.stream().filter(f -> f.getFrameIndex() == 1144).findFirst().orElseThrow();
		List<PointArray> points = points(col402Frames);
		assertEquals(400, points.size());
		VideoCommands.Dependents dependents = VideoCommands.dependents(col402);
		assertEquals(new VideoCommands.Dependents(21, 400, col402Suggestions.size()), dependents);

		Command remove = VideoCommands.remove(p.domain, col402);
		assertEquals("Remove Video", remove.getLabel());
		UndoRedo.check(p.stack, remove, () -> {
			assertEquals(videos, p.labels.getVideos());
			assertEquals(frames, p.labels.getLabeledFrames(), "frames back in their places");
			assertEquals(suggestions, p.labels.getSuggestions(), "suggestions back in their places");
			for (LabeledFrame frame : col402Frames) {
				assertSame(col402, frame.getVideo());
			}
			assertEquals(points, points(col402Frames));
			assertEquals(21, p.index.count(col402));
			assertSame(first, p.index.find(col402, 1144).orElseThrow());
		}, () -> {
			assertEquals(List.of(videos.get(0), videos.get(2), videos.get(3)), p.labels.getVideos());
			assertEquals(60, p.labels.getLabeledFrames().size());
			assertEquals(80 - col402Suggestions.size(), p.labels.getSuggestions().size());
			assertTrue(p.labels.getLabeledFrames().stream().noneMatch(f -> f.getVideo() == col402));
			assertTrue(p.labels.getSuggestions().stream().noneMatch(s -> s.getVideo() == col402));
			assertTrue(EcoreUtil.UsageCrossReferencer.find(col402, p.labels).isEmpty(), "nothing refers to it");
			assertEquals(0, p.index.count(col402));
			assertEquals(20, p.index.count(videos.get(0)));
		});
	}

	@Test
	void removingTheOnlyVideoOfClipEmptiesTheProjectUntilUndo() throws Exception {
		Project p = new Project("sleap/tracks/clip.slp");
		Video clip = p.labels.getVideos().get(0);
		List<LabeledFrame> frames = List.copyOf(p.labels.getLabeledFrames());
		List<PointArray> points = points(frames);
		assertEquals(3000, points.size());
		assertEquals(new VideoCommands.Dependents(1500, 3000, 0), VideoCommands.dependents(clip));
		UndoRedo.check(p.stack, VideoCommands.remove(p.domain, clip), () -> {
			assertEquals(List.of(clip), p.labels.getVideos());
			assertEquals(frames, p.labels.getLabeledFrames());
			assertEquals(points, points(frames));
			assertEquals(1500, p.index.size());
		}, () -> {
			assertTrue(p.labels.getVideos().isEmpty());
			assertTrue(p.labels.getLabeledFrames().isEmpty());
			assertEquals(0, p.index.size());
			assertEquals(2, p.labels.getTracks().size(), "tracks stay");
			assertEquals(1, p.labels.getSkeletons().size(), "the skeleton stays");
		});
	}

	@Test
	void removeRefusesAVideoOutsideAProject() throws Exception {
		Project p = new Project("sleap/slp_hdf5/minimal_instance.slp");
		Video loose = LabelsFactory.eINSTANCE.createVideo();
		IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
				() -> VideoCommands.remove(p.domain, loose));
		assertTrue(refusal.getMessage().contains("not one of a project's videos"), refusal.getMessage());
		assertThrows(IllegalArgumentException.class, () -> VideoCommands.remove(null, p.labels.getVideos().get(0)));
	}

	@Test
	void addingVideosAppendsThemInOrder() throws Exception {
		Project p = new Project("sleap/slp_hdf5/minimal_instance.slp");
		Video existing = p.labels.getVideos().get(0);
		Video small = video("centered_pair_small.mp4", 384, 384, 1, 1100);
		Video robot = video("small_robot.mp4", 560, 320, 3, 166);
		Command add = VideoCommands.add(p.domain, p.labels, List.of(small, robot));
		assertEquals("Add Videos", add.getLabel());
		UndoRedo.check(p.stack, add, () -> {
			assertEquals(List.of(existing), p.labels.getVideos());
			assertNull(small.eContainer());
		}, () -> {
			assertEquals(List.of(existing, small, robot), p.labels.getVideos());
			assertEquals(1, p.labels.getLabeledFrames().size(), "no frames come with a new video");
			assertEquals(384, small.getWidth());
		});
		assertEquals("Add Video", VideoCommands.add(p.domain, p.labels, List.of(video("a.mp4", 1, 1, 1, 1))).getLabel());
		assertThrows(IllegalArgumentException.class, () -> VideoCommands.add(p.domain, p.labels, List.of(small)),
				"a video already in the project");
		Video twice = video("b.mp4", 1, 1, 1, 1);
		assertThrows(IllegalArgumentException.class, () -> VideoCommands.add(p.domain, p.labels, List.of(twice, twice)));
		assertThrows(IllegalArgumentException.class, () -> VideoCommands.add(p.domain, p.labels, List.of()));
	}

	@Test
	void grayscaleTogglesAndNoChangeIsNotExecutable() throws Exception {
		Project p = new Project("sleap/slp_hdf5/dance.mp4.labels.slp");
		Video dance = p.labels.getVideos().get(0);
		boolean before = dance.isGrayscale();
		Command toggle = VideoCommands.setGrayscale(p.domain, dance, !before);
		assertEquals(before ? "Grayscale Off" : "Grayscale On", toggle.getLabel());
		UndoRedo.check(p.stack, toggle, () -> assertEquals(before, dance.isGrayscale()),
				() -> assertEquals(!before, dance.isGrayscale()));
		assertFalse(VideoCommands.setGrayscale(p.domain, dance, !before).canExecute());
		assertTrue(p.stack.isSaveNeeded());
	}

	@Test
	void replacingTheFileKeepsEveryLabelAndTheStoredSize() throws Exception {
		Project p = new Project("sleap/tracks/clip.slp");
		Video clip = p.labels.getVideos().get(0);
		String old = clip.getFilename();
		Video stored = EcoreUtil.copy(clip);
		List<LabeledFrame> frames = List.copyOf(p.labels.getLabeledFrames());
		List<PointArray> points = points(frames);
		Command replace = VideoCommands.replace(p.domain, clip, "/data/flies/clip-moved.mp4");
		assertEquals("Replace Video", replace.getLabel());
		UndoRedo.check(p.stack, replace, () -> {
			assertEquals(old, clip.getFilename());
			assertTrue(EcoreUtil.equals(stored, clip));
		}, () -> {
			assertEquals("/data/flies/clip-moved.mp4", clip.getFilename());
			assertEquals(stored.getWidth(), clip.getWidth());
			assertEquals(stored.getFrameCount(), clip.getFrameCount());
			assertEquals(stored.getBackendJson(), clip.getBackendJson());
			assertEquals(frames, p.labels.getLabeledFrames());
			assertTrue(frames.stream().allMatch(f -> f.getVideo() == clip));
			assertEquals(points, points(frames));
			assertSame(frames.get(100), p.index.find(clip, 100).orElseThrow());
		});
		assertFalse(VideoCommands.replace(p.domain, clip, "/data/flies/clip-moved.mp4").canExecute());
		assertThrows(IllegalArgumentException.class, () -> VideoCommands.replace(p.domain, clip, " "));
	}

	@Test
	void replacingAnImageListMovesEveryImageToTheFirstOnesFolder() throws Exception {
		Project p = new Project("sleap/siv_format_v1/small_robot_siv.slp");
		Video robots = p.labels.getVideos().get(0);
		assertEquals(VideoBackend.IMAGE_LIST, robots.getBackend());
		List<String> images = List.copyOf(robots.getImageFilenames());
		assertEquals(3, images.size());
		assertTrue(images.get(1).endsWith("robot1.jpg"), images.get(1));
		UndoRedo.check(p.stack, VideoCommands.replace(p.domain, robots, "/data/robots/robot0.jpg"),
				() -> assertEquals(images, robots.getImageFilenames()),
				() -> assertEquals(List.of("/data/robots/robot0.jpg", "/data/robots/robot1.jpg", "/data/robots/robot2.jpg"),
						robots.getImageFilenames()));
	}

	@Test
	void replacingByAnotherKindOfFileCopiesItsDescriptionAndKeepsGrayscaleAndLabels() throws Exception {
		Project p = new Project("sleap/siv_format_v1/small_robot_siv.slp");
		Video robots = p.labels.getVideos().get(0);
		robots.setGrayscale(true);
		p.stack.saveIsDone();
		Video stored = EcoreUtil.copy(robots);
		List<LabeledFrame> frames = List.copyOf(p.labels.getLabeledFrames());
		Video mp4 = video("/data/robots/small_robot.mp4", 560, 320, 3, 166);
		mp4.setFps(30);
		mp4.setGrayscale(false);
		UndoRedo.check(p.stack, VideoCommands.replace(p.domain, robots, mp4), () -> {
			assertTrue(EcoreUtil.equals(stored, robots), "every attribute back");
		}, () -> {
			assertEquals("/data/robots/small_robot.mp4", robots.getFilename());
			assertEquals(VideoBackend.MEDIA, robots.getBackend());
			assertTrue(robots.getImageFilenames().isEmpty());
			assertEquals(List.of(560, 320, 3, 166), List.of(robots.getWidth(), robots.getHeight(),
					robots.getChannels(), robots.getFrameCount()));
			assertEquals(30, robots.getFps());
			assertNull(robots.getBackendJson(), "the image list's backend keys are dropped");
			assertTrue(robots.isGrayscale(), "the user's grayscale setting stays");
			assertEquals(frames, p.labels.getLabeledFrames());
			assertTrue(frames.stream().allMatch(f -> f.getVideo() == robots));
		});
		Video same = EcoreUtil.copy(robots);
		assertFalse(VideoCommands.replace(p.domain, robots, same).canExecute(), "nothing changes");
		assertThrows(IllegalArgumentException.class,
				() -> VideoCommands.replace(p.domain, robots, p.labels.getVideos().get(0)));
	}

	// ---- helpers

	/** A project read from a fixture, with its editing domain and frame index. */
	private static final class Project {
		final Labels labels;
		final AdapterFactoryEditingDomain domain;
		final BasicCommandStack stack;
		final FrameIndex index;

		Project(String fixture) throws Exception {
			labels = SlpReader.read(Fixtures.require(fixture));
			domain = LabelsEditing.createDomain(labels);
			stack = (BasicCommandStack) domain.getCommandStack();
			index = FrameIndex.of(labels);
		}
	}

	private static Video video(String file, int width, int height, int channels, int frames) {
		Video video = LabelsFactory.eINSTANCE.createVideo();
		video.setFilename(file);
		video.setBackend(VideoBackend.MEDIA);
		video.setWidth(width);
		video.setHeight(height);
		video.setChannels(channels);
		video.setGrayscale(channels == 1);
		video.setFrameCount(frames);
		return video;
	}

	/** Every instance's points, frame by frame. */
	private static List<PointArray> points(List<LabeledFrame> frames) {
		List<PointArray> points = new ArrayList<>();
		for (LabeledFrame frame : frames) {
			for (Instance instance : frame.getInstances()) {
				points.add(instance.getPoints());
			}
		}
		return points;
	}
}
