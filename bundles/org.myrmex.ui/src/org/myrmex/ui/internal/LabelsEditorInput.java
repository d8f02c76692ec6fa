// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;

/** A video of a project, shown with the project's labels. */
public final class LabelsEditorInput implements IEditorInput {
	private final Path videoFile;
	private final Video video;
	private final Labels labels;

	public LabelsEditorInput(Path videoFile, Video video, Labels labels) {
		this.videoFile = Objects.requireNonNull(videoFile, "videoFile");
		this.video = Objects.requireNonNull(video, "video");
		this.labels = Objects.requireNonNull(labels, "labels");
	}

	public Path videoFile() {
		return videoFile;
	}

	public Video video() {
		return video;
	}

	public Labels labels() {
		return labels;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
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
		return videoFile.getFileName().toString();
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return videoFile.toString();
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof LabelsEditorInput other && other.videoFile.equals(videoFile) && other.labels == labels;
	}

	@Override
	public int hashCode() {
		return videoFile.hashCode();
	}
}
