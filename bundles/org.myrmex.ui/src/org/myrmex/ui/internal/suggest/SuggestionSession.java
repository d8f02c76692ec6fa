// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.suggest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.myrmex.analysis.suggest.FrameSuggestion;
import org.myrmex.model.Labels;
import org.myrmex.model.Suggestion;

/**
 * What this workbench session knows of a project's suggestions beyond the labels file: the method, score and reason
 * of the suggestions generated here, the last generated batch best first, the settings and model folders last used.
 * One per labels, kept as long as the labels are.
 */
public final class SuggestionSession {
	private static final Map<Labels, SuggestionSession> SESSIONS = new WeakHashMap<>();

	private final Map<Suggestion, FrameSuggestion> details = new IdentityHashMap<>();
	private List<Suggestion> lastBatch = List.of();
	private GenerateSettings settings = GenerateSettings.DEFAULTS;
	private List<Path> models = List.of();

	private SuggestionSession() {
	}

	/** @return the session of {@code labels}, made on first use */
	public static synchronized SuggestionSession of(Labels labels) {
		return SESSIONS.computeIfAbsent(labels, l -> new SuggestionSession());
	}

	/** Remembers a generated batch: its suggestions, in rank order, with what the method said of each frame. */
	public void remember(List<Suggestion> batch, List<FrameSuggestion> ranked) {
		for (int i = 0; i < batch.size() && i < ranked.size(); i++) {
			details.put(batch.get(i), ranked.get(i));
		}
		lastBatch = new ArrayList<>(batch);
	}

	/** @return what the method said of {@code suggestion}, or null for one not generated in this session */
	public FrameSuggestion details(Suggestion suggestion) {
		return details.get(suggestion);
	}

	/** @return the last generated batch, best first (some may since have been removed from the labels) */
	public List<Suggestion> lastBatch() {
		return lastBatch;
	}

	public GenerateSettings settings() {
		return settings;
	}

	public void setSettings(GenerateSettings newSettings) {
		settings = newSettings;
	}

	/** @return the model folders chosen last (for active learning and Label Next Best Frame) */
	public List<Path> models() {
		return models;
	}

	public void setModels(List<Path> folders) {
		models = List.copyOf(folders);
	}
}
