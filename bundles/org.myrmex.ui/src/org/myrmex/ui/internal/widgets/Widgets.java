// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.widgets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.myrmex.video.preprocess.VideoFiles;

/** The small pieces the wizards and dialogs share: push buttons, table columns, the video file chooser. */
public final class Widgets {
	private Widgets() {
	}

	/** @return a push button filling its grid cell that runs {@code action} when pressed */
	public static Button button(Composite parent, String text, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		GridDataFactory.fillDefaults().applyTo(button);
		button.addListener(SWT.Selection, e -> action.run());
		return button;
	}

	/** @return a column of buttons beside a list or table, at the top of its grid cell */
	public static Composite buttonColumn(Composite parent) {
		Composite buttons = new Composite(parent, SWT.NONE);
		org.eclipse.jface.layout.GridLayoutFactory.fillDefaults().applyTo(buttons);
		GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
		return buttons;
	}

	/** @return a left-aligned column of {@code table} */
	public static TableColumn column(Table table, String text, int width) {
		TableColumn column = new TableColumn(table, SWT.LEFT);
		column.setText(text);
		column.setWidth(width);
		return column;
	}

	/** @return the video files chosen in a file dialog titled {@code title}, none when it is cancelled */
	public static List<Path> chooseVideos(Shell shell, String title) {
		FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
		dialog.setText(title);
		dialog.setFilterExtensions(new String[] { "*." + String.join(";*.", VideoFiles.EXTENSIONS) + ";*.h5", "*" });
		dialog.setFilterNames(new String[] { "Videos", "All files" });
		List<Path> chosen = new ArrayList<>();
		if (dialog.open() != null) {
			for (String name : dialog.getFileNames()) {
				chosen.add(Path.of(dialog.getFilterPath(), name));
			}
		}
		return chosen;
	}

	/** @return a single-selection table viewer with headers and lines, showing a list or an array */
	public static TableViewer tableViewer(Composite parent) {
		TableViewer viewer = new TableViewer(parent,
				SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	/** @return a part listener telling {@code follow} of each part activated or opened (a view following editors) */
	public static IPartListener2 partFollower(Consumer<IWorkbenchPart> follow) {
		return new IPartListener2() {
			@Override
			public void partActivated(IWorkbenchPartReference reference) {
				follow.accept(reference.getPart(false));
			}

			@Override
			public void partOpened(IWorkbenchPartReference reference) {
				follow.accept(reference.getPart(false));
			}
		};
	}
}
