// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Track;
import org.myrmex.model.Video;
import org.myrmex.tracking.internal.CandidateShift;
import org.myrmex.tracking.internal.Culling;
import org.myrmex.tracking.internal.FlowShift;
import org.myrmex.tracking.internal.FrameTracker;
import org.myrmex.tracking.internal.Pose;
import org.myrmex.tracking.internal.TrackBreaks;

/**
 * Tracks the predicted instances of labels as SLEAP's tracker does ({@code sleap-track --tracking.tracker …}): every
 * video's labelled frames in frame order, each predicted instance matched to a track of the window's earlier frames
 * or given a new track {@code track_N}, its tracking score the similarity of the match (0 for a new track). User
 * instances keep their tracks. The labels change only when the whole run has finished, so a cancelled or failed run
 * leaves them as they were; tracks no instance holds any more are removed.
 */
public final class Tracking {
	private Tracking() {
	}

	/**
	 * @param frames reads frames for the {@link TrackerKind#FLOW} tracker, and the frame size for
	 *               {@code normalized_instance} where the labels do not give it; may be null for the simple tracker
	 * @throws TrackingException no predicted instances, no scores where culling needs them, an unreadable frame
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; the labels are unchanged
	 */
	public static TrackingSummary run(Labels labels, TrackerOptions options, FrameImages frames, IProgressMonitor monitor)
			throws TrackingException {
		if (options.tracker() == TrackerKind.NONE) {
			throw new IllegalArgumentException("tracker 'none' tracks nothing");
		}
		if (options.tracker() == TrackerKind.FLOW && frames == null) {
			throw new IllegalArgumentException("the flow tracker needs the frames");
		}
		long start = System.nanoTime();
		check(labels, options);
		SubMonitor progress = SubMonitor.convert(monitor, "Tracking", labels.getLabeledFrames().size());
		List<Track> spawned = new ArrayList<>();
		List<List<Pose>> all = new ArrayList<>();
		int processed = 0;
		List<Pose> dropped = new ArrayList<>();
		for (Video video : labels.getVideos()) {
			List<LabeledFrame> videoFrames = framesOf(labels, video);
			if (videoFrames.isEmpty()) {
				continue;
			}
			int[] size = { video.getWidth(), video.getHeight() };
			if (options.similarity() == Similarity.NORMALIZED_INSTANCE && (size[0] <= 0 || size[1] <= 0)) {
				size = frameSize(video, videoFrames.get(0).getFrameIndex(), frames);
			}
			CandidateShift shift = options.tracker() == TrackerKind.FLOW ? new FlowShift(frames, video, options) : null;
			FrameTracker tracker = new FrameTracker(options, size[0], size[1], t -> {
				Track track = LabelsFactory.eINSTANCE.createTrack();
				track.setName("track_" + spawned.size());
				track.setSpawnedOn(t);
				spawned.add(track);
				return track;
			}, shift);
			List<List<Pose>> tracked = new ArrayList<>();
			for (LabeledFrame frame : videoFrames) {
				progress.split(1);
				processed++;
				List<Pose> poses = new ArrayList<>();
				for (Instance instance : frame.getInstances()) {
					if (instance instanceof PredictedInstance) {
						poses.add(Pose.of(instance));
					}
				}
				FrameTracker.Step step;
				try {
					step = tracker.track(poses, frame.getFrameIndex());
				} catch (CandidateShift.FrameReadException e) {
					throw new TrackingException(e.getMessage(), e.getCause());
				}
				tracked.add(new ArrayList<>(step.tracked()));
				dropped.addAll(step.dropped());
			}
			postPasses(tracked, options, dropped);
			all.addAll(tracked);
		}
		apply(labels, all, dropped, spawned);
		int instances = 0;
		Set<Track> used = new HashSet<>();
		for (List<Pose> frame : all) {
			instances += frame.size();
			frame.forEach(p -> used.add(p.track));
		}
		return new TrackingSummary(processed, instances, used.size(), dropped.size(), System.nanoTime() - start);
	}

	private static int[] frameSize(Video video, int frameIndex, FrameImages frames) throws TrackingException {
		String problem = "normalized_instance needs the frame size of " + video.getFilename()
				+ ", which the labels do not give";
		if (frames == null) {
			throw new TrackingException(problem);
		}
		try {
			FrameImages.GreyFrame frame = frames.read(video, frameIndex);
			return new int[] { frame.width(), frame.height() };
		} catch (IOException e) {
			throw new TrackingException(problem + " and the video cannot be read: " + e.getMessage(), e);
		}
	}

	private static void check(Labels labels, TrackerOptions options) throws TrackingException {
		int predicted = 0;
		int unscored = 0;
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				if (instance instanceof PredictedInstance p) {
					predicted++;
					if (Double.isNaN(p.getScore())) {
						unscored++;
					}
				}
			}
		}
		if (predicted == 0) {
			throw new TrackingException("no predicted instances to track");
		}
		boolean culls = options.preCull() && options.targetInstances() > 0 || options.cleanInstances() > 0;
		if (culls && unscored > 0) {
			throw new TrackingException(unscored + " of " + predicted + " predicted instances have no score;"
					+ " culling frames to the target count ranks instances by score");
		}
	}

	/** SLEAP's {@code final_pass}: the clean pass (cull then connect breaks), else connecting breaks if asked. */
	private static void postPasses(List<List<Pose>> frames, TrackerOptions options, List<Pose> dropped) {
		if (options.cleanInstances() > 0) {
			for (List<Pose> frame : frames) {
				List<Pose> kept = Culling.cull(frame, options.cleanInstances(), options.cleanIouThreshold());
				if (kept.size() < frame.size()) {
					Set<Pose> keep = new HashSet<>(kept);
					for (Pose p : frame) {
						if (!keep.contains(p)) {
							dropped.add(p);
						}
					}
					frame.retainAll(keep);
				}
			}
			TrackBreaks.connect(frames, options.cleanInstances());
		} else if (options.targetInstances() > 0 && options.connectBreaks()) {
			TrackBreaks.connect(frames, options.targetInstances());
		}
	}

	private static List<LabeledFrame> framesOf(Labels labels, Video video) {
		List<LabeledFrame> frames = new ArrayList<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			if (frame.getVideo() == video) {
				frames.add(frame);
			}
		}
		frames.sort(Comparator.comparingInt(LabeledFrame::getFrameIndex));
		return frames;
	}

	private static void apply(Labels labels, List<List<Pose>> frames, List<Pose> dropped, List<Track> spawned) {
		for (Pose pose : dropped) {
			LabeledFrame frame = (LabeledFrame) pose.instance.eContainer();
			frame.getInstances().remove(pose.instance);
		}
		Set<Track> used = new HashSet<>();
		for (List<Pose> frame : frames) {
			for (Pose pose : frame) {
				pose.instance.setTrack(pose.track);
				pose.instance.setTrackingScore(pose.trackingScore);
				used.add(pose.track);
			}
		}
		Set<Track> kept = new HashSet<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				if (!(instance instanceof PredictedInstance) && instance.getTrack() != null) {
					kept.add(instance.getTrack());
				}
			}
		}
		labels.getTracks().retainAll(kept);
		for (Track track : spawned) {
			if (used.contains(track)) {
				labels.getTracks().add(track);
			}
		}
	}
}
