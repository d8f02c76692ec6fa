// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * A strip that another bundle adds below the labels editor's timeline (extension point
 * {@code org.myrmex.ui.editorStrips}), as wide as the timeline so that it can draw frames where the timeline
 * does ({@link Timeline#xOf(int)}).
 */
public interface EditorStrip {
	String EXTENSION_POINT = "org.myrmex.ui.editorStrips";

	/** Makes the strip's control in {@code parent} (the caller lays it out under the timeline). */
	Control create(Composite parent, LabelsEditor editor);

	/** Creates the contributed strips in {@code parent}; a strip that fails is logged and left out. */
	static void createAll(Composite parent, LabelsEditor editor, java.util.function.Consumer<Control> layout) {
		for (IConfigurationElement element : Platform.getExtensionRegistry()
				.getConfigurationElementsFor(EXTENSION_POINT)) {
			try {
				EditorStrip strip = (EditorStrip) element.createExecutableExtension("class");
				layout.accept(strip.create(parent, editor));
			} catch (CoreException | RuntimeException e) {
				ILog.of(EditorStrip.class).error("The editor strip " + element.getAttribute("class") + " failed", e);
			}
		}
	}
}
