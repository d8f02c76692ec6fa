// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.suggest;

import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.Suggestion;

/** The undoable edits of a project's suggestions. */
public final class SuggestionCommands {
	private SuggestionCommands() {
	}

	/** @return one command that adds the suggestions to the labels (not executable when there are none) */
	public static Command add(EditingDomain domain, Labels labels, List<Suggestion> suggestions) {
		if (suggestions.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		Command add = AddCommand.create(domain, labels, LabelsPackage.Literals.LABELS__SUGGESTIONS, suggestions);
		return label(add, "Generate " + suggestions.size() + " Suggestion" + (suggestions.size() == 1 ? "" : "s"));
	}

	/** @return one command that removes the suggestions from the labels (not executable when there are none) */
	public static Command remove(EditingDomain domain, Labels labels, List<Suggestion> suggestions) {
		if (suggestions.isEmpty()) {
			return UnexecutableCommand.INSTANCE;
		}
		Command remove = RemoveCommand.create(domain, labels, LabelsPackage.Literals.LABELS__SUGGESTIONS, suggestions);
		return label(remove, "Remove " + suggestions.size() + " Suggestion" + (suggestions.size() == 1 ? "" : "s"));
	}

	private static Command label(Command command, String name) {
		if (command instanceof org.eclipse.emf.common.command.AbstractCommand abstractCommand) {
			abstractCommand.setLabel(name);
		}
		return command;
	}
}
