// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.preferences;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/** Window › Preferences › Myrmex: the group of Myrmex's own pages. */
public final class MyrmexPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {
	public MyrmexPreferencePage() {
		noDefaultAndApplyButton();
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to look up
	}

	@Override
	protected Control createContents(Composite parent) {
		Label text = new Label(parent, SWT.WRAP);
		text.setText("Settings of Myrmex: open a page below this one (Video: the frame cache).");
		return text;
	}
}
