// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.myrmex.io.export.ExportedInstances;
import org.myrmex.io.export.LabelsExport;
import org.myrmex.io.export.LabelsExport.Format;
import org.myrmex.model.Video;
import org.myrmex.ui.internal.widgets.Widgets;

/**
 * The Export wizard's page: format (one radio button per {@link Format}, so a new format shows up by itself), all
 * videos or one, which instances, and where. The output is a file where the export writes one, else a folder
 * where the files get SLEAP's names; by default the labels file's folder and names.
 */
public final class ExportPage extends WizardPage {
	private final ExportSource source;
	private final Map<Format, Button> formats = new EnumMap<>(Format.class);
	private final Map<ExportedInstances, Button> instances = new EnumMap<>(ExportedInstances.class);
	private Combo video;
	private Label outputLabel;
	private Text output;
	private Label files;
	private boolean outputEdited;
	private boolean updating;

	ExportPage(ExportSource source) {
		super("export");
		this.source = source;
		setTitle("Export Labels");
		setDescription("Write the labels as the seed's CSV, SLEAP's CSV or analysis HDF5, or COCO keypoints, as myrmex export does");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		ExportSource.labelsRow(page, source);

		Group formatGroup = group(page, "Format");
		for (Format format : Format.values()) {
			formats.put(format, radio(formatGroup, format.label(), format == Format.SEED_CSV));
		}
		new Label(page, SWT.NONE).setText("Videos:");
		video = new Combo(page, SWT.READ_ONLY);
		video.add("All videos");
		if (source != null) {
			List<Video> videos = source.labels().getVideos();
			for (int v = 0; v < videos.size(); v++) {
				video.add(v + ": " + Path.of(videos.get(v).getFilename().replace('\\', '/')).getFileName());
			}
		}
		video.select(0);
		video.addListener(SWT.Selection, e -> update());
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(video);
		Group instanceGroup = group(page, "Instances");
		for (ExportedInstances which : ExportedInstances.values()) {
			instances.put(which, radio(instanceGroup, which.label(), which == ExportedInstances.ALL));
		}
		outputLabel = new Label(page, SWT.NONE);
		output = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(output);
		output.addListener(SWT.Modify, e -> {
			if (!updating) {
				outputEdited = true;
				update();
			}
		});
		Widgets.button(page, "&Browse...", this::browse);
		files = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(500, SWT.DEFAULT).applyTo(files);
		setControl(page);
		update();
	}

	private static Group group(Composite page, String title) {
		Group group = new Group(page, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().applyTo(group);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(group);
		return group;
	}

	private Button radio(Composite parent, String text, boolean selected) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		button.setSelection(selected);
		button.addListener(SWT.Selection, e -> update());
		return button;
	}

	/** @return the format chosen */
	public Format format() {
		return formats.entrySet().stream().filter(e -> e.getValue().getSelection()).findFirst().orElseThrow().getKey();
	}

	/** @return the radio button of {@code format} */
	public Button formatButton(Format format) {
		return formats.get(format);
	}

	/** @return the radio button of {@code which} */
	public Button instancesButton(ExportedInstances which) {
		return instances.get(which);
	}

	/** @return the output field: a file, or a folder where the export writes several files */
	public Text output() {
		return output;
	}

	private ExportedInstances instances() {
		if (!format().choosesInstances()) {
			return ExportedInstances.ALL;
		}
		return instances.entrySet().stream().filter(e -> e.getValue().getSelection()).findFirst().orElseThrow().getKey();
	}

	/** @return the export the fields describe, on {@code labels} (the source's own, or a snapshot) */
	LabelsExport.Request request(org.myrmex.model.Labels labels) {
		String text = output.getText().trim();
		return new LabelsExport.Request(labels, source.file(), format(), video.getSelectionIndex() - 1, instances(),
				text.isEmpty() ? null : Path.of(text));
	}

	/** Shows the files the fields would write, or what is wrong with them. */
	private void update() {
		if (source == null) {
			setPageComplete(false);
			setErrorMessage("Open labels in an editor, or select a labels file in the Project Explorer, then export");
			return;
		}
		instances.values().forEach(b -> b.setEnabled(format().choosesInstances()));
		boolean several = format().perVideo() && video.getSelectionIndex() == 0 && source.labels().getVideos().size() > 1;
		outputLabel.setText(several ? "Folder:" : "File:");
		if (!outputEdited) {
			updating = true;
			LabelsExport.Request defaults = new LabelsExport.Request(source.labels(), source.file(), format(),
					video.getSelectionIndex() - 1, instances(), null);
			List<Path> targets = LabelsExport.targets(defaults);
			output.setText((several || targets.isEmpty() ? source.file().toAbsolutePath().getParent() : targets.get(0))
					.toString());
			updating = false;
		}
		String problem = problem(several);
		setErrorMessage(problem);
		setPageComplete(problem == null);
		outputLabel.getParent().layout();
	}

	private String problem(boolean several) {
		List<Path> targets;
		try {
			if (several && !Files.isDirectory(Path.of(output.getText().trim()))) {
				return "Choose an existing folder for the " + source.labels().getVideos().size() + " files";
			}
			targets = LabelsExport.targets(request(source.labels()));
		} catch (IllegalArgumentException e) { // InvalidPathException too
			files.setText("");
			return e.getMessage();
		}
		if (targets.isEmpty()) {
			return source.file().getFileName() + " has no videos to export";
		}
		files.setText("Writes " + targets.stream().map(Path::toString).collect(Collectors.joining(", ")));
		Path folder = targets.get(0).toAbsolutePath().getParent();
		return Files.isDirectory(folder) ? null : "The folder " + folder + " does not exist";
	}

	private void browse() {
		boolean folder = outputLabel.getText().startsWith("Folder");
		String chosen;
		if (folder) {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setFilterPath(output.getText());
			chosen = dialog.open();
		} else {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			String extension = format().extension();
			dialog.setFilterExtensions(new String[] { "*" + extension.substring(extension.lastIndexOf('.')), "*" });
			dialog.setFileName(Path.of(output.getText()).getFileName().toString());
			chosen = dialog.open();
		}
		if (chosen != null) {
			output.setText(chosen);
		}
	}
}
