// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.myrmex.io.AtomicFiles;

/**
 * An evaluation as SLEAP's {@code metrics.<split>.npz}, which {@code sleap.load_metrics} (NumPy's
 * {@code np.load(file, allow_pickle=True)["metrics"].item()}) reads: a zip holding {@code metrics.npy}, a 0-d object
 * array whose element is the dict of metrics under SLEAP's names. Written: the figures of {@link MetricsJson}
 * ({@code vis.*}, {@code dist.avg} … {@code dist.p99}, {@code pck.*}, {@code oks.mOKS}, {@code oks_voc.*},
 * {@code pck_voc.*}); SLEAP's per-pair arrays ({@code dist.dists}, {@code pck.pcks}, {@code *.match_scores}) are left
 * out, as in the JSON.
 */
public final class MetricsNpz {
	private MetricsNpz() {
	}

	/** Writes the file atomically. */
	public static void write(Evaluation evaluation, Path file) throws IOException {
		byte[] npy = npy(pickle(evaluation.metrics()));
		AtomicFiles.write(file, out -> {
			ZipOutputStream zip = new ZipOutputStream(out);
			zip.putNextEntry(new ZipEntry("metrics.npy"));
			zip.write(npy);
			zip.closeEntry();
			zip.finish();
		});
	}

	private static byte[] pickle(Metrics m) {
		NumpyPickle p = new NumpyPickle();
		p.startObjectArray();
		VisibilityMetrics v = m.visibility();
		p.entry("vis.tp", v.tp());
		p.entry("vis.fp", v.fp());
		p.entry("vis.tn", v.tn());
		p.entry("vis.fn", v.fn());
		p.entry("vis.precision", v.precision());
		p.entry("vis.recall", v.recall());
		DistanceMetrics d = m.distance();
		p.entry("dist.avg", d.mean());
		p.entry("dist.p50", d.p50());
		p.entry("dist.p75", d.p75());
		p.entry("dist.p90", d.p90());
		p.entry("dist.p95", d.p95());
		p.entry("dist.p99", d.p99());
		array(p, "pck.thresholds", m.pckThresholds());
		array(p, "pck.mPCK_parts", m.perNode().stream().mapToDouble(NodeMetrics::pck).toArray());
		p.entry("pck.mPCK", m.meanPck());
		p.entry("oks.mOKS", m.meanOks());
		voc(p, "oks_voc", m.oksVoc());
		voc(p, "pck_voc", m.pckVoc());
		return p.endObjectArray();
	}

	private static void voc(NumpyPickle p, String name, VocMetrics voc) {
		array(p, name + ".match_score_thresholds", voc.matchScoreThresholds());
		array(p, name + ".recall_thresholds", voc.recallThresholds());
		double[][] rows = voc.precisions();
		int columns = rows.length == 0 ? 0 : rows[0].length;
		double[] flat = new double[rows.length * columns];
		for (int r = 0; r < rows.length; r++) {
			System.arraycopy(rows[r], 0, flat, r * columns, columns);
		}
		p.entry(name + ".precisions", new int[] { rows.length, columns }, flat);
		array(p, name + ".recalls", voc.recalls());
		array(p, name + ".AP", voc.ap());
		array(p, name + ".AR", voc.ar());
		p.entry(name + ".mAP", voc.mAP());
		p.entry(name + ".mAR", voc.mAR());
	}

	private static void array(NumpyPickle p, String key, double[] values) {
		p.entry(key, new int[] { values.length }, values);
	}

	/** @return NumPy's {@code .npy} format 1.0: magic, header (padded to 64 bytes), then the pickle */
	private static byte[] npy(byte[] pickle) {
		StringBuilder header = new StringBuilder("{'descr': '|O', 'fortran_order': False, 'shape': (), }");
		while ((10 + header.length() + 1) % 64 != 0) {
			header.append(' ');
		}
		header.append('\n');
		byte[] text = header.toString().getBytes(StandardCharsets.US_ASCII);
		ByteBuffer npy = ByteBuffer.allocate(10 + text.length + pickle.length).order(ByteOrder.LITTLE_ENDIAN);
		npy.put((byte) 0x93).put("NUMPY".getBytes(StandardCharsets.US_ASCII)).put((byte) 1).put((byte) 0);
		npy.putShort((short) text.length).put(text).put(pickle);
		return npy.array();
	}
}
