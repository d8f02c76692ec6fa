// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.predict;

import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.myrmex.nn.ComputeDevice;
import org.myrmex.nn.predict.PredictionOptions;

/** The inference settings of the Predict wizard: peak threshold, max instances, batch size and device. */
final class SettingsFields {
	private final Text peakThreshold;
	private final Text maxInstances;
	private final Text batchSize;
	private final Combo device;

	/** The options typed, or why they are wrong. */
	record Parsed(PredictionOptions options, String problem) {
	}

	/** @param changed runs after every change */
	SettingsFields(Composite parent, Runnable changed) {
		Group group = new Group(parent, SWT.NONE);
		group.setText("Settings");
		GridLayoutFactory.swtDefaults().numColumns(4).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(group);
		PredictionOptions defaults = PredictionOptions.defaults();
		peakThreshold = field(group, "Peak &threshold:", Double.toString(defaults.peakThreshold()),
				"Minimum confidence of a peak, 0-1 (SLEAP's default 0.2)");
		maxInstances = field(group, "&Max instances:", "", "At most this many instances per frame; empty for no limit");
		batchSize = field(group, "&Batch size:", Integer.toString(defaults.batchSize()), "Frames per network call");
		new Label(group, SWT.NONE).setText("&Device:");
		device = new Combo(group, SWT.READ_ONLY);
		for (ComputeDevice value : ComputeDevice.values()) {
			device.add(value.name().toLowerCase(Locale.ROOT));
		}
		device.select(0);
		device.setToolTipText("auto: a GPU when there is one, else the CPU");
		peakThreshold.addModifyListener(e -> changed.run());
		maxInstances.addModifyListener(e -> changed.run());
		batchSize.addModifyListener(e -> changed.run());
		device.addModifyListener(e -> changed.run());
	}

	private static Text field(Composite parent, String label, String value, String help) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER);
		text.setText(value);
		text.setToolTipText(help);
		GridDataFactory.fillDefaults().grab(true, false).hint(80, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** @return the options typed, or the first problem */
	Parsed parse() {
		double threshold;
		try {
			threshold = Double.parseDouble(peakThreshold.getText().trim());
		} catch (NumberFormatException e) {
			threshold = Double.NaN;
		}
		if (!(threshold >= 0 && threshold <= 1)) {
			return new Parsed(null, "Peak threshold '" + peakThreshold.getText() + "' is not a number from 0 to 1");
		}
		Integer max = null;
		if (!maxInstances.getText().isBlank()) {
			max = positive(maxInstances.getText());
			if (max == null) {
				return new Parsed(null, "Max instances '" + maxInstances.getText()
						+ "' is not a whole number above 0 (leave it empty for no limit)");
			}
		}
		Integer batch = positive(batchSize.getText());
		if (batch == null) {
			return new Parsed(null, "Batch size '" + batchSize.getText() + "' is not a whole number above 0");
		}
		ComputeDevice where = ComputeDevice.values()[Math.max(0, device.getSelectionIndex())];
		return new Parsed(PredictionOptions.defaults().withPeakThreshold(threshold).withMaxInstances(max)
				.withBatchSize(batch).withDevice(where), null);
	}

	private static Integer positive(String text) {
		try {
			int value = Integer.parseInt(text.trim());
			return value > 0 ? value : null;
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** Sets the fields (for tests): null leaves one as it is. */
	void set(String threshold, String max, String batch) {
		if (threshold != null) {
			peakThreshold.setText(threshold);
		}
		if (max != null) {
			maxInstances.setText(max);
		}
		if (batch != null) {
			batchSize.setText(batch);
		}
	}
}
