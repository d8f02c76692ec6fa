// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.wizard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.nn.ComputeDevice;
import org.myrmex.nn.config.Pipeline;
import org.myrmex.nn.config.TrainingConfigException;
import org.myrmex.nn.config.TrainingProfile;
import org.myrmex.nn.config.TrainingProfiles;
import org.myrmex.training.ui.internal.predict.AfterTraining;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.widgets.Widgets;

/**
 * The training wizard's first page: the labels, the pipeline (single animal, top-down, bottom-up), a profile
 * (built-in, saved, or a loaded {@code training_config.json}) and where TensorFlow runs.
 */
final class StartPage extends WizardPage {
	private static final String[] DEVICES = { "Auto (a GPU when there is one)", "CPU", "GPU" };
	private final TrainingSetup setup;
	private final LabelsEditor editor;
	private final List<TrainingProfile> loaded = new ArrayList<>();
	private final Map<Pipeline, Button> pipelines = new EnumMap<>(Pipeline.class);
	private List<TrainingProfile> shown = List.of();
	private Text labels;
	private Label summary;
	private Combo profiles;
	private Runnable profileApplied = () -> {
	};

	StartPage(TrainingSetup setup, LabelsEditor editor) {
		super("start");
		this.setup = setup;
		this.editor = editor;
		setTitle("Train Model");
		setDescription("Choose the labels, the kind of model and a profile to start from.");
	}

	/** @param action run after a profile replaced the setup's values */
	void onProfileApplied(Runnable action) {
		profileApplied = action;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(3, false));
		new Label(page, SWT.NONE).setText("&Labels:");
		labels = new Text(page, SWT.BORDER | SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(labels);
		Widgets.button(page, "&Browse...", this::browse);
		new Label(page, SWT.NONE);
		summary = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).hint(420, SWT.DEFAULT).applyTo(summary);
		new Label(page, SWT.NONE).setText("Pipeline:");
		Composite radios = new Composite(page, SWT.NONE);
		radios.setLayout(new GridLayout(1, false));
		GridDataFactory.fillDefaults().span(2, 1).applyTo(radios);
		radio(radios, Pipeline.TOP_DOWN, "&Top-down: a centroid model finds each animal, a centred-instance model "
				+ "its parts (many animals)");
		radio(radios, Pipeline.BOTTOM_UP, "Bottom-&up: one model finds all parts and groups them (many animals)");
		radio(radios, Pipeline.SINGLE, "&Single animal: one model, one animal per frame");
		new Label(page, SWT.NONE).setText("&Profile:");
		profiles = new Combo(page, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(profiles);
		profiles.addListener(SWT.Selection, e -> applyProfile());
		Widgets.button(page, "&Load Configuration...", this::loadConfiguration);
		new Label(page, SWT.NONE).setText("&Run on:");
		Combo device = new Combo(page, SWT.READ_ONLY);
		device.setItems(DEVICES);
		device.select(0);
		device.addListener(SWT.Selection, e -> setup.setDevice(ComputeDevice.values()[device.getSelectionIndex()]));
		new Label(page, SWT.NONE);
		if (editor != null) {
			new Label(page, SWT.NONE).setText("&Then predict:");
			Combo after = new Combo(page, SWT.READ_ONLY);
			after.setItems(java.util.Arrays.stream(AfterTraining.values()).map(AfterTraining::label)
					.toArray(String[]::new));
			after.select(0);
			after.setToolTipText("Once every model has trained, predict these frames with the new models "
					+ "(one undoable edit in the editor)");
			after.addListener(SWT.Selection,
					e -> setup.setAfterTraining(AfterTraining.values()[after.getSelectionIndex()]));
			new Label(page, SWT.NONE);
		}
		Composite saving = new Composite(page, SWT.NONE);
		saving.setLayout(new GridLayout(1, false));
		GridDataFactory.fillDefaults().span(3, 1).grab(true, true).align(SWT.FILL, SWT.END).applyTo(saving);
		SaveButtons.create(saving, setup);
		setControl(page);
		pipelines.get(setup.pipeline()).setSelection(true);
		listProfiles(setup.profileName());
		if (editor != null) {
			useLabels(editor.file(), LabelsSummary.of(editor.labels(), editor.file()));
		} else {
			check();
		}
	}

