// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.myrmex.analysis.eval.EvaluationException;
import org.myrmex.cli.Command;
import org.myrmex.nn.ComputeDevice;
import org.myrmex.nn.train.Trainer;
import org.myrmex.nn.train.TrainingException;
import org.myrmex.nn.train.TrainingOptions;
import org.myrmex.nn.train.TrainingResult;

/**
 * {@code myrmex train CONFIG.json LABELS.slp}: trains a network from a SLEAP training configuration, with a progress
 * line (epoch, batch, loss, images/s, ETA) and one line per epoch; Ctrl-C stops after the current step and says how
 * to resume.
 */
public final class TrainCommand implements Command {

	@Override
	public String name() {
		return "train";
	}

	@Override
	public String summary() {
		return "train a pose network from a SLEAP training_config.json and labels";
	}

	@Override
	public String usage() {
		return """
				Usage: myrmex train CONFIG.json LABELS.slp [--run-dir DIR] [--epochs N] [--seed N] [--cpu|--gpu]
				                    [--no-eval]
				       myrmex train CONFIG.json LABELS.slp --run-dir DIR --resume

				Trains the network that CONFIG.json (SLEAP's training_config.json) describes on the user
				instances of LABELS.slp, as sleap-train does, writing SLEAP's run folder: the configuration,
				training_log.csv, the best model (a TensorFlow SavedModel in best_model) and checkpoints.
				Ctrl-C stops after the current step; the run can then be continued with --resume.
				  --run-dir DIR   the run folder (default: LABELS' folder / outputs.runs_folder / run name)
				  --epochs N      run at most N epochs (default: optimization.epochs)
				  --seed N        seed of the split, shuffling, augmentation and initial weights (default 0)
				  --cpu           run TensorFlow on the CPU only
				  --gpu           run TensorFlow on a CUDA GPU; fail when there is none
				                  (default: a GPU when there is one, else the CPU)
				  --resume        continue the run in --run-dir from its latest checkpoint
				  --no-eval       do not evaluate the best model at the end (by default it predicts the
				                  labelled frames of each split: labels_pr.<split>.slp and SLEAP's metrics
				                  in metrics.<split>.json and .npz, one line per split; again: myrmex eval
				                  --run DIR)""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		TrainingOptions options;
		boolean evaluate;
		try {
			Arguments arguments = new Arguments(args, List.of("--run-dir", "--epochs", "--seed"),
					List.of("--cpu", "--gpu", "--resume", "--no-eval"));
			options = options(arguments);
			evaluate = !arguments.flag("--no-eval");
		} catch (IllegalArgumentException e) {
			err.println("myrmex train: " + e.getMessage());
			err.println(usage());
			return USAGE;
		}
		String missing = missingInput(options);
		if (missing != null) {
			err.println("myrmex train: " + missing);
			return FAILED;
		}
		TrainingConsole console = new TrainingConsole(out, err, err == System.err && System.console() != null);
		try {
			TrainingResult result = Trainer.train(options, console, new SetupProgress(monitor, console));
			console.clearLine();
			out.printf("Best model: %s (loss %.6g)%n", result.model(), result.bestLoss());
			out.printf("Run folder: %s (%d epochs%s)%n", result.runFolder(), result.lastEpoch(),
					result.stoppedEarly() ? ", stopped early: the loss stopped improving" : "");
			return evaluate ? evaluate(result, options, out, err, monitor) : OK;
		} catch (OperationCanceledException e) {
			console.clearLine();
			Path runFolder = console.runFolder();
			if (runFolder == null) {
				err.println("myrmex train: cancelled before the first step; nothing to resume");
			} else {
				err.println("myrmex train: cancelled; continue the run with:");
				err.println("  " + resumeCommand(args, runFolder));
			}
			return CANCELLED;
		} catch (TrainingException e) {
			console.clearLine();
			err.println("myrmex train: " + e.getMessage());
			return FAILED;
		}
	}

	/** Evaluates the finished run; a failed evaluation is reported but leaves the training a success. */
	private static int evaluate(TrainingResult result, TrainingOptions options, PrintStream out, PrintStream err,
			IProgressMonitor monitor) {
		out.println("Evaluating the best model on the labelled frames of each split");
		try {
			RunEvalCommand.evaluate(result.runFolder(), result.runFolder(), options.device(), out, monitor);
			return OK;
		} catch (EvaluationException e) {
			err.println("myrmex train: the model is trained but was not evaluated: " + e.getMessage());
			return OK;
		} catch (OperationCanceledException e) {
			err.println("myrmex train: evaluation cancelled (the model is trained); evaluate it with:");
			err.println("  myrmex eval --run " + shellQuoted(result.runFolder().toString()));
			return CANCELLED;
		}
	}

	private static TrainingOptions options(Arguments arguments) {
		List<String> positionals = arguments.positionals();
		if (positionals.size() < 2) {
			throw new IllegalArgumentException(
					positionals.isEmpty() ? "missing CONFIG.json and LABELS.slp" : "missing LABELS.slp");
		}
		if (positionals.size() > 2) {
			throw new IllegalArgumentException("unexpected argument '" + positionals.get(2) + "'");
		}
		if (arguments.flag("--cpu") && arguments.flag("--gpu")) {
			throw new IllegalArgumentException("choose one of --cpu and --gpu");
		}
		ComputeDevice device = arguments.flag("--cpu") ? ComputeDevice.CPU
				: arguments.flag("--gpu") ? ComputeDevice.GPU : ComputeDevice.AUTO;
		Integer epochs = null;
		if (arguments.option("--epochs", null) != null) {
			epochs = arguments.number("--epochs", 0);
			if (epochs < 1) {
				throw new IllegalArgumentException("--epochs takes a number of epochs of at least 1, not " + epochs);
			}
		}
		String runDir = arguments.option("--run-dir", null);
		boolean resume = arguments.flag("--resume");
		if (resume && runDir == null) {
			throw new IllegalArgumentException("--resume needs --run-dir DIR, the folder of the run to continue");
		}
		return new TrainingOptions(Path.of(positionals.get(0)), Path.of(positionals.get(1)),
				runDir == null ? null : Path.of(runDir), epochs, device, seed(arguments.option("--seed", null)),
				resume);
	}

	private static long seed(String value) {
		if (value == null) {
			return 0;
		}
		if (!value.matches("\\d{1,18}")) {
			throw new IllegalArgumentException("--seed takes a whole number, not '" + value + "'");
		}
		return Long.parseLong(value);
	}

	/** @return what is missing among the files the run reads, or {@code null} */
	private static String missingInput(TrainingOptions options) {
		if (!Files.isRegularFile(options.config())) {
			return options.config() + ": no such configuration file";
		}
		if (!Files.isRegularFile(options.labels())) {
			return options.labels() + ": no such labels file";
		}
		if (options.resume() && !Files.isDirectory(options.runFolder())) {
			return options.runFolder() + ": no such run folder to resume";
		}
		return null;
	}

	/** @return the command line that continues a cancelled run: the same arguments with the run folder and --resume */
	public static String resumeCommand(List<String> args, Path runFolder) {
		List<String> words = new ArrayList<>(List.of("myrmex", "train"));
		boolean hasRunDir = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--resume")) {
				continue;
			}
			words.add(arg);
			if (arg.equals("--run-dir") || arg.equals("--epochs") || arg.equals("--seed")) {
				hasRunDir |= arg.equals("--run-dir");
				if (i + 1 < args.size()) {
					words.add(args.get(++i));
				}
			}
		}
		if (!hasRunDir) {
			words.add("--run-dir");
			words.add(runFolder.toString());
		}
		words.add("--resume");
		StringBuilder line = new StringBuilder();
		for (String word : words) {
			line.append(line.isEmpty() ? "" : " ").append(shellQuoted(word));
		}
		return line.toString();
	}

	private static String shellQuoted(String word) {
		if (word.matches("[A-Za-z0-9_./:=@%+,-]+")) {
			return word;
		}
		return "'" + word.replace("'", "'\\''") + "'";
	}

	/**
	 * Passes cancellation through to the console monitor, and its percentage only while the data is read and the
	 * network built: from the first step the progress line is the {@link TrainingConsole}'s. {@code done()} is left
	 * to the application, so that Ctrl-C waits for the resume hint.
	 */
	private static final class SetupProgress extends CancelOnlyMonitor {
		private final TrainingConsole console;

		SetupProgress(IProgressMonitor monitor, TrainingConsole console) {
			super(monitor);
			this.console = console;
		}

		@Override
		public void beginTask(String name, int totalWork) {
			if (console.runFolder() == null) {
				monitor.beginTask(name, totalWork);
			}
		}

		@Override
		public void setTaskName(String name) {
			if (console.runFolder() == null) {
				monitor.setTaskName(name);
			}
		}

		@Override
		public void internalWorked(double work) {
			if (console.runFolder() == null) {
				monitor.internalWorked(work);
			}
		}

		@Override
		public void worked(int work) {
			internalWorked(work);
		}
	}
}
