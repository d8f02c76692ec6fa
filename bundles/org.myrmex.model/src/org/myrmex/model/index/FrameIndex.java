// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.Video;

/**
 * An index of a labels project's labelled frames by (video, frame index): finds a frame in constant time
 * and navigates a video's labelled frames in frame order (first, last, next, previous, ranges) in
 * logarithmic time, where SLEAP scans the frame list.
 *
 * <p>The index listens to the project as an EMF adapter and stays correct while it is edited (directly or
 * through commands, undo and redo included): it watches {@code Labels.labeledFrames} and, on each labelled
 * frame, the {@code video} and {@code frameIndex} attributes. It adds no adapter to instances, so the cost of
 * keeping it is per frame, not per instance or point. Get it with {@link #of(Labels)}, which attaches it the
 * first time and returns the same index afterwards.
 *
 * <p>Frames that share a video and frame index (a malformed project; SLEAP treats them as one frame) are all
 * indexed; look-ups and navigation answer with the first of them in {@link Labels#getLabeledFrames()} order,
 * and {@link #duplicates()} lists them. A frame whose video is not set is not indexed until it is.
 *
 * <p>Like the EMF model, the index is not thread-safe: use it from the thread that edits the model.
 */
public final class FrameIndex {
	private final Labels labels;
	private final Listener listener = new Listener();
	/** Keyed by video identity (EMF objects do not override {@code equals}). */
	private final Map<Video, VideoFrames> videos = new HashMap<>();
	private int duplicateCount;
	/** Whether the listener is on the project's frames: from {@link #of(Labels)} until disposed. */
	private boolean attached = true;

	private FrameIndex(Labels labels) {
		this.labels = labels;
	}

	/**
	 * The index of {@code labels}, built and attached on the first call; later calls return the same index
	 * until it is {@linkplain #dispose() disposed}.
	 *
	 * @throws IllegalArgumentException if {@code labels} is null
	 */
	public static FrameIndex of(Labels labels) {
		if (labels == null) {
			throw new IllegalArgumentException("labels must not be null");
		}
		Adapter existing = EcoreUtil.getExistingAdapter(labels, FrameIndex.class);
		if (existing instanceof Listener listener) {
			return listener.index();
		}
		FrameIndex index = new FrameIndex(labels);
		index.rebuild();
		labels.eAdapters().add(index.listener);
		return index;
	}

	/** The labels project this index belongs to. */
	public Labels labels() {
		return labels;
	}

	/**
	 * The labelled frame of {@code video} at {@code frameIndex}, in constant time; with duplicates, the first
	 * of them in project order.
	 */
	public Optional<LabeledFrame> find(Video video, int frameIndex) {
		VideoFrames frames = framesOf(video);
		return frames == null ? Optional.empty() : Optional.ofNullable(frames.get(frameIndex));
	}

	/** Whether {@code video} has a labelled frame at {@code frameIndex}. */
	public boolean contains(Video video, int frameIndex) {
		return find(video, frameIndex).isPresent();
	}

	/**
	 * The first labelled frame of {@code video} after {@code frameIndex} (exclusive). SLEAP's "next labelled
	 * frame" wraps around at the end: a caller that wants that falls back to {@link #first(Video)}.
	 */
	public Optional<LabeledFrame> next(Video video, int frameIndex) {
		VideoFrames frames = framesOf(video);
		return frames == null ? Optional.empty() : value(frames.ordered().higherEntry(frameIndex));
	}

	/** The last labelled frame of {@code video} before {@code frameIndex} (exclusive). */
	public Optional<LabeledFrame> previous(Video video, int frameIndex) {
		VideoFrames frames = framesOf(video);
		return frames == null ? Optional.empty() : value(frames.ordered().lowerEntry(frameIndex));
	}

	/** The labelled frame of {@code video} with the lowest frame index. */
	public Optional<LabeledFrame> first(Video video) {
		VideoFrames frames = framesOf(video);
		return frames == null ? Optional.empty() : value(frames.ordered().firstEntry());
	}