	private void radio(Composite parent, Pipeline pipeline, String text) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		button.setData("pipeline", pipeline.key());
		button.addListener(SWT.Selection, e -> {
			if (button.getSelection() && setup.pipeline() != pipeline) {
				setup.setPipeline(pipeline);
				listProfiles(null);
				applyProfile();
			}
		});
		pipelines.put(pipeline, button);
	}

	/** Fills the profile list with the pipeline's profiles, selecting {@code name} (or the first). */
	private void listProfiles(String name) {
		List<TrainingProfile> all = new ArrayList<>(TrainingProfiles.builtIn());
		all.addAll(TrainingProfiles.saved(SaveButtons.profilesFolder()));
		all.addAll(loaded);
		shown = all.stream().filter(p -> p.pipeline() == setup.pipeline()).toList();
		profiles.setItems(shown.stream().map(TrainingProfile::label).toArray(String[]::new));
		int index = 0;
		for (int i = 0; i < shown.size(); i++) {
			if (shown.get(i).name().equals(name)) {
				index = i;
			}
		}
		profiles.select(index);
	}

	private void applyProfile() {
		int index = profiles.getSelectionIndex();
		if (index >= 0) {
			setup.apply(shown.get(index));
			profileApplied.run();
		}
	}

	private void loadConfiguration() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("Load Training Configuration");
		dialog.setFilterExtensions(new String[] { "*.json", "*" });
		String chosen = dialog.open();
		if (chosen != null) {
			load(Path.of(chosen));
		}
	}

	/** Loads a {@code training_config.json} as a profile and applies it; a bad file is the page's error. */
	void load(Path file) {
		try {
			TrainingProfile profile = TrainingProfiles.load(file);
			loaded.add(profile);
			pipelines.forEach((p, b) -> b.setSelection(p == profile.pipeline()));
			setup.setPipeline(profile.pipeline());
			listProfiles(profile.name());
			profiles.select(shown.indexOf(profile));
			applyProfile();
		} catch (TrainingConfigException e) {
			setErrorMessage(e.getMessage());
		}
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setText("Labels to Train On");
		dialog.setFilterExtensions(new String[] { "*.slp", "*" });
		String chosen = dialog.open();
		if (chosen != null) {
			read(Path.of(chosen));
		}
	}

	/** Reads a labels file in a job and takes it when read. */
	void read(Path file) {
		labels.setText(file.toString());
		summary.setText("Reading...");
		Job job = Job.create("Reading " + file.getFileName(), monitor -> {
			LabelsSummary read;
			try {
				read = LabelsSummary.of(LabelsFiles.load(file, monitor), file);
			} catch (LabelsFileException e) {
				read = new LabelsSummary(List.of(), 0, 0, 0, e.getMessage());
			}
			LabelsSummary result = read;
			if (!labels.isDisposed()) {
				labels.getDisplay().asyncExec(() -> {
					if (!labels.isDisposed()) {
						useLabels(file, result);
					}
				});
			}
			return Status.OK_STATUS;
		});
		job.schedule();
	}

	private void useLabels(Path file, LabelsSummary read) {
		labels.setText(file.toString());
		summary.setText(read.problem() == null ? read.describe() : "");
		setup.setLabels(file, read.nodes(), read.problem());
		check();
	}

	/** Shows the labels' problem, or a warning about unsaved edits. */
	void check() {
		if (getControl() == null || getControl().isDisposed()) {
			return;
		}
		setErrorMessage(setup.labelsProblem());
		if (editor != null && editor.isDirty()) {
			setMessage("The labels have unsaved changes: Finish saves them before training.",
					IMessageProvider.WARNING);
		} else {
			setMessage(getDescription());
		}
		setPageComplete(setup.labelsProblem() == null);
	}
}
