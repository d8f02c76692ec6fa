// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.importing;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
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
import org.myrmex.ui.internal.project.MyrmexProjects;

/** Which file (previewed: what it holds, or why it cannot be read), into which project, under which name. */
public final class ImportPosePage extends WizardPage {
	private final List<IProject> projects = MyrmexProjects.all();
	private final IProject preselected;
	private final PosePreview preview = new PosePreview(this::previewed);
	private Text file;
	private Label counts;
	private Combo project;
	private Text name;

	ImportPosePage(IProject preselected) {
		super("pose", ImportPoseWizard.TITLE, null);
		this.preselected = preselected;
		setDescription("Convert DeepLabCut labels (config.yaml or CollectedData CSV) or COCO keypoints (.json) into a "
				+ "SLEAP labels file of a project.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		new Label(page, SWT.NONE).setText("&File:");
		file = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(file);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		new Label(page, SWT.NONE).setText("Holds:");
		counts = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(380, SWT.DEFAULT).applyTo(counts);
		new Label(page, SWT.NONE).setText("Into &project:");
		project = new Combo(page, SWT.READ_ONLY);
		projects.forEach(p -> project.add(p.getName()));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(project);
		new Label(page, SWT.NONE).setText("&Save as:");
		name = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(name);
		if (!projects.isEmpty()) {
			project.select(preselected == null ? 0 : Math.max(0, projects.indexOf(preselected)));
		}
		file.addModifyListener(e -> {
			Path chosen = source();
			if (chosen != null) {
				String stem = chosen.getFileName().toString().replaceFirst("\\.(yaml|yml|csv|json)$", "");
				name.setText(stem + ".slp");
			}
			preview.show(chosen != null && Files.isRegularFile(chosen) ? chosen : null);
			validate();
		});
		name.addModifyListener(e -> validate());
		project.addListener(SWT.Selection, e -> validate());
		addDisposeListener(page);
		setControl(page);
		validate();
	}

	private void addDisposeListener(Composite page) {
		page.addListener(SWT.Dispose, e -> preview.cancel());
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("DeepLabCut or COCO labels");
		dialog.setFilterExtensions(new String[] { "*.yaml;*.yml;*.csv;*.json", "*" });
		dialog.setFilterNames(new String[] { "DeepLabCut config.yaml or CSV, COCO .json", "All files" });
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	/** Called on the UI thread when the preview of {@code path} is read. */
	private void previewed(Path path) {
		if (counts.isDisposed() || !path.equals(source())) {
			return;
		}
		validate();
	}

	private Path source() {
		try {
			return file.getText().isBlank() ? null : Path.of(file.getText().strip()).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return null;
		}
	}

	private void validate() {
		String problem = null;
		Path chosen = source();
		counts.setText("");
		if (chosen == null) {
			problem = file.getText().isBlank() ? null : "'" + file.getText() + "' is not a file name";
		} else if (!Files.isRegularFile(chosen)) {
			problem = chosen + " does not exist";
		} else if (preview.problem(chosen) != null) {
			problem = preview.problem(chosen);
		} else if (preview.counts(chosen) == null) {
			counts.setText("reading...");
		} else {
			counts.setText(preview.counts(chosen).toString());
		}
		if (problem == null && projects.isEmpty()) {
			problem = "There is no Myrmex project: create one first (File › New › Myrmex Project)";
		} else if (problem == null && !name.getText().strip().endsWith(".slp")) {
			problem = "The labels file's name must end in .slp";
		} else if (problem == null && target() != null && target().exists()) {
			problem = target().getFullPath() + " exists already: choose another name";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null && chosen != null && preview.counts(chosen) != null);
		counts.getParent().layout(true);
	}

	/** Sets the file to import, as typing it does. */
	public void setFile(Path labels) {
		file.setText(labels.toString());
	}

	/** @return the counts of the file shown, or null while it is read or when it cannot be */
	public PoseCounts shownCounts() {
		Path chosen = source();
		return chosen == null ? null : preview.counts(chosen);
	}

	/** Chooses the project to import into, as the combo does. */
	public void intoProject(IProject chosen) {
		project.select(projects.indexOf(chosen));
		validate();
	}

	Path file() {
		return source();
	}

	/** @return the labels file to write in the chosen project, or null while none is chosen */
	public IFile target() {
		int index = project.getSelectionIndex();
		String chosen = name.getText().strip();
		return index < 0 || chosen.isEmpty() ? null : projects.get(index).getFile(chosen);
	}
}
