// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.internal.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EventObject;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ISelectionProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.part.EditorPart;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsLock;
import org.myrmex.model.Instance;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsPackage;
import org.myrmex.model.PredictedInstance;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.Skeleton;
import org.myrmex.model.edit.FrameInstances;
import org.myrmex.model.edit.InstanceCommands;
import org.myrmex.model.edit.NewInstancePose;
import org.myrmex.model.edit.LabelsEditing;
import org.myrmex.model.edit.PointCommands;
import org.myrmex.model.index.FrameIndex;
import org.myrmex.ui.internal.project.WorkspaceFiles;
import org.osgi.framework.FrameworkUtil;

/**
 * The labels editor: a labels file edited through an EMF editing domain, one video at a time on a
 * {@link VideoCanvas} with a {@link Timeline} under it. Every edit is a command on the domain's command
 * stack (undo, redo, dirty marker); frames decode in the background ({@link FrameLoader}); saves run as a
 * {@link SaveLabelsJob}; unsaved edits are journalled for crash recovery ({@link RecoveryJournal}).
 */
public class LabelsEditor extends EditorPart implements IEditingDomainProvider, CanvasHost {
	public static final String ID = "org.myrmex.ui.editors.labels";
	/** The key-binding context active while a labels editor is the active part. */
	public static final String CONTEXT = "org.myrmex.ui.contexts.labelsEditor";
	/** The id of the canvas's context menu, for menu contributions. */
	public static final String MENU = "org.myrmex.ui.editors.labels.canvas";
	/** What the canvas says when the project has no video. */
	public static final String NO_VIDEOS = "This labels file has no videos yet: add one in the Videos view";

	private AdapterFactoryEditingDomain domain;
	private Labels labels;
	private Path file;
	private FrameIndex index;
	private boolean restored;
	private boolean saving;
	private RecoveryJournal journal;
	private final CommandStackListener stackListener = this::commandStackChanged;
	private final List<Runnable> frameListeners = new ArrayList<>();
	private final InstanceSelection selection = new InstanceSelection();

