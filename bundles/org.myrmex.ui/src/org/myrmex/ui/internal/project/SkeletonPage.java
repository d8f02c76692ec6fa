// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.project;

import java.nio.file.Path;
import java.util.List;

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
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SkeletonJson;
import org.myrmex.io.SkeletonTemplates;
import org.myrmex.io.SkeletonTemplates.Template;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Skeleton;

/** The skeleton of a new project: a new empty one, one of the templates, or a SLEAP skeleton JSON file. */
public final class SkeletonPage extends WizardPage {
	/** Where the skeleton comes from. */
	public enum Source {
		EMPTY, TEMPLATE, FILE
	}

	private final List<Template> templates = SkeletonTemplates.all();
	private Button empty;
	private Button template;
	private Button file;
	private Combo templateChoice;
	private Text path;
	private Label summary;
	private org.eclipse.swt.widgets.List nodes;
	private Skeleton skeleton;

	SkeletonPage() {
		super("skeleton", "Skeleton", null);
		setDescription("The body parts to label; edit them later in the Skeleton view.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		empty = radio(page, "&New empty skeleton", 3);
		template = radio(page, "&Template:", 1);
		templateChoice = new Combo(page, SWT.READ_ONLY);
		templates.forEach(t -> templateChoice.add(t.title()));
		templateChoice.select(0);
		templateChoice.addListener(SWT.Selection, e -> choose(Source.TEMPLATE));
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(templateChoice);
		file = radio(page, "&Load JSON:", 1);
		path = new Text(page, SWT.BORDER);
		path.addModifyListener(e -> {
			if (file.getSelection()) {
				update();
			}
		});
		GridDataFactory.fillDefaults().grab(true, false).applyTo(path);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());
		summary = new Label(page, SWT.NONE);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(summary);
		nodes = new org.eclipse.swt.widgets.List(page, SWT.BORDER | SWT.V_SCROLL);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(300, 160).applyTo(nodes);
		template.setSelection(true);
		setControl(page);
		update();
	}

	private Button radio(Composite parent, String text, int span) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		button.addListener(SWT.Selection, e -> {
			if (button.getSelection()) {
				update();
			}
		});
		GridDataFactory.swtDefaults().span(span, 1).applyTo(button);
		return button;
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("SLEAP skeleton");
		dialog.setFilterExtensions(new String[] { "*.json", "*" });
		String chosen = dialog.open();
		if (chosen != null) {
			path.setText(chosen);
			choose(Source.FILE);
		}
	}

	/** Picks where the skeleton comes from, as the radio buttons do. */
	public void choose(Source source) {
		empty.setSelection(source == Source.EMPTY);
		template.setSelection(source == Source.TEMPLATE);
		file.setSelection(source == Source.FILE);
		update();
	}

	/** Picks a template by its file name (e.g. {@code ant18.json}), as the drop-down does. */
	public void chooseTemplate(String templateFile) {
		templateChoice.select(templates.indexOf(SkeletonTemplates.named(templateFile)));
		choose(Source.TEMPLATE);
	}

	/** Sets the skeleton JSON file to load, as typing it does. */
	public void setFile(Path json) {
		path.setText(json.toString());
		choose(Source.FILE);
	}

	private void update() {
		skeleton = null;
		String problem = null;
		try {
			if (empty.getSelection()) {
				skeleton = LabelsFactory.eINSTANCE.createSkeleton();
				skeleton.setName("Skeleton-0");
			} else if (template.getSelection()) {
				skeleton = templates.get(templateChoice.getSelectionIndex()).load();
			} else if (path.getText().isBlank()) {
				problem = "Choose a SLEAP skeleton JSON file";
			} else {
				skeleton = SkeletonJson.read(Path.of(path.getText().strip()));
			}
		} catch (LabelsFileException | java.nio.file.InvalidPathException e) {
			problem = e.getMessage();
		}
		nodes.removeAll();
		if (skeleton != null) {
			skeleton.getNodes().stream().map(Node::getName).forEach(nodes::add);
			summary.setText(skeleton.getNodes().isEmpty() ? "No nodes yet: add them in the Skeleton view"
					: skeleton.getNodes().size() + " nodes, " + skeleton.getEdges().size() + " edges, "
							+ skeleton.getSymmetries().size() + " symmetries");
		} else {
			summary.setText("");
		}
		setErrorMessage(problem);
		setPageComplete(skeleton != null);
	}

	/** @return the chosen skeleton (a new object), or null while the choice is not valid */
	public Skeleton skeleton() {
		return skeleton;
	}
}
