// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.runs;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * What a run folder holds, read by {@link RunFolders#read}.
 *
 * @param folder         the run folder
 * @param myrmex         trained by Myrmex (checkpoints, SavedModel), else a SLEAP model folder
 * @param pipeline       "single animal", "top-down", "bottom-up" (with "(identities)" for the multi-class heads),
 *                       or null when the configuration cannot be read
 * @param head           the configuration's head key ({@code centroid}, {@code centered_instance}, ...), or null
 * @param date           when the run started (from its run name) or else last wrote its files
 * @param epochsDone     epochs completed
 * @param epochs         epochs configured ({@code optimization.epochs}), 0 when unknown
 * @param bestLoss       the lowest validation loss of the log ({@code val_loss}, else {@code loss}); NaN if none
 * @param status         where its training stands
 * @param resumable      a checkpoint to resume from is there (Myrmex runs only)
 * @param trainingLabels the configuration's {@code data.labels.training_labels}, or null
 * @param message        why it failed or cannot be read, else null
 */
public record RunInfo(Path folder, boolean myrmex, String pipeline, String head, LocalDateTime date, int epochsDone,
		int epochs, double bestLoss, RunStatus status, boolean resumable, String trainingLabels, String message) {

	/** @return the folder's {@code training_config.json} */
	public Path trainingConfig() {
		return folder.resolve("training_config.json");
	}

	/** @return the head in words: "centroid", "centred instance", ... */
	public String headTitle() {
		return head == null ? "" : head.replace("centered", "centred").replace('_', ' ');
	}

	/** @return whether the Model Runs view may resume it: stopped, crashed or failed, with a checkpoint */
	public boolean canResume() {
		return resumable
				&& (status == RunStatus.STOPPED || status == RunStatus.CRASHED || status == RunStatus.FAILED);
	}
}
