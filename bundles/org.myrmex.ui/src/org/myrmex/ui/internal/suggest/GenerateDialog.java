// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.suggest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.myrmex.analysis.suggest.SuggestionMethod;

/**
 * The settings of a suggestion run: method, how many frames (per video or in all), seed, image-feature settings,
 * threshold, and the model folders active learning predicts with (the project's runs, or folders added).
 */
public final class GenerateDialog extends TitleAreaDialog {
	public static final String TITLE = "Generate Suggestions";

	private final Path labelsFile;
	private GenerateSettings settings;
	private List<Path> models;
	private Combo method;
	private Spinner count;
	private Button perVideo;
	private Spinner seed;
	private Combo features;
	private Spinner clusters;
	private Spinner components;
	private Text threshold;
	private ModelList modelList;

	public GenerateDialog(Shell parent, Path labelsFile, GenerateSettings settings, List<Path> models) {
		super(parent);
		this.labelsFile = labelsFile;
		this.settings = settings;
		this.models = models;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Suggest frames to label");
		setMessage("Frames that hold user instances are never suggested. Prediction score, velocity and instance "
				+ "count need predictions; active learning needs a trained model.");
		Composite body = new Composite(area, SWT.NONE);
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		body.setLayout(new GridLayout(4, false));
		method = combo(body, "Method:", 3);
		for (SuggestionMethod m : SuggestionMethod.values()) {
			method.add(m.label());
		}
		method.select(settings.method().ordinal());
		count = spinner(body, "Frames:", 1, 1_000_000, settings.count());
		Composite scope = new Composite(body, SWT.NONE);
		scope.setLayout(new GridLayout(2, false));
		scope.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		perVideo = new Button(scope, SWT.RADIO);
		perVideo.setText("per video");
		Button inAll = new Button(scope, SWT.RADIO);
		inAll.setText("in all videos");
		perVideo.setSelection(settings.perVideo());
		inAll.setSelection(!settings.perVideo());
		seed = spinner(body, "Seed:", 0, Integer.MAX_VALUE, (int) settings.seed());
		threshold = new Text(label(body, "Threshold:"), SWT.BORDER);
		threshold.setText(Double.toString(settings.threshold()));
		threshold.setToolTipText("Prediction score: only instances scoring below it (0: any); velocity: the jump in "
				+ "standard deviations");
		threshold.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		features = combo(body, "Image features:", 1);
		features.add("hog");
		features.add("brisk");
		features.select("brisk".equals(settings.features()) ? 1 : 0);
		clusters = spinner(body, "Clusters:", 1, 1000, settings.clusters());
		components = spinner(body, "PCA components:", 1, 1000, settings.components());
		new Label(body, SWT.NONE);
		new Label(body, SWT.NONE);
		modelList = new ModelList(body, labelsFile, models);
		modelList.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 4, 1));
		return area;
	}

	private static Composite label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
		return parent;
	}

	private static Combo combo(Composite parent, String text, int span) {
		Combo combo = new Combo(label(parent, text), SWT.READ_ONLY);
		combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, span, 1));
		return combo;
	}

	private static Spinner spinner(Composite parent, String text, int min, int max, int value) {
		Spinner spinner = new Spinner(label(parent, text), SWT.BORDER);
		spinner.setValues(Math.max(min, Math.min(max, value)), min, max, 0, 1, 10);
		spinner.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		return spinner;
	}

	@Override
	protected void okPressed() {
		double value;
		try {
			value = Double.parseDouble(threshold.getText().trim());
		} catch (NumberFormatException e) {
			setErrorMessage("The threshold must be a number, not '" + threshold.getText() + "'");
			return;
		}
		SuggestionMethod chosen = SuggestionMethod.values()[method.getSelectionIndex()];
		List<Path> checked = modelList.checked();
		if (chosen == SuggestionMethod.ACTIVE_LEARNING && checked.isEmpty()) {
			setErrorMessage("Active learning predicts with a trained model: check a model folder or add one");
			return;
		}
		settings = new GenerateSettings(chosen, count.getSelection(), perVideo.getSelection(), seed.getSelection(),
				features.getText(), clusters.getSelection(), components.getSelection(), value);
		models = new ArrayList<>(checked);
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Generate", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	/** @return the settings chosen (after OK) */
	public GenerateSettings settings() {
		return settings;
	}

	/** @return the model folders checked (after OK) */
	public List<Path> models() {
		return models;
	}

	/** @return the method combo (for tests) */
	public Combo methodCombo() {
		return method;
	}

	/** @return the frame count spinner (for tests) */
	public Spinner countSpinner() {
		return count;
	}
}
