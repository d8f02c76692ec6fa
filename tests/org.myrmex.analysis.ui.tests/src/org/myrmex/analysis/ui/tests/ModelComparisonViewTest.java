// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.swt.widgets.Table;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myrmex.analysis.ui.internal.models.ComparisonRow;
import org.myrmex.analysis.ui.internal.models.EvaluateJob;
import org.myrmex.analysis.ui.internal.models.ModelComparisonView;
import org.myrmex.fixtures.Fixtures;
import org.myrmex.ui.tests.EditorTestSetup;
import org.myrmex.ui.tests.Gui;

/**
 * The Model Comparison view on a project holding copies of the ant group's two SLEAP runs: their figures as NumPy
 * reads them from {@code metrics.<split>.npz}, sorting, the grouped chart and the selected run's per-node box
 * plots; a metrics file made unreadable is reported while the others show; a run without metrics is evaluated by
 * the Evaluate command (SLEAP's {@code minimal_instance} centred-instance model, its metrics files left out).
 */
@ExtendWith(EditorTestSetup.class)
class ModelComparisonViewTest extends ProjectTest {
	private static final int SPLIT = 1;
	private static final int OKS_MAP = 2;
	private static final int FILE = 10;
	@Test
	void comparesTheAntRunsAndReportsAnUnreadableMetricsFile() throws Exception {
		project = AnalysisProject.create("model-comparison", folder);
		LabelAnalysisViewTest.open(folder.resolve(AnalysisProject.MAIN));
		AnalysisProject.analysisPerspective();
		ModelComparisonView view = (ModelComparisonView) Gui.page().findView(ModelComparisonView.ID);
		assertNotNull(view, "the Model Comparison view in the Analysis perspective");
		Table table = view.table();
		Gui.spinUntil(() -> table.getItemCount() == 6 && folder.equals(view.labelsFolder()),
				"two runs of three splits");
		String centred = AnalysisProject.CENTRED;
		String centroid = AnalysisProject.CENTROID;
		assertEquals(List.of(centred, centred, centred, centroid, centroid, centroid), column(table, 0));
		assertEquals(List.of("train", "val", "test", "train", "val", "test"), column(table, SPLIT));
		// the figures NumPy reads from the files: oks_voc.mAP, oks_voc.mAR, pck_voc.mAP, dist.p50/p90/p95, vis.*
		assertEquals(List.of(centred, "val", "0.743", "0.809", "0.455", "2.10", "6.18", "10.83", "0.992", "0.983",
				"metrics.val.npz"), LabelAnalysisViewTest.row(table, 1));
		assertEquals(List.of(centroid, "test", "0.557", "0.600", "0.557", "0.00", "267.81", "339.34", "0.992",
				"1.000", "metrics.test.npz"), LabelAnalysisViewTest.row(table, 5));
		CategoryDataset comparison = view.charts()[0].getCategoryPlot().getDataset();
		assertEquals(List.of("train", "val", "test"), comparison.getRowKeys());
		// the chart's runs named by what tells them apart
		assertEquals(List.of("…centered_instance", "…centroid"), comparison.getColumnKeys());
		assertEquals(0.7433149780640426, comparison.getValue("val", "…centered_instance").doubleValue(), 1e-15);
		assertEquals(0.5565891445485668, comparison.getValue("test", "…centroid").doubleValue(), 1e-15);

		// sorting by OKS mAP: ascending, then descending
		view.sortBy(OKS_MAP);
		assertEquals(List.of("0.557", "0.590", "0.721", "0.725", "0.743", "0.991"), column(table, OKS_MAP));
		view.sortBy(OKS_MAP);
		assertEquals("0.991", table.getItem(0).getText(OKS_MAP));

		// the selected row's distances per node: 18 box plots, named by the run's skeleton
		LabelAnalysisViewTest.clickRow(table, 0);
		CategoryDataset boxes = view.charts()[1].getCategoryPlot().getDataset();
		assertEquals(18, boxes.getColumnCount());
		assertEquals("Head", boxes.getColumnKey(0));
		assertTrue(view.charts()[2].getXYPlot().getDataset().getSeriesCount() == 1, "a histogram of the distances");
		screenshot("model-comparison");

		// a metrics file that cannot be read: named with the reason, the other five still show
		Path broken = folder.resolve("models").resolve(centroid).resolve("metrics.test.npz");
		Files.write(broken, new byte[] { 'P', 'K', 3, 4, 0, 0, 0 });
		LabelAnalysisViewTest.execute("org.myrmex.analysis.ui.commands.refreshComparison");
		Gui.spinUntil(() -> table.getItemCount() == 6
				&& view.rows().stream().anyMatch(r -> r.problem() != null), "the unreadable file reported");
		ComparisonRow bad = view.rows().stream().filter(r -> r.problem() != null).findFirst().orElseThrow();
		assertEquals(broken.toString() + " is not a NumPy .npz file (not a zip archive)", bad.problem());
		int badRow = view.rows().indexOf(bad);
		assertEquals(bad.problem(), table.getItem(badRow).getText(FILE));
		assertEquals("", table.getItem(badRow).getText(OKS_MAP));
		assertEquals(5, view.rows().stream().filter(r -> r.metrics() != null).count());
		assertNull(comparison.getValue("test", "…centroid"));
		assertEquals(0.720744656032123, comparison.getValue("test", "…centered_instance").doubleValue(), 1e-15);
		screenshot("model-comparison-unreadable");
	}