	private VideoCanvas canvas;
	private Timeline timeline;
	private Label status;
	private FrameLoader loader;
	private final VideoSession session = new VideoSession();
	private Video video;
	/** The file {@link #video} was opened from, and whether its frames are decoded as grey. */
	private VideoFile openedAs;
	private boolean shownGrayscale;
	private int frame;
	private int shownFrame = -1;
	private Instance selected;
	/** The labels file's write lock, or null while another program holds it. */
	private LabelsLock lock;
	/** The program named in the lock of the files the workbench holds. */
	public static final String WORKBENCH = "the Myrmex workbench";
	/** The title of the warning shown when the file is held by another program. */
	public static final String LOCKED_TITLE = "Labels Open Elsewhere";

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof LabelsEditorInput labelsInput)) {
			throw new PartInitException("The labels editor opens labels files, not " + input.getName());
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		labels = labelsInput.labels();
		file = labelsInput.file();
		restored = labelsInput.restored();
		domain = LabelsEditing.createDomain(labels);
		domain.getCommandStack().addCommandStackListener(stackListener);
		index = FrameIndex.of(labels);
		site.setSelectionProvider(selection);
		LastActiveEditor.watch(site.getPage(), this);
		lock = writeLock(file, site, true);
	}

	/**
	 * Takes the labels file's write lock for as long as the editor is open, so another workbench or a command
	 * saving it is refused, naming this workbench. Held elsewhere, the editor opens all the same and says so: its
	 * saves are refused (naming the holder) until the other program lets go; Save As still works.
	 */
	private static LabelsLock writeLock(Path file, IEditorSite site, boolean warn) {
		try {
			return LabelsLock.acquire(file, WORKBENCH);
		} catch (LabelsFileException e) {
			if (!warn) {
				return null;
			}
			site.getShell().getDisplay().asyncExec(() -> MessageDialog.openWarning(site.getShell(), LOCKED_TITLE,
					e.getMessage() + ".\n\nYou can look at the labels and edit them; saving is refused until the other "
							+ "program has closed the file (Save As writes another file)."));
			return null;
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = layout.marginHeight = 0;
		layout.verticalSpacing = 2;
		parent.setLayout(layout);
		canvas = new VideoCanvas(parent, this);
		canvas.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		timeline = new Timeline(parent, this::showFrame);
		GridData timelineData = new GridData(SWT.FILL, SWT.END, true, false);
		timelineData.heightHint = Timeline.preferredHeight();
		timeline.control().setLayoutData(timelineData);
		EditorStrip.createAll(parent, this, strip -> {
			if (strip.getLayoutData() == null) {
				strip.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
			}
		});
		status = new Label(parent, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.END, true, false));
		MenuManager menu = new MenuManager("#Canvas", MENU);
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		canvas.control().setMenu(menu.createContextMenu(canvas.control()));
		getSite().registerContextMenu(MENU, menu, selection);
		getSite().getService(IContextService.class).activateContext(CONTEXT);
		loader = new FrameLoader(parent.getDisplay(), new FrameLoader.Consumer() {
			@Override
			public void previewDecoded(int index, org.eclipse.swt.graphics.ImageData image) {
				if (!canvas.control().isDisposed() && index == frame) {
					shownFrame = index;
					canvas.showImage(image, width(), height(), true);
					updateStatus();
				}
			}

			@Override
			public void frameDecoded(int index, org.eclipse.swt.graphics.ImageData image, FramePart part) {
				if (!canvas.control().isDisposed()) {
					shownFrame = index;
					canvas.showImage(image, part, width(), height(), false);
					updateStatus();
				}
			}

			@Override
			public void frameFailed(int index, String message) {
				if (!canvas.control().isDisposed()) {
					shownFrame = index;
					canvas.showMessage("Frame " + index + " cannot be shown: " + message, width(), height());
					updateStatus();
				}
			}
		});
		canvas.onSharperImageWanted(() -> {
			if (session.source() != null) {
				loader.request(frame, canvas.wantedPart());
			}
		});
		journal = newJournal();
		if (restored) {
			journal.schedule();
		}
		if (!labels.getVideos().isEmpty()) {
			setVideo(labels.getVideos().get(0));
		} else {
			canvas.showMessage(NO_VIDEOS, 0, 0);
			updateStatus();
		}
	}

	/** @return a journal of this editor's file that copies the labels while they have unsaved changes */
	private RecoveryJournal newJournal() {
		return new RecoveryJournal(file, registry(), canvas.control().getDisplay(),
				() -> isDirty() && !saving ? EcoreUtil.copy(labels) : null);
	}

	/** @return the workbench's folder that remembers which recovery journals exist */
	public static Path registry() {
		return Path.of(Platform.getStateLocation(FrameworkUtil.getBundle(LabelsEditor.class)).toOSString(),
				"recovery");
	}

	/** @return where seek proxies are kept: the workspace's metadata, like the videos' packet indexes */
	public static Path proxyFolder() {
		return Path.of(Platform.getStateLocation(FrameworkUtil.getBundle(LabelsEditor.class)).toOSString(),
				"seek-proxies");
	}

	/** @return the open video, or null while it opens or when it cannot be opened */
	public org.myrmex.video.VideoSource videoSource() {
		return session.source();
	}

	/** @return whether the video's seek proxy is ready (far jumps show its frame first) */
	public boolean hasSeekProxy() {
		return session.proxy() != null;
	}

	// ---- videos and frames

	/**
	 * Points missing videos at their files now (Replace Missing Videos), in one undoable command; the shown video
	 * is opened again from its new file.
	 */
	public void replaceVideos(java.util.Map<Video, Path> files) {
		org.eclipse.emf.common.command.CompoundCommand replace = new org.eclipse.emf.common.command.CompoundCommand(
				"Replace Missing Videos");
		files.forEach((missing, now) -> replace.append(
				SetCommand.create(domain, missing, LabelsPackage.Literals.VIDEO__FILENAME, now.toString())));
		domain.getCommandStack().execute(replace);
		if (files.containsKey(video)) {
			setVideo(video);
		}
	}

	/** Shows {@code newVideo} (one of the project's), opening it in the background; keeps its labels editable. */
	public void setVideo(Video newVideo) {
		openVideo(newVideo, 0);
	}

	/** Shows {@code newVideo} at frame {@code at}, opening it in the background. */
	private void openVideo(Video newVideo, int at) {
		if (!labels.getVideos().contains(newVideo)) {
			throw new IllegalArgumentException("not one of this project's videos: " + newVideo);
		}
		video = newVideo;
		openedAs = VideoFile.of(newVideo);
		frame = Math.max(0, at);
		shownFrame = -1;
		selected = null;
		loader.setSource(null, null);
		canvas.showMessage("Opening " + VideoSession.name(video) + "…", width(), height());
		refreshMarks();
		updateStatus();
		session.open(video, file, canvas.control().getDisplay(), (source, problem) -> {
			if (canvas.control().isDisposed() || video != newVideo) {
				return;
			}
			if (source == null) {
				shownFrame = frame;
				canvas.showMessage(problem, width(), height());
			} else {
				loader.setSource(source, colourMode(source));
				session.useProxy(video, proxyFolder(), canvas.control().getDisplay(), proxy -> {
					if (video == newVideo) {
						loader.setProxy(proxy);
					}
				});
			}
			refreshMarks();
			showFrame(frame);
		});
	}

	/** @return how the open video's frames are decoded: RGB for a colour video not set to grayscale */
	private org.myrmex.video.ColorMode colourMode(org.myrmex.video.VideoSource source) {
		shownGrayscale = video.isGrayscale();
		return source.channels() == 3 && !shownGrayscale ? org.myrmex.video.ColorMode.RGB
				: org.myrmex.video.ColorMode.GRAY;
	}

	/**
	 * After an edit, undo or redo that touched the videos: a removed video gives way to another (or to a message when
	 * none is left), a video pointed at another file is opened again at the same frame, a grayscale change decodes
	 * the frame again, and a project that had no video shows the first one added.
	 */
	private void followVideos() {
		if (video != null && !labels.getVideos().contains(video)) {
			if (labels.getVideos().isEmpty()) {
				closeVideo();
			} else {
				setVideo(labels.getVideos().get(0));
			}
		} else if (video == null && !labels.getVideos().isEmpty()) {
			setVideo(labels.getVideos().get(0));
		} else if (video != null && !VideoFile.of(video).equals(openedAs)) {
			openVideo(video, frame);
		} else if (video != null && video.isGrayscale() != shownGrayscale && session.source() != null) {
			loader.setSource(session.source(), colourMode(session.source()));
			loader.setProxy(session.proxy());
			loader.request(frame);
		}
	}

	/** Shows no video: the project has none left. */
	private void closeVideo() {
		video = null;
		openedAs = null;
		frame = 0;
		shownFrame = -1;
		selected = null;
		loader.setSource(null, null);
		session.close();
		timeline.setMarks(TimelineMarks.EMPTY);
		timeline.setCurrent(0);
		canvas.showMessage(NO_VIDEOS, 0, 0);
	}

	/** What a video is read from: when it changes, the video is opened again. */
	private record VideoFile(String filename, org.myrmex.model.VideoBackend backend, List<String> images,
			String dataset, String inputFormat) {
		static VideoFile of(Video video) {
			return new VideoFile(video.getFilename(), video.getBackend(), List.copyOf(video.getImageFilenames()),
					video.getDataset(), video.getInputFormat());
		}
	}

	/** Shows frame {@code index} of {@code target} (one of the project's videos), opening that video if needed. */
	public void show(Video target, int index) {
		if (target != video) {
			openVideo(target, index);
		} else {
			showFrame(index);
		}
	}

	/** @return the video shown */
	public Video video() {
		return video;
	}

	/** Shows frame {@code index} (clamped to the video), decoding it in the background. */
	public void showFrame(int index) {
		if (video == null) {
			return;
		}
		int clamped = Math.max(0, Math.min(frameCount() - 1, index));
		if (clamped != frame) {
			selected = null;
			selection.set(null);
		}
		frame = clamped;
		timeline.setCurrent(frame);
		if (session.source() != null) {
			loader.request(frame, canvas.wantedPart());
		} else {
			shownFrame = frame;
			canvas.redraw();
		}
		updateStatus();
		frameListeners.forEach(Runnable::run);
	}

	/** Moves {@code delta} frames. */
	public void step(int delta) {
		showFrame(frame + delta);
	}

	/** Goes to the next ({@code direction} > 0) or previous labelled frame, if there is one. */
	public void goToLabelled(int direction) {
		Optional<LabeledFrame> target = direction > 0 ? index.next(video, frame) : index.previous(video, frame);
		target.ifPresent(found -> showFrame(found.getFrameIndex()));
	}

	/** @return the frame asked for last */
	public int frameIndex() {
		return frame;
	}

	/** @return the frame whose image (or message) is on the canvas, -1 before the first */
	public int shownFrame() {
		return shownFrame;
	}

	/** @return the number of frames of the video shown (from the video file, else from the labels) */
	public int frameCount() {
		int count = session.source() != null ? session.source().frameCount() : video == null ? 0 : video.getFrameCount();
		Optional<LabeledFrame> last = video == null ? Optional.empty() : index.last(video);
		return Math.max(1, Math.max(count, last.map(f -> f.getFrameIndex() + 1).orElse(0)));
	}

	private int width() {
		return session.source() != null ? session.source().width() : video == null ? 0 : video.getWidth();
	}

	private int height() {
		return session.source() != null ? session.source().height() : video == null ? 0 : video.getHeight();
	}

	/**
	 * @return the frame's width and height; where neither the video nor the labels file knows them (a video
	 *         that cannot be opened), the extent of this frame's points, so that new instances land among them
	 */
	private double[] frameSize() {
		if (width() > 0 && height() > 0) {
			return new double[] { width(), height() };
		}
		double right = 0;
		double bottom = 0;
		for (Instance instance : shownInstances()) {
			org.myrmex.model.PointArray points = instance.getPoints();
			for (int node = 0; node < points.size(); node++) {
				if (Double.isFinite(points.x(node)) && Double.isFinite(points.y(node))) {
					right = Math.max(right, points.x(node));
					bottom = Math.max(bottom, points.y(node));
				}
			}
		}
		return new double[] { Math.max(64, right * 1.1), Math.max(64, bottom * 1.1) };
	}

	/** Runs {@code listener} whenever the frame changes (views that show the current frame). */
	public void addFrameListener(Runnable listener) {
		frameListeners.add(listener);
	}

	public void removeFrameListener(Runnable listener) {
		frameListeners.remove(listener);
	}

	// ---- instances on the canvas

	/** @return the labelled frame on the canvas, if the video has one there */
	public Optional<LabeledFrame> labeledFrame() {
		int at = shownFrame >= 0 ? shownFrame : frame;
		return video == null ? Optional.empty() : index.find(video, at);
	}

	@Override
	public List<Instance> shownInstances() {
		return labeledFrame().map(FrameInstances::shown).orElse(List.of());
	}

	/** @return the colour the canvas draws track {@code index} of the project in */
	public static org.eclipse.swt.graphics.RGB trackColour(int index) {
		return InstancePainter.trackColour(index);
	}

	@Override
	public int trackIndex(Track track) {
		return track == null ? -1 : labels.getTracks().indexOf(track);
	}

	@Override
	public Instance selected() {
		return selected;
	}

	@Override
	public void select(Instance instance) {
		selected = instance;
		selection.set(instance);
		canvas.redraw();
	}

	/** Selects the next ({@code direction} > 0) or previous instance of the frame, wrapping around. */
	public void cycleSelection(int direction) {
		List<Instance> instances = shownInstances();
		if (instances.isEmpty()) {
			return;
		}
		int at = instances.indexOf(selected);
		int next = at < 0 ? (direction > 0 ? 0 : instances.size() - 1)
				: Math.floorMod(at + Integer.signum(direction), instances.size());
		select(instances.get(next));
	}

	@Override
	public void moveNode(Instance instance, int node, double x, double y) {
		execute(PointCommands.moveNode(domain, instance, node, x, y));
	}

	@Override
	public void moveInstance(Instance instance, double dx, double dy) {
		execute(InstanceCommands.moveInstance(domain, instance, dx, dy));
	}

	@Override
	public void toggleNodeVisibility(Instance instance, int node) {
		execute(PointCommands.toggleVisibility(domain, instance, node));
	}

	@Override
	public void convertToUser(PredictedInstance instance) {
		execute(InstanceCommands.convertToUser(domain, instance));
	}

	/**
	 * Adds a user instance to the frame on the canvas, placed as SLEAP places one: copied from the previous
	 * labelled frame, else the mean pose, else spread out; centred on {@code centre} (frame coordinates) when
	 * given.
	 */
	public void newInstance(double[] centre) {
		if (video == null || labels.getSkeletons().isEmpty()) {
			return;
		}
		int at = shownFrame >= 0 ? shownFrame : frame;
		Skeleton skeleton = labels.getSkeletons().get(0);
		double[] size = frameSize();
		double w = size[0];
		double h = size[1];
		NewInstancePose pose = centre == null ? NewInstancePose.propose(labels, video, at, skeleton, w, h)
				: NewInstancePose.propose(labels, video, at, skeleton, centre[0], centre[1], w, h);
		execute(InstanceCommands.add(domain, labels, video, at, pose.createInstance()));
	}

	/** @return the frame point where the canvas menu was opened, or null when it was not opened there */
	public double[] takeMenuPoint() {
		return canvas.takeMenuPoint();
	}

	/** Deletes the selected instance. */
	public void deleteSelected() {
		if (selected != null && selected.eContainer() instanceof LabeledFrame) {
			execute(InstanceCommands.delete(domain, selected));
		}
	}

	/**
	 * Executes {@code command} on the command stack unless a save is running or it cannot execute.
	 *
	 * @return whether it ran
	 */
	public boolean execute(Command command) {
		if (saving) {
			status.setText("Saving " + file.getFileName() + " — edits wait until it is written");
			command.dispose();
			return false;
		}
		if (!command.canExecute()) {
			command.dispose();
			return false;
		}
		domain.getCommandStack().execute(command);
		return true;
	}

	public void undo() {
		if (!saving && domain.getCommandStack().canUndo()) {
			domain.getCommandStack().undo();
		}
	}

	public void redo() {
		if (!saving && domain.getCommandStack().canRedo()) {
			domain.getCommandStack().redo();
		}
	}

	private void commandStackChanged(EventObject event) {
		Display.getDefault().asyncExec(() -> {
			if (canvas == null || canvas.control().isDisposed()) {
				return;
			}
			Command last = domain.getCommandStack().getMostRecentCommand();
			if (!movesPointsOnly(last)) {
				followVideos();
				refreshMarks(); // one pass over the video's labelled frames: not on every drag
			}
			selectAffected(last == null ? List.of() : last.getAffectedObjects());
			canvas.redraw();
			updateStatus();
			firePropertyChange(PROP_DIRTY);
			frameListeners.forEach(Runnable::run);
			if (isDirty()) {
				journal.schedule();
			}
		});
	}

	/**
	 * @return whether {@code command} (done, undone or redone) only set an instance's points: no frame, instance or
	 *         video came or went
	 */
	public static boolean movesPointsOnly(Command command) {
		return command instanceof SetCommand set && set.getFeature() == LabelsPackage.Literals.INSTANCE__POINTS;
	}

	/** After an edit, undo or redo, selects the instance it touched (if on screen), or drops a stale selection. */
	private void selectAffected(Collection<?> affected) {
		List<Instance> shown = shownInstances();
		for (Object object : affected) {
			if (object instanceof Instance instance && shown.contains(instance)) {
				select(instance);
				return;
			}
		}
		if (selected != null && !shown.contains(selected)) {
			select(null);
		}
	}

	private void refreshMarks() {
		if (video != null && timeline != null) {
			timeline.setMarks(TimelineMarks.of(labels, index, video, frameCount()));
		}
	}

	private void updateStatus() {
		if (status == null || status.isDisposed()) {
			return;
		}
		int users = 0;
		int predicted = 0;
		for (Instance instance : shownInstances()) {
			if (instance instanceof UserInstance) {
				users++;
			} else {
				predicted++;
			}
		}
		status.setText(String.format("%s   frame %d / %d   %d user, %d predicted instances", VideoSession.name(video),
				frame, frameCount(), users, predicted));
	}

	// ---- saving

	@Override
	public boolean isDirty() {
		return restored || ((BasicCommandStack) domain.getCommandStack()).isSaveNeeded();
	}

	@Override
	public boolean isSaveAsAllowed() {
		return true;
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		if (!save(file)) {
			monitor.setCanceled(true);
		}
	}

	@Override
	public void doSaveAs() {
		FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
		dialog.setText("Save Labels As");
		dialog.setFilterExtensions(new String[] { "*.slp", "*.pkg.slp" });
		dialog.setFilterNames(new String[] { "SLEAP labels (*.slp)", "SLEAP package with frames (*.pkg.slp)" });
		dialog.setFilterPath(file.getParent().toString());
		dialog.setFileName(file.getFileName().toString());
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			saveAs(Path.of(chosen));
		}
	}

	/** Saves to {@code target}, which then becomes the editor's file. @return whether the save succeeded */
	public boolean saveAs(Path target) {
		Path absolute = target.toAbsolutePath().normalize();
		if (!save(absolute)) {
			return false;
		}
		if (!absolute.equals(file)) {
			if (lock != null) {
				lock.close();
			}
			lock = writeLock(absolute, getEditorSite(), true);
			RecoveryJournal.discard(file, registry());
			journal.stop();
			file = absolute;
			journal = newJournal();
			setInputWithNotify(new LabelsEditorInput(file, labels));
			setPartName(file.getFileName().toString());
		}
		return true;
	}

	/**
	 * Saves the labels to {@code target} in a {@link SaveLabelsJob}, keeping the UI responsive (edits wait)
	 * until it ends. A failure is reported naming the file, and the editor stays dirty.
	 */
	private boolean save(Path target) {
		SaveLabelsJob job = new SaveLabelsJob(labels, target, file);
		Display display = canvas.control().getDisplay();
		boolean[] done = new boolean[1];
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				done[0] = true;
				display.wake();
			}
		});
		saving = true;
		try {
			job.schedule();
			PlatformUI.getWorkbench().getProgressService().showInDialog(getSite().getShell(), job);
			while (!done[0]) {
				if (!display.readAndDispatch()) {
					display.sleep();
				}
			}
		} finally {
			saving = false;
		}
		IStatus result = job.getResult();
		if (!result.isOK()) {
			if (result.getSeverity() != IStatus.CANCEL) {
				ErrorDialog.openError(getSite().getShell(), "Cannot save " + target.getFileName(), null, result);
			}
			return false;
		}
		((BasicCommandStack) domain.getCommandStack()).saveIsDone();
		if (lock == null && target.equals(file)) {
			lock = writeLock(file, getEditorSite(), false); // the other program has let go: hold it from now on
		}
		WorkspaceFiles.refresh(target);
		restored = false;
		journal.discard();
		firePropertyChange(PROP_DIRTY);
		updateStatus();
		return true;
	}

	// ---- the part

	/** @return the labels file this editor saves to */
	public Path file() {
		return file;
	}

	public Labels labels() {
		return labels;
	}

	@Override
	public EditingDomain getEditingDomain() {
		return domain;
	}

	/** @return the canvas (for commands and tests) */
	public VideoCanvas canvas() {
		return canvas;
	}

	/** @return the timeline (for commands and tests) */
	public Timeline timeline() {
		return timeline;
	}

	/** @return the selection provider of the selected instance */
	public ISelectionProvider selectionProvider() {
		return selection;
	}

	@Override
	public <T> T getAdapter(Class<T> adapter) {
		if (adapter == Labels.class) {
			return adapter.cast(labels);
		}
		if (adapter == EditingDomain.class) {
			return adapter.cast(domain);
		}
		return super.getAdapter(adapter);
	}

	@Override
	public void setFocus() {
		canvas.control().setFocus();
	}

	@Override
	public void dispose() {
		if (lock != null) {
			lock.close();
		}
		if (journal != null) {
			// closed after a save, or with the edits discarded by the user: only a crash leaves a journal
			journal.discard();
		}
		if (loader != null) {
			loader.setSource(null, null);
			loader.cancel();
		}
		session.close();
		domain.getCommandStack().removeCommandStackListener(stackListener);
		index.dispose();
		((ComposedAdapterFactory) domain.getAdapterFactory()).dispose();
		super.dispose();
	}
}
