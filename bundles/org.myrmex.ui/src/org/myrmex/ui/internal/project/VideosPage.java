// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.myrmex.ui.internal.widgets.Widgets;
import org.myrmex.model.Video;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoModels;
import org.myrmex.video.preprocess.VideoFiles;

/**
 * The videos of a new project, each with a grayscale box. Every video added is opened in the background to show
 * its size and length (and to tick grayscale for one-channel files); a file that is no video says so.
 */
public final class VideosPage extends WizardPage {
	private final Map<Path, Video> probed = new LinkedHashMap<>();
	private final Map<Path, String> problems = new LinkedHashMap<>();
	private final List<Path> videos = new ArrayList<>();
	private Table table;

	VideosPage() {
		super("videos", "Videos", null);
		setDescription("The videos to label (files, or every video of a folder); tick grayscale to label them in grey.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		table = new Table(page, SWT.BORDER | SWT.CHECK | SWT.MULTI | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		Widgets.column(table, "Grayscale", 90);
		Widgets.column(table, "Video", 300);
		Widgets.column(table, "Size", 90);
		Widgets.column(table, "Frames", 70);
		GridDataFactory.fillDefaults().grab(true, true).hint(560, 200).applyTo(table);
		Composite buttons = Widgets.buttonColumn(page);
		Widgets.button(buttons, "Add &Files...", this::browseFiles);
		Widgets.button(buttons, "Add F&older...", this::browseFolder);
		Widgets.button(buttons, "&Remove", this::removeSelected);
		setControl(page);
		validate();
	}

	private void browseFiles() {
		addVideos(Widgets.chooseVideos(getShell(), "Videos of the project"));
	}

	private void browseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setMessage("A folder whose videos all go into the project");
		String folder = dialog.open();
		if (folder == null) {
			return;
		}
		try {
			addVideos(VideoFiles.in(Path.of(folder)));
		} catch (VideoException e) {
			setErrorMessage(e.getMessage());
		}
	}

	private void removeSelected() {
		int[] selected = table.getSelectionIndices();
		for (int i = selected.length - 1; i >= 0; i--) {
			Path removed = videos.remove(selected[i]);
			probed.remove(removed);
			problems.remove(removed);
			table.remove(selected[i]);
		}
		validate();
	}

	/** Adds video files, as the buttons do; each is opened in the background to read its size and length. */
	public void addVideos(List<Path> files) {
		for (Path file : files) {
			Path absolute = file.toAbsolutePath().normalize();
			if (videos.contains(absolute)) {
				continue;
			}
			videos.add(absolute);
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { "", absolute.toString(), "…", "…" });
			item.setData(absolute);
			probe(absolute);
		}
		validate();
	}

	private void probe(Path file) {
		Job job = Job.create("Reading " + file.getFileName(), monitor -> {
			Video video = null;
			String problem = null;
			try {
				video = VideoModels.of(file);
			} catch (VideoException | RuntimeException e) {
				problem = e.getMessage() == null ? e.toString() : e.getMessage();
			}
			Video result = video;
			String message = problem;
			if (!table.isDisposed()) {
				table.getDisplay().asyncExec(() -> probed(file, result, message));
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.schedule();
	}

	private void probed(Path file, Video video, String problem) {
		if (table.isDisposed() || !videos.contains(file)) {
			return;
		}
		TableItem item = table.getItem(videos.indexOf(file));
		if (video != null) {
			probed.put(file, video);
			item.setChecked(video.isGrayscale());
			item.setText(2, video.getWidth() + "×" + video.getHeight());
			item.setText(3, String.valueOf(video.getFrameCount()));
		} else {
			problems.put(file, problem);
			item.setText(2, "not a video");
			item.setText(3, "");
		}
		validate();
	}

	private void validate() {
		String problem = problems.isEmpty() ? null : problems.values().iterator().next();
		setErrorMessage(problem == null ? null : problem + " (remove it to go on)");
		boolean reading = probed.size() + problems.size() < videos.size();
		setMessage(reading ? "Reading the videos…" : videos.isEmpty() ? "No videos yet: you can add them later in the Videos view" : null);
		setPageComplete(problem == null && !reading);
	}

	/** Ticks or clears the grayscale box of the {@code index}th video, as clicking it does. */
	public void setGrayscale(int index, boolean grayscale) {
		table.getItem(index).setChecked(grayscale);
	}

	/** @return whether every video added has been read (none is still being opened) */
	public boolean isRead() {
		return probed.size() + problems.size() == videos.size();
	}

	/** @return the videos to add, in order, with the grayscale choice of their box */
	public List<Video> videos() {
		List<Video> result = new ArrayList<>();
		for (int i = 0; i < videos.size(); i++) {
			Video video = probed.get(videos.get(i));
			if (video != null) {
				Video copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(video);
				copy.setGrayscale(table.getItem(i).getChecked());
				result.add(copy);
			}
		}
		return result;
	}
}
