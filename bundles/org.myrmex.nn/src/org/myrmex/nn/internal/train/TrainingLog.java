// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.train;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.myrmex.io.AtomicFiles;
import org.myrmex.nn.train.EpochSummary;

/**
 * {@code training_log.csv} as Keras' {@code CSVLogger} writes it for SLEAP: a header {@code epoch} then the metric
 * names sorted ({@code loss}, {@code lr}, {@code val_loss}, and {@code <output>_loss} / {@code val_<output>_loss}
 * when the network has several outputs), one row per epoch, epochs counted from 0.
 */
public final class TrainingLog {
	private final Path file;

	/** @param file the log file */
	public TrainingLog(Path file) {
		this.file = file;
	}

	/**
	 * Keeps only the rows of the first {@code epochs} epochs (a resumed run rewrites the epochs after its
	 * checkpoint).
	 */
	public void truncate(int epochs) throws IOException {
		if (!Files.exists(file)) {
			return;
		}
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (i == 0 || (!line.isBlank() && epochOf(line) < epochs)) {
				kept.add(line);
			}
		}
		byte[] bytes = (String.join("\n", kept) + "\n").getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(file, out -> out.write(bytes));
	}

	private static int epochOf(String line) {
		try {
			return Integer.parseInt(line.substring(0, line.indexOf(',')));
		} catch (RuntimeException e) {
			return Integer.MAX_VALUE;
		}
	}

	/**
	 * Appends an epoch's row, writing the header first when the file is new. The file is rewritten atomically (it
	 * holds a row per epoch), so a kill never leaves half a row.
	 */
	public void append(EpochSummary summary) throws IOException {
		Map<String, Double> values = values(summary);
		StringBuilder text = new StringBuilder();
		if (Files.exists(file)) {
			text.append(Files.readString(file, StandardCharsets.UTF_8));
		}
		if (text.length() == 0) {
			text.append("epoch,").append(String.join(",", values.keySet())).append('\n');
		}
		text.append(summary.epoch() - 1);
		values.values().forEach(v -> text.append(',').append(v));
		text.append('\n');
		byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
		AtomicFiles.write(file, out -> out.write(bytes));
	}

	private static Map<String, Double> values(EpochSummary summary) {
		Map<String, Double> values = new TreeMap<>();
		values.put("loss", summary.loss());
		values.put("lr", summary.learningRate());
		boolean validation = !Double.isNaN(summary.validationLoss());
		if (validation) {
			values.put("val_loss", summary.validationLoss());
		}
		if (summary.headLosses().size() > 1) {
			summary.headLosses().forEach((name, loss) -> values.put(name + "_loss", loss));
			if (validation) {
				summary.validationHeadLosses().forEach((name, loss) -> values.put("val_" + name + "_loss", loss));
			}
		}
		return values;
	}
}
