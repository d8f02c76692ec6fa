// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.project;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.myrmex.ui.internal.widgets.Widgets;
import org.myrmex.model.Video;

/**
 * Replace Missing Videos: lists the videos of a labels file that are not where it says, and lets the user point
 * at each one's file or at a folder to search. Videos left missing keep their labels; the user labels the others.
 */
public final class MissingVideosDialog extends TitleAreaDialog {
	/** The dialog's title (tests find the dialog by it). */
	public static final String TITLE = "Replace Missing Videos";

	private final String labelsName;
	private final List<Video> missing;
	private final Map<Video, Path> replacements = new LinkedHashMap<>();
	private Table table;

	public MissingVideosDialog(Shell parent, String labelsName, List<Video> missing) {
		super(parent);
		this.labelsName = labelsName;
		this.missing = List.copyOf(missing);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(missing.size() == 1 ? "A video of " + labelsName + " is missing"
				: missing.size() + " videos of " + labelsName + " are missing");
		setMessage("Choose where each video is now, or a folder to search. Videos left missing keep their labels.");
		Composite body = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		table = new Table(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.setHeaderVisible(true);
		Widgets.column(table, "Video in the labels", 300);
		Widgets.column(table, "Now", 300);
		for (Video video : missing) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { video.getFilename(), "missing" });
		}
		if (table.getItemCount() > 0) {
			table.select(0);
		}
		GridDataFactory.fillDefaults().grab(true, true).hint(620, 160).applyTo(table);
		Composite buttons = Widgets.buttonColumn(body);
		Widgets.button(buttons, "&Replace...", this::browseFile);
		Widgets.button(buttons, "&Search Folder...", this::browseFolder);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Use These", true);
		createButton(parent, IDialogConstants.CANCEL_ID, "&Keep Missing", false);
	}

	private void browseFile() {
		int row = table.getSelectionIndex();
		if (row < 0) {
			return;
		}
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("Where is " + Path.of(missing.get(row).getFilename().replace('\\', '/')).getFileName() + "?");
		String chosen = dialog.open();
		if (chosen != null) {
			replace(missing.get(row), Path.of(chosen));
		}
	}

	private void browseFolder() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setMessage("A folder holding the missing videos (searched by their names)");
		String chosen = dialog.open();
		if (chosen != null) {
			search(Path.of(chosen));
		}
	}

	/** Uses {@code file} for {@code video}, as choosing it with Replace… does. */
	public void replace(Video video, Path file) {
		replacements.put(video, file.toAbsolutePath().normalize());
		table.getItem(missing.indexOf(video)).setText(1, file.toAbsolutePath().normalize().toString());
		updateMessage();
	}

	/** Looks for the videos not replaced yet in {@code folder}, as Search Folder… does. */
	public void search(Path folder) {
		List<Video> open = missing.stream().filter(video -> !replacements.containsKey(video)).toList();
		Map<Video, Path> found = MissingVideos.searchIn(folder, open);
		found.forEach(this::replace);
		if (found.isEmpty()) {
			setErrorMessage("None of the missing videos is in " + folder);
		}
	}

	private void updateMessage() {
		setErrorMessage(null);
		long left = missing.size() - replacements.size();
		setMessage(left == 0 ? "Every video is found." : left + " still missing: they keep their labels.");
	}

	/** @return the videos not found, in the labels' order */
	public List<Video> missing() {
		return missing;
	}

	/** @return the files chosen for missing videos (after OK) */
	public Map<Video, Path> replacements() {
		return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(replacements));
	}
}
