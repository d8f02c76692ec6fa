// SPDX-License-Identifier: EPL-2.0
package org.myrmex.cli.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.analysis.suggest.FrameSuggestion;
import org.myrmex.analysis.suggest.Suggester;
import org.myrmex.analysis.suggest.SuggestionException;
import org.myrmex.analysis.suggest.SuggestionMethod;
import org.myrmex.analysis.suggest.SuggestionOptions;
import org.myrmex.analysis.suggest.SuggestionResult;
import org.myrmex.cli.Command;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.LabelsFiles;
import org.myrmex.model.Labels;
import org.myrmex.model.Suggestion;

/** {@code myrmex suggest LABELS.slp --method M}: frames to label next, printed and stored as SLEAP suggestions. */
public final class SuggestCommand implements Command {

	@Override
	public String name() {
		return "suggest";
	}

	@Override
	public String summary() {
		return "suggest frames to label (sampling, image features, prediction scores, velocity, active learning)";
	}

	@Override
	public String usage() {
		return """
				Usage: myrmex suggest LABELS.slp --method METHOD [-n N] [--all-videos] [--seed N] [-o OUT.slp]
				                      [--features hog|brisk] [--clusters K] [--pca N] [--threshold X]
				                      [--model DIR [--model DIR]]

				Suggests frames to label, as SLEAP's Labeling Suggestions do, never a frame that already holds a
				user instance, and prints them best first (frame, video, score, reason). With -o the labels are
				written to OUT.slp (may be LABELS.slp itself; written whole or not at all) with the frames added
				to their suggestions, which SLEAP shows too.
				  --method M        random, stride (evenly spaced), image_features (appearance clusters: HOG or
				                    BRISK features, PCA, k-means, frames from each cluster in turn),
				                    prediction_score (lowest predicted instance scores), velocity (frames where a
				                    track jumps), instance_count (frames where the number of instances changes),
				                    active_learning (the frames the model knows least — low peak confidence,
				                    confidence maps with a second peak and, for a model trained with
				                    left/right flips, disagreement with its prediction of the mirrored
				                    frame — that look least like labelled or already picked frames and
				                    whose animals' headings and postures are least like theirs; needs
				                    --model)
				  -n N              frames per video (default 20)
				  --all-videos      N frames over all videos together instead of per video
				  --seed N          seed of every random choice (default 0)
				  --features F      image_features: hog (default) or brisk
				  --clusters K      image_features: k-means clusters (default 5)
				  --pca N           image_features: PCA components (default 5)
				  --threshold X     prediction_score: only instances scoring below X (default: any);
				                    velocity: jumps of at least X standard deviations (default 3)
				  --model DIR       active_learning: a trained model folder (Myrmex's or SLEAP's); twice for a
				                    top-down pair
				  --group G         the suggestion group written with -o (default 0)""";
	}

	@Override
	public int run(List<String> args, PrintStream out, PrintStream err, IProgressMonitor monitor) {
		Path file;
		Path output;
		SuggestionOptions options;
		int group;
		try {
			Arguments a = new Arguments(args, List.of("--method", "-n", "--seed", "-o", "--features", "--clusters",
					"--pca", "--threshold", "--group", "--model"), List.of("--all-videos"));
			if (a.positionals().size() != 1) {
				throw new IllegalArgumentException(a.positionals().isEmpty() ? "missing LABELS.slp"
						: "unexpected argument '" + a.positionals().get(1) + "'");
			}
			String method = a.option("--method", null);
			if (method == null) {
				throw new IllegalArgumentException("missing --method");
			}
			SuggestionMethod m = SuggestionMethod.of(method);
			options = SuggestionOptions.of(m, a.number("-n", 20)).withSeed(a.number("--seed", 0))
					.withPerVideo(!a.flag("--all-videos"))
					.withFeatures(a.option("--features", "hog"), a.number("--clusters", 5), a.number("--pca", 5));
			String threshold = a.option("--threshold", null);
			if (threshold != null) {
				options = options.withThreshold(decimal("--threshold", threshold));
			}
			options = options.withModels(a.values("--model").stream().map(Path::of).toList());
			group = a.number("--group", 0);
			file = Path.of(a.positionals().get(0));
			output = a.option("-o", null) == null ? null : Path.of(a.option("-o", null));
		} catch (IllegalArgumentException e) {
			err.println("myrmex suggest: " + e.getMessage());
			err.println(usage());
			return USAGE;
		}
		if (Files.isDirectory(file)) {
			err.println("myrmex suggest: " + file + " is a folder, not a labels file");
			return FAILED;
		}
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		try {
			Labels labels = LabelsFiles.load(file, progress.split(1));
			SuggestionResult result = Suggester.suggest(labels, file, options, progress.split(output == null ? 9 : 8));
			result.notes().forEach(n -> err.println("myrmex suggest: note: " + n));
			out.println("frame\tvideo\tscore\treason");
			for (FrameSuggestion f : result.frames()) {
				out.printf(Locale.ROOT, "%d\t%s\t%.4g\t%s%n", f.frame(), Path.of(f.video().getFilename()).getFileName(),
						f.score(), f.reason());
			}
			if (output != null) {
				List<Suggestion> added = Suggester.newSuggestions(labels, result.frames(), group);
				labels.getSuggestions().addAll(added);
				LabelsFiles.save(labels, output, progress.split(1));
				out.println(added.size() + " suggestions added to " + output);
			}
			return OK;
		} catch (LabelsFileException | SuggestionException e) {
			err.println("myrmex suggest: " + e.getMessage());
			return FAILED;
		}
	}

	private static double decimal(String option, String value) {
		try {
			return Double.parseDouble(value);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(option + " takes a number, not '" + value + "'");
		}
	}
}
