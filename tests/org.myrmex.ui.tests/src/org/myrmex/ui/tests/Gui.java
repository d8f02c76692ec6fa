// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.myrmex.ui.internal.app.OpenSampleProjectJob;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.editor.OpenLabelsJob;

/**
 * Drives the real workbench with real input: mouse and key events sent through XTest ({@code xdotool}) go
 * through SWT's event loop, the key bindings and the widgets' listeners as a person's would.
 */
public final class Gui {
	/** Upper bound for slow steps on a slow machine; a hang guard, not a timing check. */
	public static final long PATIENCE_MS = 120_000;

	private Gui() {
	}

	public static Display display() {
		return Display.getCurrent();
	}

	public static IWorkbenchWindow window() {
		return PlatformUI.getWorkbench().getWorkbenchWindows()[0];
	}

	public static IWorkbenchPage page() {
		return window().getActivePage();
	}

	public static void spinUntil(BooleanSupplier condition, String what) {
		Display display = display();
		long deadline = System.currentTimeMillis() + PATIENCE_MS;
		while (!condition.getAsBoolean()) {
			assertTrue(System.currentTimeMillis() < deadline, "gave up waiting for " + what);
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Lets posted events arrive and be handled. */
	public static void settle() {
		Display display = display();
		long until = System.currentTimeMillis() + 120;
		while (System.currentTimeMillis() < until) {
			while (display.readAndDispatch()) {
				// handle everything queued
			}
			display.timerExec(10, () -> {
			});
			display.sleep();
		}
		while (display.readAndDispatch()) {
			// and what that queued
		}
	}

	/** Opens {@code file} through {@link OpenLabelsJob} and waits until its editor shows frame 0. */
	public static LabelsEditor open(Path file) {
		waitForSampleProject();
		new OpenLabelsJob(window(), file).schedule();
		spinUntil(() -> Job.getJobManager().find(OpenLabelsJob.FAMILY).length == 0
				&& page().getActiveEditor() instanceof LabelsEditor editor
				&& editor.file().equals(file.toAbsolutePath().normalize()), "the editor of " + file);
		LabelsEditor editor = (LabelsEditor) page().getActiveEditor();
		waitForFrame(editor, 0);
		focus(editor.canvas().control());
		return editor;
	}

	/**
	 * Waits until the workbench has opened its sample project at start, so that it does not take the focus
	 * later, and activates the workbench window.
	 */
	public static void waitForSampleProject() {
		spinUntil(() -> Job.getJobManager().find(OpenSampleProjectJob.FAMILY).length == 0
				&& java.util.Arrays.stream(page().getEditorReferences())
						.anyMatch(reference -> reference.getName().equals("sample-ants.slp")),
				"the sample project to open");
		window().getShell().forceActive();
	}

	/** Waits until the canvas shows frame {@code frame}'s exact image, at the size the zoom wants. */
	public static void waitForFrame(LabelsEditor editor, int frame) {
		spinUntil(() -> editor.shownFrame() == frame && editor.canvas().message() == null
				&& !editor.canvas().showingPreview() && editor.canvas().imageSharp(),
				"frame " + frame + " on the canvas (asked for " + editor.frameIndex() + ", shown " + editor.shownFrame() + ", message "
						+ editor.canvas().message() + ")");
	}

	/**
	 * Runs {@code action} once a visible shell titled {@code title} is open. A modal dialog runs its own event
	 * loop inside the key or mouse event that opened it, so the test thread is inside that loop until the
	 * dialog closes: the action runs from a timer of that loop.
	 */
	public static void whenShellOpens(String title, java.util.function.Consumer<Shell> action) {
		Display display = display();
		long deadline = System.currentTimeMillis() + PATIENCE_MS;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && title.equals(shell.getText())) {
					try {
						action.accept(shell);
					} catch (RuntimeException | AssertionError e) {
						e.printStackTrace();
						shell.close(); // let the test go on and fail where it checks the result
					}
					return;
				}
			}
			if (System.currentTimeMillis() < deadline) {
				display.timerExec(50, poll[0]);
			}
		};
		display.timerExec(50, poll[0]);
	}

	/**
	 * Gives {@code control} the keyboard focus as a person would: the pointer over it (X without a window
	 * manager sends keys to the window under the pointer), its shell active, then the focus.
	 */
	public static void focus(Control control) {
		org.eclipse.swt.graphics.Point size = control.getSize();
		mouseMove(control, size.x / 2, size.y / 2);
		if (control instanceof org.eclipse.swt.widgets.Canvas) {
			xdotool("click", "2"); // the canvas takes the focus on a click; the middle button only pans
		}
		spinUntil(() -> {
			control.getShell().forceActive();
			return control.setFocus() && control.isFocusControl();
		}, "the focus on " + control);
		settle();
	}

	/** @return every control inside {@code parent}, depth first */
	public static java.util.List<Control> descendants(org.eclipse.swt.widgets.Composite parent) {
		java.util.List<Control> all = new java.util.ArrayList<>();
		for (Control child : parent.getChildren()) {
			all.add(child);
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				all.addAll(descendants(composite));
			}
		}
		return all;
	}

	// ---- posted input

	/**
	 * Mouse input goes through XTest with {@code xdotool}: SWT's GTK port posts a move by warping the pointer
	 * and GTK (XInput 2) then reports posted clicks at the XTest device's old position, not where the
	 * pointer is. xdotool's motion and button events are ordinary X input, read by SWT's event loop.
	 */
	public static void xdotool(String... arguments) {
		String[] command = new String[arguments.length + 1];
		command[0] = "xdotool";
		System.arraycopy(arguments, 0, command, 1, arguments.length);
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			byte[] output = process.getInputStream().readAllBytes();
			if (process.waitFor() != 0) {
				fail(String.join(" ", command) + " failed: " + new String(output));
			}
		} catch (java.io.IOException e) {
			fail("xdotool moves the pointer in these tests (releng/install-deps.sh --test installs it): " + e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			fail("interrupted");
		}
	}

	public static void mouseMove(Control control, int x, int y) {
		Point at = control.toDisplay(x, y);
		if (at.equals(control.getDisplay().getCursorLocation())) {
			return; // xdotool's --sync waits for a motion that never comes when the pointer is already there
		}
		xdotool("mousemove", "--sync", Integer.toString(at.x), Integer.toString(at.y));
	}

	/** Presses ({@link SWT#MouseDown}) or releases {@code button} where the pointer is. */
	public static void mouseButton(int type, int button) {
		xdotool(type == SWT.MouseDown ? "mousedown" : "mouseup", Integer.toString(button));
	}

	/** Presses {@code button} at ({@code x0}, {@code y0}) of {@code control}, drags in steps, releases. */
	public static void drag(Control control, int button, int x0, int y0, int x1, int y1) {
		mouseMove(control, x0, y0);
		settle();
		mouseButton(SWT.MouseDown, button);
		settle();
		int steps = 5;
		for (int i = 1; i <= steps; i++) {
			mouseMove(control, x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps);
			settle();
		}
		mouseButton(SWT.MouseUp, button);
		settle();
	}

	public static void click(Control control, int button, int x, int y) {
		mouseMove(control, x, y);
		settle();
		xdotool("click", Integer.toString(button));
		settle();
	}

	public static void doubleClick(Control control, int x, int y) {
		mouseMove(control, x, y);
		settle();
		xdotool("click", "--repeat", "2", "--delay", "60", "1");
		settle();
	}

	/** Holds ({@code down}) or releases a modifier: {@link SWT#CTRL}, {@link SWT#SHIFT} or {@link SWT#ALT}. */
	public static void modifier(int modifier, boolean down) {
		xdotool(down ? "keydown" : "keyup", keysym(modifier));
		settle();
	}

	/** Types a key (a character, or an SWT key code such as {@link SWT#ARROW_RIGHT}) with modifiers held. */
	public static void key(int modifiers, int keyCodeOrChar) {
		StringBuilder chord = new StringBuilder();
		for (int modifier : new int[] { SWT.CTRL, SWT.SHIFT, SWT.ALT }) {
			if ((modifiers & modifier) != 0) {
				chord.append(keysym(modifier)).append('+');
			}
		}
		chord.append(keysym(keyCodeOrChar));
		xdotool("key", "--clearmodifiers", chord.toString());
		settle();
	}

	/** Types {@code text} into the focused control, character by character, as a keyboard does. */
	public static void type(String text) {
		xdotool("type", "--delay", "30", text);
		settle();
	}

	/** Clicks {@code button} (a push button, radio or check box) in its middle with the first mouse button. */
	public static void press(org.eclipse.swt.widgets.Button button) {
		click(button, 1, button.getSize().x / 2, button.getSize().y / 2);
	}

	/** @return the button labelled {@code label} (mnemonic ampersands ignored) in {@code shell} */
	public static org.eclipse.swt.widgets.Button button(Shell shell, String label) {
		return descendants(shell).stream().filter(org.eclipse.swt.widgets.Button.class::isInstance)
				.map(org.eclipse.swt.widgets.Button.class::cast)
				.filter(b -> b.getText().replace("&", "").equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no button '" + label + "' in " + shell.getText()));
	}

	private static String keysym(int key) {
		return switch (key) {
		case SWT.CTRL -> "ctrl";
		case SWT.SHIFT -> "shift";
		case SWT.ALT -> "alt";
		case SWT.ARROW_RIGHT -> "Right";
		case SWT.ARROW_LEFT -> "Left";
		case SWT.HOME -> "Home";
		case SWT.END -> "End";
		case SWT.CR -> "Return";
		case SWT.TAB -> "Tab";
		case SWT.DEL -> "Delete";
		case SWT.ESC -> "Escape";
		case ' ' -> "space";
		default -> {
			if ((key & SWT.KEYCODE_BIT) != 0) {
				throw new IllegalArgumentException("no keysym for SWT key code " + key);
			}
			yield String.valueOf((char) key);
		}
		};
	}

	// ---- screenshots

	/** Saves what {@code shell} shows as a PNG under the test reports and returns its path. */
	public static Path screenshot(Shell shell, String name) throws java.io.IOException {
		Rectangle area = shell.getBounds();
		shell.redraw(0, 0, area.width, area.height, true);
		shell.update(); // paint now: copyArea reads what is on the screen
		settle();
		return save(shell.getBounds(), name);
	}

	/** Saves the whole X screen, other processes' windows included, as a PNG under the test reports. */
	public static Path screenshotScreen(String name) throws java.io.IOException {
		settle();
		return save(display().getBounds(), name);
	}

	private static Path save(Rectangle bounds, String name) throws java.io.IOException {
		return savePng(capture(bounds), name);
	}

	/** @return what {@code control}'s client area shows on the screen now (after painting it) */
	public static ImageData capture(Control control) {
		control.redraw();
		control.update();
		settle();
		Point origin = control.toDisplay(0, 0);
		Rectangle client = control instanceof org.eclipse.swt.widgets.Scrollable scrollable ? scrollable.getClientArea()
				: new Rectangle(0, 0, control.getSize().x, control.getSize().y);
		return capture(new Rectangle(origin.x, origin.y, client.width, client.height));
	}

	private static ImageData capture(Rectangle bounds) {
		Image image = new Image(display(), bounds.width, bounds.height);
		GC gc = new GC(display());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			return image.getImageData();
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Saves {@code image} as a PNG under the test reports and returns its path. */
	public static Path savePng(ImageData image, String name) throws java.io.IOException {
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image };
		Path folder = Path.of(System.getProperty("myrmex.screenshots", "target/screenshots"));
		Files.createDirectories(folder);
		Path file = folder.resolve(name + ".png");
		loader.save(file.toString(), SWT.IMAGE_PNG);
		return file;
	}
}