	/** The labelled frame of {@code video} with the highest frame index. */
	public Optional<LabeledFrame> last(Video video) {
		VideoFrames frames = framesOf(video);
		return frames == null ? Optional.empty() : value(frames.ordered().lastEntry());
	}

	/** The number of distinct labelled frame indices of {@code video} (duplicates count once). */
	public int count(Video video) {
		VideoFrames frames = framesOf(video);
		return frames == null ? 0 : frames.size();
	}

	/** The number of distinct (video, frame index) pairs labelled in the project. */
	public int size() {
		int size = 0;
		for (VideoFrames frames : videos.values()) {
			size += frames.size();
		}
		return size;
	}

	/**
	 * The labelled frames of {@code video} with {@code from <= frameIndex < to}, in frame order (one per
	 * index), in O(log n + k) for k frames.
	 *
	 * @throws IllegalArgumentException if {@code from > to}
	 */
	public List<LabeledFrame> range(Video video, int from, int to) {
		if (from > to) {
			throw new IllegalArgumentException("range start " + from + " is after its end " + to);
		}
		VideoFrames frames = framesOf(video);
		return frames == null ? List.of() : List.copyOf(frames.ordered().subMap(from, true, to, false).values());
	}

	/** All labelled frames of {@code video} in frame order (one per index). */
	public List<LabeledFrame> frames(Video video) {
		VideoFrames frames = framesOf(video);
		return frames == null ? List.of() : List.copyOf(frames.ordered().values());
	}

	/** Whether any two frames share a video and frame index; constant time. */
	public boolean hasDuplicates() {
		return duplicateCount > 0;
	}

	/**
	 * Every group of frames that share a video and frame index, ordered by frame index within each video;
	 * empty for a well-formed project.
	 */
	public List<DuplicateFrames> duplicates() {
		if (duplicateCount == 0) {
			return List.of();
		}
		List<DuplicateFrames> result = new ArrayList<>();
		for (Map.Entry<Video, VideoFrames> entry : videos.entrySet()) {
			entry.getValue().duplicates().forEach((index, frames) -> result.add(
					new DuplicateFrames(entry.getKey(), index, frames)));
		}
		result.sort(Comparator.comparingInt((DuplicateFrames d) -> labels.getVideos().indexOf(d.video()))
				.thenComparingInt(DuplicateFrames::frameIndex));
		return List.copyOf(result);
	}

	/**
	 * Detaches the index from the project and its frames; {@link #of(Labels)} builds a new one afterwards.
	 * Removing the index's adapter from the project by other means has the same effect.
	 */
	public void dispose() {
		labels.eAdapters().remove(listener);
		listener.detachAll(); // in case the project does not deliver notifications
	}

	private VideoFrames framesOf(Video video) {
		return video == null ? null : videos.get(video);
	}

	private static Optional<LabeledFrame> value(Map.Entry<Integer, LabeledFrame> entry) {
		return entry == null ? Optional.empty() : Optional.of(entry.getValue());
	}