	@Test
	void evaluatesARunWithoutMetrics() throws Exception {
		project = AnalysisProject.create("model-evaluation", folder);
		String name = "minimal_instance.UNet.centered_instance";
		Path run = folder.resolve("models").resolve(name);
		AnalysisProject.copyFolder(Fixtures.require("sleap/models/" + name), run);
		Files.delete(run.resolve("metrics.train.npz"));
		Files.delete(run.resolve("metrics.val.npz"));
		Files.copy(Fixtures.require("sleap/json_format_v1/centered_pair_low_quality.mp4"),
				run.resolve("centered_pair_low_quality.mp4"));
		LabelAnalysisViewTest.open(folder.resolve(AnalysisProject.MAIN));
		AnalysisProject.analysisPerspective();
		ModelComparisonView view = (ModelComparisonView) Gui.page().findView(ModelComparisonView.ID);
		Table table = view.table();
		Gui.spinUntil(() -> table.getItemCount() == 7 && folder.equals(view.labelsFolder()),
				"two runs of three splits and one without metrics");
		int row = column(table, 0).indexOf(name);
		assertEquals(List.of(name, ""), LabelAnalysisViewTest.row(table, row).subList(0, 2));
		assertEquals("not evaluated (Evaluate)", table.getItem(row).getText(FILE));

		assertEquals(table.getItemCount() - 1, row, "a run without figures is listed last");
		LabelAnalysisViewTest.clickRow(table, row);
		assertEquals(List.of(name), view.selection().stream().map(ComparisonRow::name).toList());
		AtomicReference<IStatus> result = new AtomicReference<>();
		IJobChangeListener listener = new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (event.getJob().belongsTo(EvaluateJob.FAMILY)) {
					result.set(event.getResult());
				}
			}
		};
		Job.getJobManager().addJobChangeListener(listener);
		try {
			LabelAnalysisViewTest.execute("org.myrmex.analysis.ui.commands.evaluate");
			for (int round = 1; result.get() == null; round++) { // TensorFlow on a loaded CPU: up to 4 patiences
				try {
					Gui.spinUntil(() -> result.get() != null, "the evaluation to end");
				} catch (AssertionError e) {
					if (round == 4) {
						throw e;
					}
				}
			}
		} finally {
			Job.getJobManager().removeJobChangeListener(listener);
		}
		assertNotNull(result.get(), "the evaluation to end");
		assertTrue(result.get().isOK(), result.get().toString());
		Gui.spinUntil(() -> column(table, 0).stream().filter(name::equals).count() == 2,
				"the run evaluated: its train and val splits listed (listing " + view.labelsFolder() + "; the run "
						+ "folder holds " + files(run) + ")");
		assertTrue(Files.isRegularFile(run.resolve("metrics.val.json")));
		List<ComparisonRow> evaluated = view.rows().stream().filter(r -> r.name().equals(name)).toList();
		assertEquals(List.of("train", "val"), evaluated.stream().map(ComparisonRow::split).toList());
		assertEquals("metrics.val.json", evaluated.get(1).note());
		assertTrue(evaluated.get(1).metrics().oksMap() > 0.5, "SLEAP's model finds the val split's instances: "
				+ evaluated.get(1).metrics().oksMap());
	}

	private static void screenshot(String name) throws Exception {
		Gui.settle();
		Gui.screenshot(Gui.window().getShell(), name);
	}

	private static List<String> files(Path folder) {
		try (java.util.stream.Stream<Path> files = Files.list(folder)) {
			return files.map(f -> f.getFileName().toString()).sorted().toList();
		} catch (java.io.IOException e) {
			return List.of(e.toString());
		}
	}

	static List<String> column(Table table, int column) {
		return java.util.Arrays.stream(table.getItems()).map(item -> item.getText(column)).toList();
	}
}
