// SPDX-License-Identifier: EPL-2.0
/**
 * Undoable editing of a labels project: {@link org.myrmex.model.edit.LabelsEditing} makes an EMF editing
 * domain with a command stack, and {@link org.myrmex.model.edit.PointCommands} and
 * {@link org.myrmex.model.edit.InstanceCommands} make the commands of the labelling actions. Executed on the
 * domain's command stack, every edit can be undone and redone and marks the project as needing a save.
 */
package org.myrmex.model.edit;
