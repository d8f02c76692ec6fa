// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.tests;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** A test that makes an {@link AnalysisProject} in a temporary folder; the project is deleted after each test. */
abstract class ProjectTest {
	@TempDir
	Path folder;
	IProject project;

	@AfterEach
	void deleteProject() throws Exception {
		if (project != null) {
			project.delete(false, true, null);
		}
	}
}
