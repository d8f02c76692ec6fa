// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.myrmex.model.Labels;
import org.myrmex.ui.internal.project.WorkspaceFiles;

/**
 * A labels file and the labels loaded from it (or, after a crash, from its recovery journal: then the editor
 * starts with unsaved changes). Two inputs are equal when they name the same file, so a file opens once.
 */
public final class LabelsEditorInput implements IEditorInput {
	private final Path file;
	private final Labels labels;
	private final boolean restored;

	public LabelsEditorInput(Path file, Labels labels) {
		this(file, labels, false);
	}

	/** @param restored whether {@code labels} came from the recovery journal and differ from the file */
	public LabelsEditorInput(Path file, Labels labels, boolean restored) {
		this.file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
		this.labels = Objects.requireNonNull(labels, "labels");
		this.restored = restored;
	}

	public Path file() {
		return file;
	}

	public Labels labels() {
		return labels;
	}

	public boolean restored() {
		return restored;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == Path.class) {
			return adapter.cast(file);
		}
		if (adapter == IFile.class || adapter == IResource.class) {
			return WorkspaceFiles.fileAt(file).map(adapter::cast).orElse(null);
		}
		return adapter.isInstance(labels) ? adapter.cast(labels) : null;
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return file.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return file.toString();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof LabelsEditorInput other && other.file.equals(file);
	}

	@Override
	public int hashCode() {
		return file.hashCode();
	}
}
