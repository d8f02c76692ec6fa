// SPDX-License-Identifier: EPL-2.0
/**
 * Undoable editing of a labels project: {@link org.myrmex.model.edit.LabelsEditing} makes an EMF editing
 * domain with a command stack, and {@link org.myrmex.model.edit.PointCommands},
 * {@link org.myrmex.model.edit.InstanceCommands}, {@link org.myrmex.model.edit.SkeletonCommands},
 * {@link org.myrmex.model.edit.VideoCommands} and {@link org.myrmex.model.edit.PredictionCommands} (a prediction
 * run's frames) make the commands of the labelling actions. Executed on the
 * domain's command stack, every edit can be undone and redone and marks the project as needing a save.
 * Headless helpers answer what a labelling view asks:
 * {@link org.myrmex.model.edit.FrameInstances} (which instances to draw),
 * {@link org.myrmex.model.edit.NewInstancePose} (where a new instance's points go),
 * {@link org.myrmex.model.edit.SkeletonInstances} (the instances a skeleton edit touches) and
 * {@link org.myrmex.model.edit.SkeletonCheck} (whether a skeleton is a single tree).
 */
package org.myrmex.model.edit;
