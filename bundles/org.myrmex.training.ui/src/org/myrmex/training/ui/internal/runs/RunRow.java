// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.runs;

import java.nio.file.Path;

import org.myrmex.nn.runs.RunInfo;

/**
 * One row of the Model Runs view: a run folder as read, and whether the user added it (a SLEAP model folder kept in
 * the project's list) rather than the view finding it in the labels' {@code models} folder.
 *
 * @param info  the run folder as {@code RunFolders} read it
 * @param added the user added it with Add Folder…
 * @param entry the folder in the added list it came from (itself, or the folder holding it), else null
 */
public record RunRow(RunInfo info, boolean added, Path entry) {

	/** @return the run folder */
	public Path folder() {
		return info.folder();
	}
}
