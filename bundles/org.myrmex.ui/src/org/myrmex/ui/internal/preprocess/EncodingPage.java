// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.preprocess;

import org.eclipse.jface.dialogs.IDialogSettings;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.myrmex.video.preprocess.Crop;
import org.myrmex.video.preprocess.PreprocessOptions;
import org.myrmex.video.preprocess.Scale;

/**
 * The second page: the encoder settings of {@link PreprocessOptions} (SLEAP's defaults filled in), how seekable the
 * output is, and the optional crop, scale and grey.
 */
public class EncodingPage extends WizardPage {
	/** The seeking choices, in the order of the combo. */
	public enum Seeking {
		/** The encoder's own key-frame interval (smallest files). */
		ENCODER("Encoder's choice (smallest files)"),
		/** A key frame every {@link PreprocessOptions#SHORT_GOP} frames. */
		SHORT_GOP("Short GOP: a key frame every " + PreprocessOptions.SHORT_GOP + " frames"),
		/** Every frame a key frame: instant seeking, largest files. */
		ALL_INTRA("All-intra: every frame a key frame (instant seeking)"),
		/** A key frame every N frames. */
		CUSTOM("A key frame every N frames");

		private final String label;

		Seeking(String label) {
			this.label = label;
		}
	}

	private static final String CODEC = "codec";
	private static final String PIXEL_FORMAT = "pixelFormat";
	private static final String PRESET = "preset";
	private static final String CRF = "crf";
	private static final String SEEKING = "seeking";
	private static final String INTERVAL = "keyframeInterval";
	private static final String GREY = "grey";

	private Text codec;
	private Combo pixelFormat;
	private Combo preset;
	private Spinner crf;
	private Combo seeking;
	private Spinner interval;
	private Text crop;
	private Text scale;
	private Button grey;
	private Button overwrite;

	EncodingPage() {
		super("encoding", "Encoding", null);
		setDescription("SLEAP's recommended settings are filled in; crop, scale and grey are optional.");
	}

	@Override
	public void createControl(Composite parent) {
		PreprocessOptions defaults = PreprocessOptions.defaults();
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		codec = text(page, "&Encoder:", defaults.codec(), "An FFmpeg encoder; libx264 is SLEAP's");
		pixelFormat = combo(page, "&Pixel format:", SWT.DROP_DOWN, "yuv420p", "yuv444p", "gray");
		pixelFormat.setText(defaults.pixelFormat());
		preset = combo(page, "Pre&set:", SWT.READ_ONLY, PreprocessOptions.PRESETS.toArray(String[]::new));
		preset.select(PreprocessOptions.PRESETS.indexOf(defaults.preset()));
		new Label(page, SWT.NONE).setText("&Quality (crf):");
		crf = new Spinner(page, SWT.BORDER);
		crf.setValues(defaults.crf(), 0, 51, 0, 1, 5);
		crf.setToolTipText("0 is lossless, 51 the worst; 23 is SLEAP's");
		String[] choices = new String[Seeking.values().length];
		for (Seeking choice : Seeking.values()) {
			choices[choice.ordinal()] = choice.label;
		}
		seeking = combo(page, "See&king:", SWT.READ_ONLY, choices);
		seeking.select(Seeking.ENCODER.ordinal());
		new Label(page, SWT.NONE).setText("Key frame &every:");
		interval = new Spinner(page, SWT.BORDER);
		interval.setValues(PreprocessOptions.SHORT_GOP, 1, 100_000, 0, 1, 10);
		crop = text(page, "&Crop box:", "", "x,y,width,height in pixels, e.g. 100,50,1024,1024; empty keeps the frame");
		scale = text(page, "Sc&ale:", "", "WIDTHxHEIGHT (e.g. 512x512) or a factor (e.g. 0.5), after the crop; empty keeps the size");
		grey = check(page, "Convert to &grey");
		overwrite = check(page, "&Replace outputs that already exist (never an input)");
		restore(getDialogSettings());
		for (var widget : new org.eclipse.swt.widgets.Control[] { codec, pixelFormat, preset, crf, seeking, interval, crop,
				scale, grey, overwrite }) {
			widget.addListener(SWT.Modify, e -> validate());
			widget.addListener(SWT.Selection, e -> validate());
		}
		setControl(page);
		validate();
	}

