// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.suggest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Display;
import org.myrmex.analysis.suggest.FrameSuggestion;
import org.myrmex.analysis.suggest.Suggester;
import org.myrmex.analysis.suggest.SuggestionException;
import org.myrmex.analysis.suggest.SuggestionOptions;
import org.myrmex.analysis.suggest.SuggestionResult;
import org.myrmex.model.Labels;
import org.myrmex.model.Suggestion;
import org.myrmex.model.Video;
import org.myrmex.ui.internal.editor.LabelsEditor;

/**
 * Suggests frames in the background ({@link Suggester#suggest}), then, on the UI thread, adds the new ones to the
 * editor's labels as one undoable command and remembers their ranks; the notes (and the number added) go to
 * {@code done}. A problem ends the job with an error naming the labels file.
 */
public final class GenerateJob extends Job {
	/** The family of these jobs (tests wait for it). */
	public static final Object FAMILY = GenerateJob.class;

	private final LabelsEditor editor;
	private final SuggestionOptions options;
	private final Labels copy;
	private final Consumer<List<String>> done;

	/** Copies the editor's labels, so that edits made while the job runs do not race with it: create on the UI thread. */
	public GenerateJob(LabelsEditor editor, SuggestionOptions options, Consumer<List<String>> done) {
		super("Suggesting frames to label (" + options.method().label() + ")");
		this.editor = editor;
		this.copy = EcoreUtil.copy(editor.labels());
		Video only = options.video();
		this.options = only == null ? options
				: options.inVideo(copy.getVideos().get(editor.labels().getVideos().indexOf(only)));
		this.done = done;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SuggestionResult result;
		try {
			result = Suggester.suggest(copy, editor.file(), options, monitor);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (SuggestionException | RuntimeException e) {
			return Status.error("Cannot suggest frames in " + editor.file().getFileName() + ": " + e.getMessage());
		}
		if (monitor.isCanceled()) {
			return Status.CANCEL_STATUS;
		}
		Display.getDefault().syncExec(() -> add(result));
		return Status.OK_STATUS;
	}

	private void add(SuggestionResult result) {
		Labels labels = editor.labels();
		if (editor.canvas() == null || editor.canvas().control().isDisposed()) {
			return;
		}
		List<FrameSuggestion> frames = new ArrayList<>();
		for (FrameSuggestion f : result.frames()) {
			int video = copy.getVideos().indexOf(f.video());
			if (video < labels.getVideos().size()) {
				frames.add(new FrameSuggestion(labels.getVideos().get(video), f.frame(), f.score(), f.reason(),
						f.method()));
			}
		}
		int group = labels.getSuggestions().stream().mapToInt(Suggestion::getGroup).max().orElse(-1) + 1;
		List<Suggestion> added = Suggester.newSuggestions(labels, frames, group);
		List<FrameSuggestion> ranked = frames.stream()
				.filter(f -> added.stream().anyMatch(s -> s.getVideo() == f.video() && s.getFrameIndex() == f.frame()))
				.toList();
		if (!added.isEmpty()) {
			editor.execute(SuggestionCommands.add(editor.getEditingDomain(), labels, added));
			SuggestionSession.of(labels).remember(added, ranked);
		}
		List<String> notes = new ArrayList<>();
		notes.add(added.size() + " frame" + (added.size() == 1 ? "" : "s") + " suggested by "
				+ options.method().label().toLowerCase(Locale.ROOT) + (added.size() < frames.size()
						? " (" + (frames.size() - added.size()) + " already suggested)" : ""));
		notes.addAll(result.notes());
		done.accept(notes);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}
}
