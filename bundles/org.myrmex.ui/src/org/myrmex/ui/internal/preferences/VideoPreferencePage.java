// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window › Preferences › Myrmex › Video: how much memory each open video may keep decoded frames in. */
public final class VideoPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {
	/** The page's id in plugin.xml. */
	public static final String ID = "org.myrmex.ui.preferences.video";

	public VideoPreferencePage() {
		super(GRID);
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, VideoPreferences.QUALIFIER));
		setDescription("Decoded frames each open video keeps in memory, so that stepping back and forth and jumping"
				+ " to a recent frame need no decoding.");
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to look up
	}

	@Override
	protected void createFieldEditors() {
		Composite parent = getFieldEditorParent();
		long heapMB = Runtime.getRuntime().maxMemory() >> 20;
		int most = (int) Math.max(0, Math.min(Integer.MAX_VALUE, heapMB / 2));
		IntegerFieldEditor cache = new IntegerFieldEditor(VideoPreferences.FRAME_CACHE_MB,
				"&Frame cache per video (MB):", parent, 7);
		cache.setValidRange(0, most);
		cache.setErrorMessage("The frame cache takes a whole number of MB from 0 to " + most
				+ " (half the Java heap)");
		addField(cache);
		Label note = new Label(parent, SWT.WRAP);
		note.setText("The cache never holds more than this. A 4K frame takes 8.3 MB in grey and 24.9 MB in colour;"
				+ " reading ahead needs room for three frames, 0 keeps none. The Java heap is " + heapMB
				+ " MB (more with -Xmx in MYRMEX_VM_ARGS). Videos opened from now on get the new size.");
		GridData layout = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		layout.widthHint = 420;
		layout.verticalIndent = 8;
		note.setLayoutData(layout);
	}

	@Override
	public boolean performOk() {
		boolean ok = super.performOk();
		VideoPreferences.apply();
		return ok;
	}
}
