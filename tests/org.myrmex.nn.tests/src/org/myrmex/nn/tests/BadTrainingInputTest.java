// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.io.SlpReader;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.Labels;
import org.myrmex.nn.train.Trainer;
import org.myrmex.nn.train.TrainingException;
import org.myrmex.nn.train.TrainingOptions;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Unusable configurations and labels stop a run with a message naming the problem, before any step. */
class BadTrainingInputTest {
	private static final String CENTRED = "sleap/models/minimal_instance.UNet.centered_instance/training_config.json";

	private static String refused(TrainingOptions options) {
		TrainingException e = assertThrows(TrainingException.class,
				() -> Trainer.train(options, new TrainerTest.Recorder(), new NullProgressMonitor()));
		assertFalse(options.runFolder() != null && Files.exists(options.runFolder().resolve("training_log.csv")),
				"no training happened");
		return e.getMessage();
	}

	private static ObjectNode section(ObjectNode json, String... path) {
		ObjectNode node = json;
		for (String key : path) {
			node = (ObjectNode) node.get(key);
		}
		return node;
	}

	private static TrainingOptions robot(Path folder, Consumer<ObjectNode> edit) throws Exception {
		return TrainingRuns.robot(folder, 1, 1, edit);
	}

	@Test
	void unsupportedBackbone(@TempDir Path folder) throws Exception {
		String message = refused(robot(folder, c -> {
			ObjectNode backbone = section(c, "model", "backbone");
			backbone.putNull("unet");
			backbone.putObject("leap");
		}));
		assertTrue(message.contains("training_config.json") && message.contains("model.backbone.leap"), message);
	}

	@Test
	void noHead(@TempDir Path folder) throws Exception {
		String message = refused(robot(folder, c -> section(c, "model", "heads").putNull("single_instance")));
		assertTrue(message.contains("model.heads"), message);
	}

	@Test
	void cropSizeNotAMultipleOfTheMaxStride(@TempDir Path folder) throws Exception {
		String message = refused(TrainingRuns.options(folder, CENTRED, TrainingRuns.robotLabels(), 1, 1,
				c -> section(c, "data", "instance_cropping").put("crop_size", 100)));
		assertTrue(message.contains("crop_size 100") && message.contains("max_stride"), message);
	}

	@Test
	void anchorPartNotInTheSkeleton(@TempDir Path folder) throws Exception {
		String message = refused(TrainingRuns.options(folder, CENTRED, TrainingRuns.robotLabels(), 1, 1,
				c -> section(c, "model", "heads", "centered_instance").put("anchor_part", "stinger")));
		assertTrue(message.contains("\"stinger\""), message);
	}

	@Test
	void labelsWithNoInstances(@TempDir Path folder) throws Exception {
		Labels labels = SlpReader.read(TrainingRuns.robotLabels(), null);
		labels.getLabeledFrames().forEach(f -> f.getInstances().clear());
		Path empty = folder.resolve("empty.slp");
		SlpWriter.write(labels, empty, null);
		TrainingOptions options = robot(folder, c -> {
		});
		String message = refused(new TrainingOptions(options.config(), empty, options.runFolder(), null,
				options.device(), 0, false));
		assertTrue(message.contains("empty.slp") && message.contains("no user-labelled instances"), message);
	}

	@Test
	void missingVideo(@TempDir Path folder) throws Exception {
		Path moved = folder.resolve("elsewhere/robot.slp");
		Files.createDirectories(moved.getParent());
		Files.copy(TrainingRuns.robotLabels(), moved);
		TrainingOptions options = robot(folder, c -> {
		});
		String message = refused(new TrainingOptions(options.config(), moved, options.runFolder(), null,
				options.device(), 0, false));
		assertTrue(message.contains("small_robot.mp4"), message);
	}

	@Test
	void missingLabelsOrConfig(@TempDir Path folder) throws Exception {
		TrainingOptions options = robot(folder, c -> {
		});
		String labels = refused(new TrainingOptions(options.config(), folder.resolve("nothing.slp"),
				options.runFolder(), null, options.device(), 0, false));
		assertTrue(labels.contains("nothing.slp") && labels.contains("does not exist"), labels);
		String config = refused(new TrainingOptions(folder.resolve("none.json"), options.labels(),
				options.runFolder(), null, options.device(), 0, false));
		assertTrue(config.contains("none.json"), config);
		String epochs = refused(options.withEpochs(0));
		assertTrue(epochs.contains("epochs 0"), epochs);
	}
}
