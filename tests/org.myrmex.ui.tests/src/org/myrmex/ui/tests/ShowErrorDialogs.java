// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import org.eclipse.jface.dialogs.ErrorDialog;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The test harness runs JFace in automated mode, where error dialogs do not open: tests that read one turn it off
 * around each test with {@code @ExtendWith(ShowErrorDialogs.class)}.
 */
public final class ShowErrorDialogs implements BeforeEachCallback, AfterEachCallback {
	@Override
	public void beforeEach(ExtensionContext context) {
		ErrorDialog.AUTOMATED_MODE = false;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		ErrorDialog.AUTOMATED_MODE = true;
	}
}
