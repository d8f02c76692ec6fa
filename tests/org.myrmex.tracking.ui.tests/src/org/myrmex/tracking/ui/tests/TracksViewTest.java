// SPDX-License-Identifier: EPL-2.0
package org.myrmex.tracking.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.model.Instance;
import org.myrmex.model.Track;
import org.myrmex.model.edit.TrackCommands;
import org.myrmex.tracking.ui.internal.tracks.TracksView;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.tests.EditorTestSetup;
import org.myrmex.ui.tests.Gui;

/** The Tracks view and the track keys on the two-fly clip. */
@ExtendWith(EditorTestSetup.class)
class TracksViewTest {
	@TempDir
	Path folder;

	@Test
	void showsTheTracksRenamesInPlaceAndRefusesAnOverlappingMerge() throws Exception {
		LabelsEditor editor = Gui.open(ClipFiles.copy(folder, "clip.slp"));
		TracksView view = (TracksView) Gui.page().showView(TracksView.ID);
		Table table = view.table();
		assertEquals(2, table.getItemCount());
		assertEquals(List.of("female", "0", "1499", "1500"), texts(table.getItem(0)));
		assertEquals(List.of("male", "0", "1499", "1500"), texts(table.getItem(1)));

		Rectangle cell = table.getItem(1).getBounds(0);
		Gui.doubleClick(table, cell.x + cell.width / 2, cell.y + cell.height / 2);
		Gui.key(SWT.CTRL, 'a');
		Gui.type("drone");
		Gui.key(0, SWT.CR);
		Gui.spinUntil(() -> "drone".equals(editor.labels().getTracks().get(1).getName()), "the track renamed");
		Gui.spinUntil(() -> "drone".equals(table.getItem(1).getText(0)), "the view showing the new name");

		table.selectAll();
		String[] message = new String[1];
		Gui.whenShellOpens("Merge Tracks", shell -> {
			message[0] = Gui.descendants(shell).stream().filter(Label.class::isInstance).map(c -> ((Label) c).getText())
					.filter(t -> t.contains("overlap")).findFirst().orElse(null);
			Gui.press(Gui.button(shell, "OK"));
		});
		execute("org.myrmex.tracking.ui.commands.tracks.merge", Map.of());
		assertEquals("Cannot merge tracks: tracks female and drone overlap: both are in frame 0 of "
				+ editor.labels().getVideos().get(0).getFilename() + ".", message[0]);
		assertEquals(2, editor.labels().getTracks().size());
	}

	@Test
	void ctrlNumbersSetTracksCtrl0MakesOneAndCtrlEFindsItsSpawn() throws Exception {
		Path file = ClipFiles.copy(folder, "clip.slp");
		ClipFiles.edit(file, (domain, labels) -> TrackCommands.deleteFrom(domain, labels, labels.getVideos().get(0), 700,
				labels.getTracks().get(1)));
		LabelsEditor editor = Gui.open(file);
		Track female = editor.labels().getTracks().get(0);
		Track male = editor.labels().getTracks().get(1);
		Gui.key(SWT.CTRL, 'e');
		Gui.settle();
		assertEquals(0, editor.frameIndex(), "no track spawns after frame 0");

		editor.showFrame(800);
		Gui.waitForFrame(editor, 800);
		Instance untracked = editor.shownInstances().stream().filter(i -> i.getTrack() == null).findFirst().orElseThrow();
		editor.select(untracked);
		Gui.key(SWT.CTRL, '0');
		Gui.spinUntil(() -> untracked.getTrack() != null && untracked.getTrack() != female, "a new track");
		Track made = untracked.getTrack();
		assertEquals(3, editor.labels().getTracks().size());
		Gui.key(SWT.CTRL, '2');
		Gui.spinUntil(() -> untracked.getTrack() == male, "track 2 given");
		Gui.key(SWT.CTRL, '1');
		Gui.spinUntil(() -> untracked.getTrack() == female, "track 1 given, the other instance takes its track");
		assertTrue(editor.shownInstances().stream().anyMatch(i -> i != untracked && i.getTrack() == male));
		Gui.key(SWT.CTRL, 'z');
		Gui.spinUntil(() -> untracked.getTrack() == male, "undo");
		Gui.key(SWT.CTRL, 'z');
		Gui.spinUntil(() -> untracked.getTrack() == made, "undo");

		editor.showFrame(0);
		Gui.waitForFrame(editor, 0);
		Gui.key(SWT.CTRL, 'e');
		Gui.spinUntil(() -> editor.frameIndex() == 800, "the new track's spawn");
		assertSame(made, untracked.getTrack());
	}

	static List<String> texts(TableItem item) {
		return java.util.stream.IntStream.range(0, 4).mapToObj(item::getText).toList();
	}

	static void execute(String command, Map<String, String> parameters) throws Exception {
		ICommandService commands = Gui.window().getService(ICommandService.class);
		IHandlerService handlers = Gui.window().getService(IHandlerService.class);
		handlers.executeCommand(ParameterizedCommand.generateCommand(commands.getCommand(command), parameters), null);
	}
}
