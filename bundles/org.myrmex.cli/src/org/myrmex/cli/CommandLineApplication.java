// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless {@code org.myrmex.cli.app} application: {@code myrmex COMMAND ARGS…}. Ctrl-C cancels. */
public class CommandLineApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		return Integer.valueOf(Console.run((String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS)));
	}

	@Override
	public void stop() {
		// commands end on their own; Ctrl-C cancels through the monitor
	}
}
