// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;

/**
 * Commands that add, remove, replace and re-colour a project's videos. Each is one undoable command; removing a
 * video removes everything that refers to it in the same command. The commands hold the objects they change, so
 * create each one just before executing it.
 */
public final class VideoCommands {
	private static final LabelsPackage MODEL = LabelsPackage.eINSTANCE;

	private VideoCommands() {
	}

	/**
	 * Appends {@code videos} (made by the caller, e.g. from files it opened) to the project's videos, in order.
	 *
	 * @throws IllegalArgumentException if an argument is null, {@code videos} is empty, holds null or the same video
	 *                                  twice, or a video already belongs to a project
	 */
	public static Command add(EditingDomain domain, Labels labels, Collection<Video> videos) {
		requireDomain(domain);
		requireLabels(labels);
		if (videos == null || videos.isEmpty()) {
			throw new IllegalArgumentException("no videos to add");
		}
		List<Video> added = new ArrayList<>(videos.size());
		for (Video video : videos) {
			if (video == null) {
				throw new IllegalArgumentException("a video to add is null");
			}
			if (video.eContainer() != null) {
				throw new IllegalArgumentException("video " + video.getFilename() + " already belongs to a project");
			}
			if (added.contains(video)) {
				throw new IllegalArgumentException("video " + video.getFilename() + " is listed twice");
			}
			added.add(video);
		}
		AddCommand command = new AddCommand(domain, labels, MODEL.getLabels_Videos(), added);
		command.setLabel(added.size() == 1 ? "Add Video" : "Add Videos");
		return command;
	}

	/**
	 * Removes {@code video} from its project together with everything in the project that needs it: its labelled
	 * frames (with their instances), its suggestions, and any other object whose required reference points at it;
	 * an optional reference to it is cleared. One command, so one undo brings all of it back in its place.
	 * Ask {@link #dependents(Video)} first to warn about labelled frames that will go.
	 *
	 * @throws IllegalArgumentException if an argument is null or {@code video} is not one of a project's videos
	 */
	public static Command remove(EditingDomain domain, Video video) {
		requireDomain(domain);
		Labels labels = projectOf(video);
		CompoundCommand command = new CompoundCommand("Remove Video");
		Map<EObject, Map<EStructuralFeature, List<Object>>> removals = new LinkedHashMap<>();
		Set<EObject> going = new LinkedHashSet<>(); // EMF objects are equal only to themselves
		for (EStructuralFeature.Setting setting : EcoreUtil.UsageCrossReferencer.find(video, labels)) {
			EObject user = setting.getEObject();
			EStructuralFeature feature = setting.getEStructuralFeature();
			if (EcoreUtil.isAncestor(video, user)) {
				continue; // the video's own parts go with it
			}
			if (feature.isMany()) {
				removals.computeIfAbsent(user, u -> new LinkedHashMap<>())
						.computeIfAbsent(feature, f -> new ArrayList<>()).add(video);
			} else if (feature.getLowerBound() > 0) {
				going.add(user); // cannot be without the video: it goes too
			} else {
				command.append(new SetCommand(domain, user, feature, null));
			}
		}
		for (EObject user : going) {
			if (!hasAncestorIn(user, going)) {
				removals.computeIfAbsent(user.eContainer(), c -> new LinkedHashMap<>())
						.computeIfAbsent(user.eContainmentFeature(), f -> new ArrayList<>()).add(user);
			}
		}
		removals.forEach((owner, byFeature) -> byFeature
				.forEach((feature, values) -> command.append(new RemoveCommand(domain, owner, feature, values))));
		command.append(new RemoveCommand(domain, labels, MODEL.getLabels_Videos(), video));
		return command;
	}

