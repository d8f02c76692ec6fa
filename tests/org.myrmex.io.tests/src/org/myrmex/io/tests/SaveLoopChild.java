// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;

/**
 * The process {@link SaveKillRepeatedTest} kills again and again: saves two versions of predictions ({@code a} and
 * {@code b} instances) over {@code file} in turn through {@link LabelsFiles#save} — write lock, atomic write — until
 * it is killed. Prints "ready" before its first save.
 * <p>
 * Usage: {@code SaveLoopChild <file> <a> <b>}
 */
public final class SaveLoopChild {
	private SaveLoopChild() {
	}

	public static void main(String[] args) throws Exception {
		Path file = Path.of(args[0]);
		Labels[] versions = { SaveKillChild.predictions(Integer.parseInt(args[1])),
				SaveKillChild.predictions(Integer.parseInt(args[2])) };
		System.out.println("ready");
		for (int i = 0;; i++) {
			LabelsFiles.save(versions[i % 2], file, new NullProgressMonitor());
		}
	}
}
