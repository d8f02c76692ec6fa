// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.predict;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Video;
import org.myrmex.nn.predict.FrameSelection;
import org.myrmex.nn.predict.PredictionOptions;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * What to predict once a training run has finished, as SLEAP's training dialog offers: nothing, the suggested
 * frames, some random frames without user instances, or all frames without user instances. The predictions enter
 * the editor as one undoable command, like the Predict wizard's.
 */
public enum AfterTraining {
	/** predict nothing */
	NOTHING("nothing"),
	/** the labels' suggested frames */
	SUGGESTED("the suggested frames"),
	/** up to {@link #RANDOM_FRAMES} random frames per video that hold no user instance (seeded) */
	RANDOM("20 random frames per video without user instances"),
	/** every frame without user instances */
	UNLABELLED("all frames without user instances");

	/** Random frames per video. */
	public static final int RANDOM_FRAMES = 20;
	private final String label;

	AfterTraining(String label) {
		this.label = label;
	}

	/** @return the choice for people */
	public String label() {
		return label;
	}

	/**
	 * @param frameCount the frame count of a video (from its file: the labels may not know it)
	 * @return the frames to predict in {@code labels}, or null for {@link #NOTHING}
	 */
	public FrameSelection selection(Labels labels, ToIntFunction<Video> frameCount) {
		return switch (this) {
		case NOTHING -> null;
		case SUGGESTED -> FrameSelection.suggested();
		case UNLABELLED -> FrameSelection.unlabeled();
		case RANDOM -> FrameSelection.listed(random(labels, frameCount));
		};
	}

	private static Map<Video, List<Integer>> random(Labels labels, ToIntFunction<Video> frameCount) {
		Map<Video, Set<Integer>> labelled = new HashMap<>();
		for (LabeledFrame frame : labels.getLabeledFrames()) {
			for (Instance instance : frame.getInstances()) {
				if (!(instance instanceof PredictedInstance)) {
					labelled.computeIfAbsent(frame.getVideo(), v -> new HashSet<>()).add(frame.getFrameIndex());
				}
			}
		}
		Random random = new Random(0);
		Map<Video, List<Integer>> picked = new HashMap<>();
		for (Video video : labels.getVideos()) {
			List<Integer> free = new ArrayList<>();
			Set<Integer> taken = labelled.getOrDefault(video, Set.of());
			for (int i = 0, n = frameCount.applyAsInt(video); i < n; i++) {
				if (!taken.contains(i)) {
					free.add(i);
				}
			}
			Collections.shuffle(free, random);
			List<Integer> some = new ArrayList<>(free.subList(0, Math.min(RANDOM_FRAMES, free.size())));
			Collections.sort(some);
			if (!some.isEmpty()) {
				picked.put(video, some);
			}
		}
		return picked;
	}

	/**
	 * Predicts this choice's frames in {@code editor} with the models of {@code runFolders} and SLEAP's default
	 * settings. Call on the UI thread.
	 *
	 * @return the job, scheduled; null for {@link #NOTHING} or when no frame is chosen
	 */
	public PredictJob start(LabelsEditor editor, List<Path> runFolders) {
		FrameSelection selection = selection(editor.labels(),
				video -> video == editor.video() ? editor.frameCount() : video.getFrameCount());
		if (selection == null || (selection.kind() == FrameSelection.Kind.LISTED && selection.listed().isEmpty())) {
			return null;
		}
		ModelCache cache = new ModelCache();
		PredictJob job = new PredictJob(EditorState.of(editor), selection, cache,
				new ModelCache.Key(List.copyOf(runFolders), PredictionOptions.defaults()), null);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				cache.close();
			}
		});
		job.schedule();
		return job;
	}
}
