// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.wizard;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.events.FocusAdapter;
import org.eclipse.swt.events.FocusEvent;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The label and widget of one {@link Setting}: a text for numbers ("auto" for an automatic value), a check box,
 * or a combo of the skeleton's nodes. Every change is written into the model's JSON tree at once; a value that
 * does not read leaves the tree as it was and becomes the field's {@link #error()}.
 */
final class SettingField {
	/** The anchor-part choice meaning "no anchor part". */
	static final String NO_NODE = "(none: centre of the visible points)";
	private final Setting setting;
	private final String head;
	private final TrainingSetup setup;
	private final Control control;
	private String error;
	private boolean loading;

	SettingField(Composite parent, Setting setting, String head, TrainingSetup setup) {
		this.setting = setting;
		this.head = head;
		this.setup = setup;
		Label label = new Label(parent, SWT.NONE);
		label.setText(setting.label() + ":");
		label.setToolTipText(setting.help());
		control = switch (setting.kind()) {
		case BOOL -> new Button(parent, SWT.CHECK);
		case NODE -> new Combo(parent, SWT.READ_ONLY);
		default -> new Text(parent, SWT.BORDER);
		};
		control.setToolTipText(setting.help() + "\n(" + setting.field(head) + ")");
		control.setData("setting", setting.field(head));
		GridDataFactory.swtDefaults().hint(setting.kind() == Setting.Kind.NODE ? 260 : 110, SWT.DEFAULT)
				.applyTo(control);
		load();
		if (control instanceof Text text) {
			text.addModifyListener(e -> write());
		} else if (control instanceof Button check) {
			check.addListener(SWT.Selection, e -> write());
		} else if (control instanceof Combo combo) {
			combo.addListener(SWT.Selection, e -> write());
		}
	}

	void onFocus(Runnable action) {
		control.addFocusListener(new FocusAdapter() {
			@Override
			public void focusGained(FocusEvent e) {
				action.run();
			}
		});
	}

	/** @return why the typed value cannot be read, or null */
	String error() {
		return error;
	}

	/** Shows the tree's value. */
	void load() {
		JsonNode value = setup.tree(head).at(setting.pointersFor(head).get(0));
		loading = true;
		try {
			if (control instanceof Button check) {
				check.setSelection(value.asBoolean(false));
			} else if (control instanceof Combo combo) {
				List<String> items = new ArrayList<>(List.of(NO_NODE));
				items.addAll(setup.nodes());
				String part = value.isTextual() ? value.asText() : null;
				if (part != null && !items.contains(part)) {
					items.add(part);
				}
				combo.setItems(items.toArray(String[]::new));
				combo.select(part == null ? 0 : items.indexOf(part));
			} else {
				((Text) control).setText(value.isMissingNode() || value.isNull() ? "auto" : text(value));
			}
			error = null;
		} finally {
			loading = false;
		}
	}

	/** @return a number as people write it: 0.0001, not 1.0E-4; whole numbers without a fraction */
	private static String text(JsonNode value) {
		if (value.isFloatingPointNumber()) {
			String plain = value.decimalValue().stripTrailingZeros().toPlainString();
			return plain.contains(".") ? plain : plain + ".0";
		}
		return value.asText();
	}

	private void write() {
		if (loading) {
			return;
		}
		error = null;
		for (String pointer : setting.pointersFor(head)) {
			int slash = pointer.lastIndexOf('/');
			JsonNode parentNode = setup.tree(head).at(pointer.substring(0, slash));
			if (!(parentNode instanceof ObjectNode parent)) {
				error = setting.label() + ": " + setting.field(head) + " is not in this configuration";
				break;
			}
			String key = pointer.substring(slash + 1);
			if (!put(parent, key)) {
				break;
			}
		}
		setup.changed();
	}

	private boolean put(ObjectNode parent, String key) {
		if (control instanceof Button check) {
			parent.put(key, check.getSelection());
			return true;
		}
		if (control instanceof Combo combo) {
			String item = combo.getText();
			if (item.equals(NO_NODE) || item.isEmpty()) {
				parent.putNull(key);
			} else {
				parent.put(key, item);
			}
			return true;
		}
		String text = ((Text) control).getText().strip();
		try {
			switch (setting.kind()) {
			case AUTO_INT -> {
				if (text.isEmpty() || text.equalsIgnoreCase("auto")) {
					parent.putNull(key);
				} else {
					parent.put(key, Integer.parseInt(text));
				}
			}
			case INT -> parent.put(key, Integer.parseInt(text));
			default -> {
				double value = Double.parseDouble(text);
				if (!Double.isFinite(value)) {
					throw new NumberFormatException();
				}
				parent.put(key, value);
			}
			}
			return true;
		} catch (NumberFormatException e) {
			error = setting.label() + ": '" + text + "' is not " + switch (setting.kind()) {
			case AUTO_INT -> "a whole number or auto";
			case INT -> "a whole number";
			default -> "a number";
			};
			return false;
		}
	}
}
