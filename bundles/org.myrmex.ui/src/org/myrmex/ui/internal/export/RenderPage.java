// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.export;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.ui.internal.widgets.Widgets;
import org.myrmex.video.render.LabelledVideoRenderer;
import org.myrmex.video.render.RenderOptions;
import org.myrmex.video.render.RenderOptions.ColourBy;

/**
 * The Video Clip wizard's page: which video and frames (those holding instances, a range — by default the
 * timeline's selection or 300 frames from the current one —, or all), how to draw (colour by, node size, edges,
 * track trails, frame numbers, scale), quality and frame rate, and the MP4 to write.
 */
public final class RenderPage extends WizardPage {
	private final ExportSource source;
	private final int[] range;
	private Combo video;
	private Button labelled;
	private Button between;
	private Button all;
	private Spinner first;
	private Spinner last;
	private Combo colourBy;
	private Spinner nodeSize;
	private Button edges;
	private Spinner trail;
	private Button frameNumbers;
	private Spinner scale;
	private Spinner crf;
	private Spinner fps;
	private Text output;
	private boolean outputEdited;
	private boolean updating;

	/** @param range the frames first offered, {first, last} */
	RenderPage(ExportSource source, int[] range) {
		super("render");
		this.source = source;
		this.range = range;
		setTitle("Export Video Clip");
		setDescription("Render frames with their instances drawn as the editor draws them, as myrmex render does");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(page);
		ExportSource.labelsRow(page, source);
		new Label(page, SWT.NONE).setText("Video:");
		video = new Combo(page, SWT.READ_ONLY);
		for (Video v : source == null ? List.<Video>of() : source.labels().getVideos()) {
			video.add(video.getItemCount() + ": " + Path.of(v.getFilename().replace('\\', '/')).getFileName());
		}
		video.select(source != null && source.editor() != null
				? Math.max(0, source.labels().getVideos().indexOf(source.editor().video())) : 0);
		video.addListener(SWT.Selection, e -> update());
		GridDataFactory.fillDefaults().span(2, 1).applyTo(video);

		Group frames = group(page, "Frames", 5);
		labelled = radio(frames, "Frames that hold instances", 5);
		between = radio(frames, "From", 1);
		first = spinner(frames, range[0], 0, Integer.MAX_VALUE);
		new Label(frames, SWT.NONE).setText("to");
		last = spinner(frames, range[1], 0, Integer.MAX_VALUE);
		new Label(frames, SWT.NONE).setText("(inclusive)");
		all = radio(frames, "All frames of the video", 5);
		between.setSelection(true);

		Group drawing = group(page, "Drawing", 4);
		new Label(drawing, SWT.NONE).setText("Colour by:");
		colourBy = new Combo(drawing, SWT.READ_ONLY);
		for (ColourBy by : ColourBy.values()) {
			colourBy.add(by.id());
		}
		colourBy.select(0);
		new Label(drawing, SWT.NONE).setText("Node size (px):");
		nodeSize = spinner(drawing, RenderOptions.defaults().nodeRadius(), 1, 100);
		new Label(drawing, SWT.NONE).setText("Track trails (frames):");
		trail = spinner(drawing, 0, 0, 10_000);
		new Label(drawing, SWT.NONE).setText("Scale (%):");
		scale = spinner(drawing, 100, 5, 400);
		edges = check(drawing, "Edges", true);
		frameNumbers = check(drawing, "Frame numbers", false);

		Group encoding = group(page, "Encoding (H.264)", 4);
		new Label(encoding, SWT.NONE).setText("Quality (crf, 0 = lossless):");
		crf = spinner(encoding, RenderOptions.defaults().crf(), 0, 51);
		new Label(encoding, SWT.NONE).setText("Frames/s (0 = the video's):");
		fps = spinner(encoding, 0, 0, 1000);

		new Label(page, SWT.NONE).setText("File:");
		output = new Text(page, SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(output);
		output.addListener(SWT.Modify, e -> {
			if (!updating) {
				outputEdited = true;
				update();
			}
		});
		Widgets.button(page, "&Browse...", this::browse);
		setControl(page);
		update();
	}

	/** @return the render the fields describe, on {@code labels} (the source's own, or a snapshot) */
	LabelledVideoRenderer.Request request(Labels labels) {
		RenderOptions options = new RenderOptions(ColourBy.values()[colourBy.getSelectionIndex()],
				nodeSize.getSelection(), edges.getSelection(), trail.getSelection(), frameNumbers.getSelection(),
				scale.getSelection() / 100.0, crf.getSelection(), fps.getSelection());
		return new LabelledVideoRenderer.Request(labels, source.file(), video.getSelectionIndex(), frames(labels),
				options, Path.of(output.getText().trim()));
	}

	private List<Integer> frames(Labels labels) {
		Video chosen = labels.getVideos().get(video.getSelectionIndex());
		if (labelled.getSelection()) {
			return LabelledVideoRenderer.labelledFrames(labels, chosen);
		}
		int from = all.getSelection() ? 0 : first.getSelection();
		int to = all.getSelection() ? frameCount(chosen) - 1 : last.getSelection();
		List<Integer> frames = new ArrayList<>();
		for (int f = from; f <= to; f++) {
			frames.add(f);
		}
		return frames;
	}

	private int frameCount(Video chosen) {
		if (source.editor() != null && source.editor().video() == source.labels().getVideos().get(
				video.getSelectionIndex())) {
			return source.editor().frameCount();
		}
		return chosen.getFrameCount();
	}

	/** Fills in the default file name and says what is wrong, if anything. */
	private void update() {
		if (source == null) {
			setPageComplete(false);
			setErrorMessage("Open labels in an editor, or select a labels file in the Project Explorer, then export");
			return;
		}
		first.setEnabled(between.getSelection());
		last.setEnabled(between.getSelection());
		if (!outputEdited) {
			int v = video.getSelectionIndex();
			updating = true;
			output.setText(LabelledVideoRenderer.defaultOutput(source.file(), v, source.labels().getVideos().get(v))
					.toString());
			updating = false;
		}
		String problem = problem();
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	private String problem() {
		try {
			Path out = Path.of(output.getText().trim());
			if (output.getText().isBlank() || !out.isAbsolute() || !Files.isDirectory(out.getParent())) {
				return "Choose a file in an existing folder";
			}
			if (Files.isDirectory(out)) {
				return out + " is a folder";
			}
			request(source.labels());
			return null;
		} catch (IllegalArgumentException e) { // InvalidPathException too
			return e instanceof InvalidPathException ? "Not a file name: " + e.getMessage() : e.getMessage();
		}
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.mp4", "*" });
		dialog.setFileName(Path.of(output.getText()).getFileName().toString());
		String chosen = dialog.open();
		if (chosen != null) {
			output.setText(chosen);
		}
	}

	/** @return the output field */
	public Text output() {
		return output;
	}

	/** @return the first and last frame fields of the range */
	public Spinner[] range() {
		return new Spinner[] { first, last };
	}

	private Group group(Composite page, String title, int columns) {
		Group group = new Group(page, SWT.NONE);
		group.setText(title);
		GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
		GridDataFactory.fillDefaults().span(3, 1).applyTo(group);
		return group;
	}

	private Button radio(Composite parent, String text, int span) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		button.addListener(SWT.Selection, e -> update());
		GridDataFactory.fillDefaults().span(span, 1).applyTo(button);
		return button;
	}

	private Button check(Composite parent, String text, boolean selected) {
		Button button = new Button(parent, SWT.CHECK);
		button.setText(text);
		button.setSelection(selected);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
		return button;
	}

	private Spinner spinner(Composite parent, int value, int min, int max) {
		Spinner spinner = new Spinner(parent, SWT.BORDER);
		spinner.setValues(value, min, max, 0, 1, 10);
		spinner.addListener(SWT.Modify, e -> update());
		return spinner;
	}
}
