// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.project;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.myrmex.ui.internal.project.ImportLabels.Mode;

/** Which labels file, into which project (an existing Myrmex project or a new one), copied or linked. */
public final class ImportLabelsPage extends WizardPage {
	private final List<IProject> projects = MyrmexProjects.all();
	private final IProject preselected;
	private Text file;
	private Button existing;
	private Combo project;
	private Button fresh;
	private Text newName;
	private Button copy;
	private Button link;

	ImportLabelsPage(IProject preselected) {
		super("labels", "Import SLEAP Labels", null);
		this.preselected = preselected;
		setDescription("Bring a SLEAP labels file (.slp, .pkg.slp, old .json or .h5) into a Myrmex project.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText("&Labels file:");
		file = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(file);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		existing = new Button(page, SWT.RADIO);
		existing.setText("Into &project:");
		project = new Combo(page, SWT.READ_ONLY);
		projects.forEach(p -> project.add(p.getName()));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(project);
		fresh = new Button(page, SWT.RADIO);
		fresh.setText("Into a &new project:");
		newName = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(newName);
		copy = new Button(page, SWT.RADIO);
		copy.setText("&Copy the file into the project (videos stay where they are)");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(copy);
		link = new Button(page, SWT.RADIO);
		link.setText("Lin&k to the file where it is (saving changes it there)");
		GridDataFactory.fillDefaults().span(3, 1).applyTo(link);
		copy.setSelection(true);
		int chosen = preselected == null ? 0 : Math.max(0, projects.indexOf(preselected));
		if (projects.isEmpty()) {
			fresh.setSelection(true);
			existing.setEnabled(false);
		} else {
			project.select(chosen);
			existing.setSelection(true);
		}
		file.addModifyListener(e -> {
			suggestName();
			validate();
		});
		for (Button radio : List.of(existing, fresh, copy, link)) {
			radio.addListener(SWT.Selection, e -> validate());
		}
		newName.addModifyListener(e -> validate());
		project.addListener(SWT.Selection, e -> validate());
		setControl(page);
		validate();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("SLEAP labels");
		dialog.setFilterExtensions(new String[] { "*.slp;*.json;*.h5;*.xmi", "*" });
		dialog.setFilterNames(new String[] { "Labels (*.slp, *.pkg.slp, *.json, *.h5, *.xmi)", "All files" });
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	private void suggestName() {
		if (!fresh.getSelection() || !newName.getText().isBlank()) {
			return;
		}
		Path chosen = source();
		if (chosen != null && chosen.getFileName() != null) {
			String name = chosen.getFileName().toString().replaceFirst("(\\.pkg)?\\.(slp|json|h5|xmi)$", "");
			newName.setText(name);
		}
	}

	private Path source() {
		try {
			return file.getText().isBlank() ? null : Path.of(file.getText().strip());
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private void validate() {
		project.setEnabled(existing.getSelection());
		newName.setEnabled(fresh.getSelection());
		String problem = null;
		Path chosen = source();
		if (chosen == null) {
			problem = file.getText().isBlank() ? null : "'" + file.getText() + "' is not a file name";
		} else if (!Files.isRegularFile(chosen)) {
			problem = chosen + " does not exist";
		} else if (fresh.getSelection()) {
			problem = MyrmexProjects.checkName(newName.getText().strip());
		}
		setErrorMessage(problem);
		setPageComplete(problem == null && chosen != null);
	}

	/** Sets the labels file, as typing it does. */
	public void setFile(Path labels) {
		file.setText(labels.toString());
	}

	/** Chooses a new project named {@code name}, as the radio button and field do. */
	public void intoNewProject(String name) {
		existing.setSelection(false);
		fresh.setSelection(true);
		newName.setText(name);
		validate();
	}

	/** Chooses how the file comes in, as the radio buttons do. */
	public void setMode(Mode mode) {
		copy.setSelection(mode == Mode.COPY);
		link.setSelection(mode == Mode.LINK);
		validate();
	}

	Path file() {
		return source();
	}

	Mode mode() {
		return link.getSelection() ? Mode.LINK : Mode.COPY;
	}

	/** @return the existing project chosen, or null for a new one */
	IProject project() {
		return existing.getSelection() && project.getSelectionIndex() >= 0 ? projects.get(project.getSelectionIndex()) : null;
	}

	String newProjectName() {
		return newName.getText().strip();
	}
}