	/** Whether an object containing {@code object} is in {@code set}. */
	private static boolean hasAncestorIn(EObject object, Set<EObject> set) {
		for (EObject container = object.eContainer(); container != null; container = container.eContainer()) {
			if (set.contains(container)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * What removing {@code video} takes with it: its labelled frames and its suggestions.
	 *
	 * @throws IllegalArgumentException if {@code video} is null or not one of a project's videos
	 */
	public static Dependents dependents(Video video) {
		Labels labels = projectOf(video);
		int frames = 0;
		int instances = 0;
		for (var frame : labels.getLabeledFrames()) {
			if (frame.getVideo() == video) {
				frames++;
				instances += frame.getInstances().size();
			}
		}
		int suggestions = 0;
		for (var suggestion : labels.getSuggestions()) {
			if (suggestion.getVideo() == video) {
				suggestions++;
			}
		}
		return new Dependents(frames, instances, suggestions);
	}

	/** The labelled frames, their instances and the suggestions that go with a video when it is removed. */
	public record Dependents(int labelledFrames, int instances, int suggestions) {
	}

	/**
	 * Sets whether {@code video}'s frames are read as grey. Not executable when the video already is as asked.
	 *
	 * @throws IllegalArgumentException if {@code domain} or {@code video} is null
	 */
	public static Command setGrayscale(EditingDomain domain, Video video, boolean grayscale) {
		requireDomain(domain);
		requireVideo(video);
		if (video.isGrayscale() == grayscale) {
			return UnexecutableCommand.INSTANCE;
		}
		SetCommand command = new SetCommand(domain, video, MODEL.getVideo_Grayscale(), grayscale);
		command.setLabel(grayscale ? "Grayscale On" : "Grayscale Off");
		return command;
	}

	/**
	 * Points {@code video} at another file — the same video moved or renamed — keeping its labels, suggestions,
	 * settings and stored size. For an image-list video, give the new path of its first image: every image of the
	 * list moves to that image's folder, keeping its file name. Not executable when nothing changes.
	 *
	 * @throws IllegalArgumentException if an argument is null, {@code filename} is blank or {@code video} is not
	 *                                  one of a project's videos
	 */
	public static Command replace(EditingDomain domain, Video video, String filename) {
		requireDomain(domain);
		projectOf(video);
		requireFilename(filename);
		CompoundCommand command = new CompoundCommand("Replace Video");
		set(command, domain, video, MODEL.getVideo_Filename(), filename);
		if (video.getBackend() == VideoBackend.IMAGE_LIST && !video.getImageFilenames().isEmpty()) {
			List<String> moved = movedImages(video.getImageFilenames(), filename);
			if (!moved.equals(video.getImageFilenames())) {
				command.append(new SetCommand(domain, video, MODEL.getVideo_ImageFilenames(), moved));
			}
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	/**
	 * Makes {@code video} read its frames from the file that {@code replacement} (made by the caller from the file
	 * it opened, like a video to {@linkplain #add add}) describes, which may be another kind of file: its file name,
	 * backend, image list, dataset, axis order, size, channels, frame count and frame rate are copied. The video
	 * keeps its identity, so every label, suggestion and its grayscale setting stay; backend keys kept from the old
	 * file are dropped when the backend changes. Not executable when nothing changes.
	 *
	 * @throws IllegalArgumentException if an argument is null, {@code replacement} has no file name or belongs to a
	 *                                  project, or {@code video} is not one of a project's videos
	 */
	public static Command replace(EditingDomain domain, Video video, Video replacement) {
		requireDomain(domain);
		projectOf(video);
		requireVideo(replacement);
		requireFilename(replacement.getFilename());
		if (replacement.eContainer() != null) {
			throw new IllegalArgumentException("the replacement of video " + video.getFilename()
					+ " already belongs to a project");
		}
		CompoundCommand command = new CompoundCommand("Replace Video");
		set(command, domain, video, MODEL.getVideo_Filename(), replacement.getFilename());
		set(command, domain, video, MODEL.getVideo_Backend(), replacement.getBackend());
		if (!video.getImageFilenames().equals(replacement.getImageFilenames())) {
			command.append(new SetCommand(domain, video, MODEL.getVideo_ImageFilenames(),
					List.copyOf(replacement.getImageFilenames())));
		}
		set(command, domain, video, MODEL.getVideo_Dataset(), replacement.getDataset());
		set(command, domain, video, MODEL.getVideo_InputFormat(), replacement.getInputFormat());
		set(command, domain, video, MODEL.getVideo_Width(), replacement.getWidth());
		set(command, domain, video, MODEL.getVideo_Height(), replacement.getHeight());
		set(command, domain, video, MODEL.getVideo_Channels(), replacement.getChannels());
		set(command, domain, video, MODEL.getVideo_FrameCount(), replacement.getFrameCount());
		set(command, domain, video, MODEL.getVideo_Fps(), replacement.getFps());
		if (video.getBackend() != replacement.getBackend()) {
			set(command, domain, video, MODEL.getVideo_BackendJson(), replacement.getBackendJson());
			if (video.getSourceVideo() != null) {
				command.append(new SetCommand(domain, video, MODEL.getVideo_SourceVideo(), null));
			}
		}
		return command.isEmpty() ? UnexecutableCommand.INSTANCE : command;
	}

	/** The images moved into the folder of {@code firstImage}, each keeping its file name. */
	private static List<String> movedImages(List<String> images, String firstImage) {
		int cut = Math.max(firstImage.lastIndexOf('/'), firstImage.lastIndexOf('\\'));
		String folder = cut < 0 ? "" : firstImage.substring(0, cut + 1);
		List<String> moved = new ArrayList<>(images.size());
		moved.add(firstImage);
		for (String image : images.subList(1, images.size())) {
			int from = Math.max(image.lastIndexOf('/'), image.lastIndexOf('\\'));
			moved.add(folder + image.substring(from + 1));
		}
		return moved;
	}

	/** Appends a set of {@code feature} to {@code value} unless the video already has it. */
	private static void set(CompoundCommand command, EditingDomain domain, Video video, EStructuralFeature feature,
			Object value) {
		Object current = video.eGet(feature);
		if (current == null ? value != null : !current.equals(value)) {
			command.append(new SetCommand(domain, video, feature, value));
		}
	}

	private static Labels projectOf(Video video) {
		requireVideo(video);
		if (!(video.eContainer() instanceof Labels labels) || video.eContainingFeature() != MODEL.getLabels_Videos()) {
			throw new IllegalArgumentException("video " + video.getFilename() + " is not one of a project's videos");
		}
		return labels;
	}

	private static void requireFilename(String filename) {
		if (filename == null || filename.isBlank()) {
			throw new IllegalArgumentException("a video's file name must not be blank: \"" + filename + "\"");
		}
	}

	private static void requireVideo(Video video) {
		if (video == null) {
			throw new IllegalArgumentException("video must not be null");
		}
	}

	private static void requireLabels(Labels labels) {
		if (labels == null) {
			throw new IllegalArgumentException("labels must not be null");
		}
	}

	private static void requireDomain(EditingDomain domain) {
		if (domain == null) {
			throw new IllegalArgumentException("domain must not be null");
		}
	}
}
