// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.project;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectNature;

/** Marks a workspace project as a Myrmex project: videos, a skeleton, labels files and (later) model runs. */
public final class MyrmexNature implements IProjectNature {
	/** The nature's id: this bundle's id and the extension's. */
	public static final String ID = "org.myrmex.ui.myrmexNature";

	private IProject project;

	@Override
	public void configure() {
		// no builders: Myrmex projects are files the user works on through the editor and wizards
	}

	@Override
	public void deconfigure() {
		// nothing configured
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
