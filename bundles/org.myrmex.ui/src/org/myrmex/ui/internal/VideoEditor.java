// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.EditorPart;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.video.VideoFrame;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;

/** The video canvas: one frame of a project's video with its labels, and a timeline to move through frames. */
public class VideoEditor extends EditorPart {
	public static final String ID = "org.myrmex.ui.editors.video";

	private VideoSource source;
	private VideoCanvas canvas;
	private Scale timeline;
	private Label position;
	private final Map<Integer, LabeledFrame> framesByIndex = new HashMap<>();
	private int frameIndex = -1;
	private VideoFrame frame;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof LabelsEditorInput labelsInput)) {
			throw new PartInitException("The video editor opens project videos only, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		try {
			source = Videos.open(labelsInput.videoFile());
		} catch (VideoException e) {
			throw new PartInitException(e.getMessage(), e);
		}
		for (LabeledFrame labeled : labelsInput.labels().getLabeledFrames()) {
			if (labeled.getVideo() == labelsInput.video()) {
				framesByIndex.put(labeled.getFrameIndex(), labeled);
			}
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(2, false));
		canvas = new VideoCanvas(parent, labels());
		canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
		timeline = new Scale(parent, SWT.HORIZONTAL);
		timeline.setMinimum(0);
		timeline.setMaximum(Math.max(1, source.frameCount() - 1));
		timeline.setPageIncrement(Math.max(1, source.frameCount() / 20));
		timeline.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		timeline.addListener(SWT.Selection, event -> showFrame(timeline.getSelection()));
		position = new Label(parent, SWT.NONE);
		position.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		showFrame(0);
	}

	/** Decodes and shows frame {@code index}; a frame that cannot be decoded is reported, not thrown. */
	public void showFrame(int index) {
		try {
			VideoFrame decoded = source.readGray(index);
			LabeledFrame labeled = framesByIndex.get(index);
			List<Instance> instances = labeled == null ? List.of() : labeled.getInstances();
			canvas.show(FrameImages.toImageData(decoded), instances);
			frame = decoded;
			frameIndex = index;
			if (timeline.getSelection() != index) {
				timeline.setSelection(index);
			}
			position.setText(String.format("Frame %d / %d   %d instances", index, source.frameCount(), instances.size()));
			position.getParent().layout(new org.eclipse.swt.widgets.Control[] { position });
		} catch (VideoException e) {
			MessageDialog.openError(getSite().getShell(), "Cannot show frame", e.getMessage());
		}
	}

	/** @return the index of the frame on screen, -1 before the first is shown */
	public int frameIndex() {
		return frameIndex;
	}

	/** @return the decoded frame on screen, or null */
	public VideoFrame frame() {
		return frame;
	}

	private Labels labels() {
		return ((LabelsEditorInput) getEditorInput()).labels();
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == Labels.class) {
			return adapter.cast(labels());
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

	@Override
	public void dispose() {
		if (source != null) {
			source.close();
		}
		super.dispose();
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// nothing is edited yet: labels are read-only in this editor
	}

	@Override
	public void doSaveAs() {
		// nothing is edited yet
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}
}