	private void rebuild() {
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			attach(frame, false);
		}
	}

	private void attach(LabeledFrame frame, boolean ordered) {
		EList<Adapter> adapters = frame.eAdapters();
		if (!adapters.contains(listener)) {
			adapters.add(listener);
		}
		index(frame, videoOf(frame), frame.getFrameIndex(), ordered);
	}

	private void detach(LabeledFrame frame) {
		frame.eAdapters().remove(listener);
		unindex(frame, videoOf(frame), frame.getFrameIndex());
	}

	/** @param ordered whether the frame may sit before frames already indexed (not a rebuild in order) */
	private void index(LabeledFrame frame, Video video, int frameIndex, boolean ordered) {
		if (video == null) {
			return;
		}
		VideoFrames frames = videos.computeIfAbsent(video, v -> new VideoFrames());
		int before = frames.duplicates().size();
		frames.add(frame, frameIndex, ordered ? this::position : null);
		duplicateCount += frames.duplicates().size() - before;
	}

	private void unindex(LabeledFrame frame, Video video, int frameIndex) {
		VideoFrames frames = framesOf(video);
		if (frames == null) {
			return;
		}
		int before = frames.duplicates().size();
		frames.remove(frame, frameIndex);
		duplicateCount += frames.duplicates().size() - before;
		if (frames.isEmpty()) {
			videos.remove(video);
		}
	}

	private int position(LabeledFrame frame) {
		return labels.getLabeledFrames().indexOf(frame);
	}

	/** The frame's video without resolving a proxy (resolving would notify while the index is updating). */
	private static Video videoOf(LabeledFrame frame) {
		return (Video) frame.eGet(LabelsPackage.Literals.LABELED_FRAME__VIDEO, false);
	}

	private void framesChanged(Notification notification) {
		switch (notification.getEventType()) {
		case Notification.ADD -> attach((LabeledFrame) notification.getNewValue(), true);
		case Notification.ADD_MANY -> {
			for (Object frame : (Collection<?>) notification.getNewValue()) {
				attach((LabeledFrame) frame, true);
			}
		}
		case Notification.REMOVE -> detach((LabeledFrame) notification.getOldValue());
		case Notification.REMOVE_MANY -> {
			for (Object frame : (Collection<?>) notification.getOldValue()) {
				detach((LabeledFrame) frame);
			}
		}
		case Notification.SET -> {
			if (notification.getOldValue() != notification.getNewValue()) {
				if (notification.getOldValue() != null) {
					detach((LabeledFrame) notification.getOldValue());
				}
				if (notification.getNewValue() != null) {
					attach((LabeledFrame) notification.getNewValue(), true);
				}
			}
		}
		case Notification.MOVE -> {
			if (duplicateCount > 0) {
				for (VideoFrames frames : videos.values()) {
					frames.reorderDuplicates(this::position);
				}
			}
		}
		default -> {
			// RESOLVE and touch notifications do not change which frames the project holds
		}
		}
	}

	private void frameChanged(LabeledFrame frame, Notification notification) {
		int type = notification.getEventType();
		if (type != Notification.SET && type != Notification.UNSET && type != Notification.RESOLVE) {
			return;
		}
		Object feature = notification.getFeature();
		if (feature == LabelsPackage.Literals.LABELED_FRAME__VIDEO) {
			Video oldVideo = (Video) notification.getOldValue();
			Video newVideo = (Video) notification.getNewValue();
			if (oldVideo != newVideo) {
				unindex(frame, oldVideo, frame.getFrameIndex());
				index(frame, newVideo, frame.getFrameIndex(), true);
			}
		} else if (feature == LabelsPackage.Literals.LABELED_FRAME__FRAME_INDEX) {
			int oldIndex = notification.getOldIntValue();
			int newIndex = notification.getNewIntValue();
			if (oldIndex != newIndex) {
				Video video = videoOf(frame);
				unindex(frame, video, oldIndex);
				index(frame, video, newIndex, true);
			}
		}
	}

	/** The one adapter the index puts on the project and on each of its labelled frames. */
	private final class Listener implements Adapter {

		FrameIndex index() {
			return FrameIndex.this;
		}

		@Override
		public void notifyChanged(Notification notification) {
			Object notifier = notification.getNotifier();
			if (notifier == labels) {
				if (notification.getEventType() == Notification.REMOVING_ADAPTER) {
					if (notification.getOldValue() == this) {
						detachAll();
					}
				} else if (notification.getFeature() == LabelsPackage.Literals.LABELS__LABELED_FRAMES) {
					framesChanged(notification);
				}
			} else if (notifier instanceof LabeledFrame frame) {
				frameChanged(frame, notification);
			}
		}

		void detachAll() {
			if (!attached) {
				return;
			}
			attached = false;
			for (LabeledFrame frame : labels.getLabeledFrames()) {
				frame.eAdapters().remove(this);
			}
			videos.clear();
			duplicateCount = 0;
		}

		@Override
		public Notifier getTarget() {
			return labels;
		}

		@Override
		public void setTarget(Notifier newTarget) {
			// one adapter serves the project and all its frames: the project is the target that matters
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == FrameIndex.class;
		}
	}
}