	/** Fills the fields with the encoder settings of the last run (not its crop or scale, which suit one video). */
	private void restore(IDialogSettings settings) {
		if (settings == null || settings.get(CODEC) == null) {
			return;
		}
		codec.setText(settings.get(CODEC));
		pixelFormat.setText(String.valueOf(settings.get(PIXEL_FORMAT)));
		int presetIndex = PreprocessOptions.PRESETS.indexOf(settings.get(PRESET));
		if (presetIndex >= 0) {
			preset.select(presetIndex);
		}
		crf.setSelection(settings.getInt(CRF));
		seeking.select(Math.max(0, Math.min(Seeking.values().length - 1, settings.getInt(SEEKING))));
		interval.setSelection(settings.getInt(INTERVAL));
		grey.setSelection(settings.getBoolean(GREY));
	}

	/** Remembers the encoder settings for the next run. */
	void save() {
		IDialogSettings settings = getDialogSettings();
		if (settings == null) {
			return;
		}
		settings.put(CODEC, codec.getText().trim());
		settings.put(PIXEL_FORMAT, pixelFormat.getText().trim());
		settings.put(PRESET, preset.getText());
		settings.put(CRF, crf.getSelection());
		settings.put(SEEKING, seeking.getSelectionIndex());
		settings.put(INTERVAL, interval.getSelection());
		settings.put(GREY, grey.getSelection());
	}

	private static Text text(Composite page, String label, String value, String tip) {
		new Label(page, SWT.NONE).setText(label);
		Text text = new Text(page, SWT.BORDER);
		text.setText(value);
		text.setMessage(tip);
		text.setToolTipText(tip);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static Combo combo(Composite page, String label, int style, String... items) {
		new Label(page, SWT.NONE).setText(label);
		Combo combo = new Combo(page, style);
		combo.setItems(items);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
		return combo;
	}

	private static Button check(Composite page, String label) {
		Button button = new Button(page, SWT.CHECK);
		button.setText(label);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(button);
		return button;
	}

	/** Chooses how seekable the output is, as the combo does; {@code every} is used by {@link Seeking#CUSTOM}. */
	public void setSeeking(Seeking choice, int every) {
		seeking.select(choice.ordinal());
		interval.setSelection(every);
		validate();
	}

	/** Sets the crop box text ({@code x,y,width,height} or empty), as typing it does. */
	public void setCrop(String box) {
		crop.setText(box);
	}

	/** Sets the scale text ({@code WxH}, a factor, or empty), as typing it does. */
	public void setScale(String value) {
		scale.setText(value);
	}

	/** Ticks or clears "Convert to grey". */
	public void setGrey(boolean value) {
		grey.setSelection(value);
		validate();
	}

	/** Sets the crf, as the spinner does. */
	public void setCrf(int value) {
		crf.setSelection(value);
		validate();
	}

	/**
	 * @return the options these fields give, with {@code suffix}
	 * @throws IllegalArgumentException naming the field and value that are not right
	 */
	PreprocessOptions options(String suffix) {
		Seeking choice = seeking();
		PreprocessOptions options = PreprocessOptions.defaults().withCodec(codec.getText().trim())
				.withPixelFormat(pixelFormat.getText().trim()).withPreset(preset.getText()).withCrf(crf.getSelection())
				.withSuffix(suffix).withGrayscale(grey.getSelection()).withOverwrite(overwrite.getSelection());
		options = switch (choice) {
		case ENCODER -> options;
		case SHORT_GOP -> options.shortGop();
		case ALL_INTRA -> options.allIntra();
		case CUSTOM -> options.withKeyframeInterval(interval.getSelection());
		};
		if (!crop.getText().isBlank()) {
			options = options.withCrop(Crop.parse(crop.getText()));
		}
		if (!scale.getText().isBlank()) {
			options = options.withScale(Scale.parse(scale.getText()));
		}
		return options;
	}

	private Seeking seeking() {
		return Seeking.values()[Math.max(0, seeking.getSelectionIndex())];
	}

	private void validate() {
		interval.setEnabled(seeking() == Seeking.CUSTOM);
		try {
			options(PreprocessOptions.DEFAULT_SUFFIX);
			setErrorMessage(null);
			setPageComplete(true);
		} catch (IllegalArgumentException e) {
			setErrorMessage(capitalised(e.getMessage()));
			setPageComplete(false);
		}
	}

	private static String capitalised(String message) {
		return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
	}
}
