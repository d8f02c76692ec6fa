// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.wizard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/**
 * One page of one model's settings (Data, Optimisation, Augmentation, Backbone or Heads): a field per setting with
 * its help text below the fields, checked as it is typed. A value that cannot be read is an error on the page; a
 * value that reads but cannot train (a crop size not a multiple of the max stride, an anchor part not in the
 * skeleton) is an error where it is set and a warning on the model's other pages; either blocks Finish.
 */
final class SettingsPage extends WizardPage {
	private final TrainingSetup setup;
	private final String head;
	private final SettingsPages kind;
	private final Map<Setting, SettingField> fields = new LinkedHashMap<>();
	private Text help;

	SettingsPage(TrainingSetup setup, String head, SettingsPages kind) {
		super(head + "." + kind.name().toLowerCase());
		this.setup = setup;
		this.head = head;
		this.kind = kind;
		setTitle(modelTitle(head) + " — " + kind.title());
		setDescription(kind.description());
		setup.addListener(this::check);
	}

	static String modelTitle(String head) {
		return switch (head) {
		case "centroid" -> "Centroid model";
		case "centered_instance" -> "Centred-instance model";
		case "multi_instance" -> "Bottom-up model";
		default -> "Single-instance model";
		};
	}

	/** @return the head key of the model this page sets up */
	String head() {
		return head;
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(1, false));
		ScrolledComposite scroll = new ScrolledComposite(page, SWT.V_SCROLL);
		GridDataFactory.fillDefaults().grab(true, true).hint(720, 420).applyTo(scroll);
		scroll.setShowFocusedControl(true);
		Composite grid = new Composite(scroll, SWT.NONE);
		List<Setting> all = kind.settings(head);
		grid.setLayout(new GridLayout(all.size() > 12 ? 4 : 2, false)); // long pages: two settings a row
		for (Setting setting : all) {
			SettingField field = new SettingField(grid, setting, head, setup);
			field.onFocus(() -> help.setText(setting.label() + " (" + setting.field(head) + "): " + setting.help()));
			fields.put(setting, field);
		}
		scroll.setContent(grid);
		scroll.setExpandHorizontal(true);
		scroll.setExpandVertical(true);
		scroll.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		help = new Text(page, SWT.WRAP | SWT.READ_ONLY | SWT.MULTI);
		GridDataFactory.fillDefaults().grab(true, false).hint(720, 52).applyTo(help);
		help.setText("Click a field for its help; every field also explains itself in its tooltip.");
		new Label(page, SWT.SEPARATOR | SWT.HORIZONTAL).setLayoutData(GridDataFactory.fillDefaults().create());
		SaveButtons.create(page, setup);
		setControl(page);
		check();
	}

	/** Shows the values of the setup (after a profile was chosen). */
	void load() {
		fields.values().forEach(SettingField::load);
		check();
	}

	/** @return whether every field reads */
	boolean fieldsRead() {
		return fields.values().stream().allMatch(f -> f.error() == null);
	}

	private void check() {
		if (getControl() == null || getControl().isDisposed()) {
			return;
		}
		for (SettingField field : fields.values()) {
			if (field.error() != null) {
				setErrorMessage(field.error());
				setPageComplete(false);
				return;
			}
		}
		setPageComplete(true);
		List<String> problems = setup.problems(head);
		String here = problems.stream().filter(this::isOnThisPage).findFirst().orElse(null);
		setErrorMessage(here);
		if (here == null && !problems.isEmpty()) {
			setMessage(problems.get(0), IMessageProvider.WARNING);
		} else {
			setMessage(kind.description());
		}
	}

	private boolean isOnThisPage(String problem) {
		return fields.keySet().stream().flatMap(s -> s.pointersFor(head).stream())
				.anyMatch(p -> problem.startsWith(p.substring(1).replace('/', '.')));
	}
}
