// SPDX-License-Identifier: EPL-2.0
package org.myrmex.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.ui.internal.editor.LabelsEditor;
import org.myrmex.ui.internal.preferences.VideoPreferencePage;
import org.myrmex.ui.internal.preferences.VideoPreferences;
import org.myrmex.video.Videos;
import org.myrmex.video.internal.media.MediaVideo;

/** Window › Preferences › Myrmex › Video sets the frame cache limit of the videos the labels editor opens. */
@ExtendWith(EditorTestSetup.class)
class VideoPreferencesTest {
	@TempDir
	Path folder;

	@Test
	void theVideoPageSetsTheFrameCacheOfVideosTheEditorOpens() throws Exception {
		Files.copy(Fixtures.require("sleap/tracks/clip.mp4"), folder.resolve("clip.mp4"));
		Path file = Files.copy(Fixtures.require("sleap/tracks/clip.slp"), folder.resolve("clip.slp"));
		String[] page = new String[1];
		try {
			Gui.whenShellOpens("Preferences", dialog -> {
				Tree tree = (Tree) Gui.descendants(dialog).stream().filter(Tree.class::isInstance).findFirst()
						.orElseThrow();
				TreeItem selected = tree.getSelection()[0];
				page[0] = selected.getParentItem().getText() + " › " + selected.getText();
				cacheField(dialog).setText("64");
				try {
					Gui.screenshot(dialog, "preferences-video");
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
				Button ok = dialog.getDefaultButton();
				Gui.click(ok, 1, ok.getSize().x / 2, ok.getSize().y / 2);
			});
			PreferencesUtil.createPreferenceDialogOn(Gui.window().getShell(), VideoPreferencePage.ID, null, null).open();
			assertEquals("Myrmex › Video", page[0], "where the page sits in the preference tree");
			assertEquals(64, VideoPreferences.frameCacheMB());
			assertEquals(64L << 20, Videos.frameCacheLimit(), "applied when the dialog closed");

			Videos.setFrameCacheLimit(-1); // the editor applies the preference itself to the videos it opens
			LabelsEditor editor = Gui.open(file);
			MediaVideo video = (MediaVideo) editor.videoSource();
			assertNotNull(video);
			assertEquals(64L << 20, video.cacheLimit());
			Gui.key(0, org.eclipse.swt.SWT.ARROW_RIGHT);
			Gui.waitForFrame(editor, 1);
			assertTrue(video.peakCachedBytes() <= 64L << 20, "the cache keeps to its limit");
		} finally {
			InstanceScope.INSTANCE.getNode(VideoPreferences.QUALIFIER).remove(VideoPreferences.FRAME_CACHE_MB);
			Videos.setFrameCacheLimit(-1);
		}
	}

	/** @return the frame cache's text field: the one after its label */
	private static Text cacheField(org.eclipse.swt.widgets.Composite dialog) {
		Control previous = null;
		for (Control control : Gui.descendants(dialog)) {
			if (control instanceof Text text && previous instanceof Label label
					&& label.getText().startsWith("&Frame cache per video")) {
				return text;
			}
			previous = control;
		}
		throw new AssertionError("no frame cache field on the page");
	}
}
