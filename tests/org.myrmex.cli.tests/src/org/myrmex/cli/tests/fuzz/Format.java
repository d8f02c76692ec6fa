// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.tests.fuzz;

/** The kinds of input the harness mutates, each read by its own public reader. */
enum Format {
	/** SLEAP {@code .slp}: {@code LabelsFiles.load}. */
	SLP,
	/** Standalone skeleton JSON: {@code SkeletonJson.read}. */
	SKELETON,
	/** SLEAP {@code training_config.json}: {@code TrainingConfigJson.read}. */
	CONFIG,
	/** SLEAP's old JSON labels: {@code LabelsFiles.load}. */
	SLEAP_JSON,
	/** COCO keypoints JSON: {@code LabelsFiles.load}. */
	COCO,
	/** DeepLabCut labelled-data CSV: {@code DeepLabCut.read}. */
	DLC,
	/** Media files and image folders: {@code Videos.open}, then the first, middle and last frames. */
	VIDEO
}
