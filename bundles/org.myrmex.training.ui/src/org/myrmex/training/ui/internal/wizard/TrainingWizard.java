// SPDX-License-Identifier: EPL-2.0
package org.myrmex.training.ui.internal.wizard;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.myrmex.nn.config.Pipeline;
import org.myrmex.nn.config.TrainingConfig;
import org.myrmex.nn.config.TrainingConfigException;
import org.myrmex.nn.config.TrainingConfigJson;
import org.myrmex.nn.train.Trainer;
import org.myrmex.nn.train.TrainingOptions;
import org.eclipse.swt.widgets.Display;
import org.myrmex.training.ui.internal.predict.AfterTraining;
import org.myrmex.training.ui.internal.predict.PredictJob;
import org.myrmex.training.ui.internal.session.TrainingSession;
import org.myrmex.training.ui.internal.session.TrainingSessions;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.project.WorkspaceFiles;

/**
 * Run › Train Model…: the labels, pipeline and profile, then five pages per model (top-down: centroid, then
 * centred instance). Finish writes each model's run folder with its {@code initial_config.json} and starts one
 * training job per model as one group, then shows the Training Monitor.
 */
public final class TrainingWizard extends Wizard {
	/** The Training Monitor view. */
	public static final String MONITOR = "org.myrmex.training.ui.views.monitor";
	private static final DateTimeFormatter RUN_TIME = DateTimeFormatter.ofPattern("yyMMdd_HHmmss");
	private final TrainingSetup setup = new TrainingSetup();
	private final LabelsEditor editor;
	private final Path file;
	private final List<SettingsPage> settings = new ArrayList<>();
	private StartPage start;
	private List<TrainingSession> started = List.of();
	private volatile PredictJob afterJob;

	/**
	 * @param editor the editor whose labels train, or null
	 * @param file   a labels file to train on when there is no editor, or null to choose one
	 */
	public TrainingWizard(LabelsEditor editor, Path file) {
		this.editor = editor;
		this.file = file;
		setWindowTitle("Train Model");
		setNeedsProgressMonitor(false);
		setHelpAvailable(false);
	}

	@Override
	public void addPages() {
		start = new StartPage(setup, editor);
		addPage(start);
		List<String> heads = new ArrayList<>();
		for (Pipeline pipeline : Pipeline.values()) {
			pipeline.heads().stream().filter(h -> !heads.contains(h)).forEach(heads::add);
		}
		for (String head : List.of("centroid", "centered_instance", "multi_instance", "single_instance")) {
			for (SettingsPages kind : SettingsPages.values()) {
				SettingsPage page = new SettingsPage(setup, head, kind);
				settings.add(page);
				addPage(page);
			}
		}
		start.onProfileApplied(() -> settings.forEach(SettingsPage::load));
		setup.addListener(() -> {
			if (getContainer() != null && getContainer().getCurrentPage() != null) {
				getContainer().updateButtons();
			}
		});
	}

	@Override
	public void createPageControls(org.eclipse.swt.widgets.Composite pageContainer) {
		super.createPageControls(pageContainer);
		if (editor == null && file != null) {
			start.read(file);
		}
	}

	/** @return the pages the chosen pipeline shows, in order */
	private List<IWizardPage> shownPages() {
		List<IWizardPage> pages = new ArrayList<>(List.of(start));
		for (String head : setup.pipeline().heads()) {
			settings.stream().filter(p -> p.head().equals(head)).forEach(pages::add);
		}
		return pages;
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		List<IWizardPage> pages = shownPages();
		int index = pages.indexOf(page);
		return index >= 0 && index + 1 < pages.size() ? pages.get(index + 1) : null;
	}

	@Override
	public IWizardPage getPreviousPage(IWizardPage page) {
		List<IWizardPage> pages = shownPages();
		int index = pages.indexOf(page);
		return index > 0 ? pages.get(index - 1) : null;
	}

	@Override
	public boolean canFinish() {
		return setup.firstProblem() == null && settings.stream()
				.filter(p -> setup.pipeline().heads().contains(p.head())).allMatch(SettingsPage::fieldsRead);
	}

	/** @return the sessions Finish started (empty before) */
	public List<TrainingSession> started() {
		return started;
	}

	/** Save Configuration… into {@code folder} without its folder dialog; @return the problem, or null */
	public String saveConfiguration(Path folder) {
		return SaveButtons.saveConfiguration(folder, setup);
	}

	/** Load Configuration… of {@code file} without its file dialog. */
	public void loadConfiguration(Path file) {
		start.load(file);
	}

	/** @return the first reason the set-up cannot train (what blocks Finish), or null */
	public String firstProblem() {
		return setup.firstProblem();
	}

	@Override
	public boolean performFinish() {
		if (editor != null && editor.isDirty()) {
			editor.doSave(new NullProgressMonitor());
			if (editor.isDirty()) {
				return false;
			}
		}
		String stamp = LocalDateTime.now().format(RUN_TIME);
		List<TrainingSession> sessions = new ArrayList<>();
		List<Path> created = new ArrayList<>();
		try {
			for (String head : setup.pipeline().heads()) {
				TrainingConfig config = setup.forTraining(head, stamp + "." + head);
				Path run = Trainer.defaultRunFolder(config, setup.labelsFile());
				if (Files.exists(run)) {
					throw new IOException("run folder " + run + " already exists");
				}
				Files.createDirectories(run);
				created.add(run);
				Path initial = run.resolve("initial_config.json");
				TrainingConfigJson.write(config, initial);
				sessions.add(new TrainingSession(SettingsPage.modelTitle(head), new TrainingOptions(initial,
						setup.labelsFile(), run, null, setup.device(), 0, false)));
			}
		} catch (IOException | TrainingConfigException e) {
			created.forEach(TrainingWizard::deleteQuietly);
			start.setErrorMessage("Cannot start training: " + e.getMessage());
			getContainer().showPage(start);
			return false;
		}
		started = List.copyOf(sessions);
		predictAfterwards(sessions);
		TrainingSessions.get().start(sessions);
		WorkspaceFiles.refresh(created.get(0).getParent());
		try {
			PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(MONITOR);
		} catch (PartInitException e) {
			// the runs train anyway; the monitor can be opened from Window › Show View
		}
		return true;
	}

	/** Once the group's last model has trained, predicts what the first page chose in the editor. */
	private void predictAfterwards(List<TrainingSession> sessions) {
		AfterTraining after = setup.afterTraining();
		if (editor == null || after == AfterTraining.NOTHING) {
			return;
		}
		List<Path> folders = sessions.stream().map(TrainingSession::runFolder).toList();
		Display display = getShell().getDisplay();
		TrainingSession last = sessions.get(sessions.size() - 1);
		boolean[] done = new boolean[1];
		last.addListener(session -> {
			if (session.state() == TrainingSession.State.COMPLETE && !done[0]) {
				done[0] = true;
				display.asyncExec(() -> {
					if (editor.getSite().getPage().findEditor(editor.getEditorInput()) == editor) {
						afterJob = after.start(editor, folders);
					}
				});
			}
		});
	}

	/** @return the prediction started after training, or null */
	public PredictJob afterJob() {
		return afterJob;
	}

	private static void deleteQuietly(Path run) {
		try (var files = Files.list(run)) {
			for (Path f : files.toList()) {
				Files.deleteIfExists(f);
			}
			Files.deleteIfExists(run);
		} catch (IOException e) {
			// left for the user; it holds no run
		}
	}
}
