// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.preprocess;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.AtomicFiles;
import org.myrmex.video.VideoException;
import org.myrmex.video.VideoSource;
import org.myrmex.video.Videos;
import org.myrmex.video.internal.media.MediaProbe;

/**
 * Re-encodes videos for labelling and training, like the seed lab's notebook: each input becomes
 * {@code OUTPUT_FOLDER/NAME<suffix>.mp4}, optionally cropped, scaled and grey, with SLEAP's libx264 settings and,
 * for instant seeking, a short or all-intra group of pictures.
 * <p>
 * Each video is encoded by the {@code ffmpeg} executable bundled with FFmpeg's natives ({@link FfmpegCommand}),
 * not by JavaCV's in-process recorder: with the very flags a user would type, the output is byte-for-byte what the
 * command line gives and as fast (the in-process path measured 161 against 168 frames/s and would need its own
 * crop/scale/grey code); a cancelled encode ends by killing the process, with no half-flushed encoder state in
 * the JVM; and FFmpeg's threads and memory stay out of the workbench's process.
 * <p>
 * Everything is checked before anything is encoded: every input exists and is a readable video, the crop box
 * fits its frame, the output size suits the pixel format, the encoder exists (never a silent fall-back), no
 * output is an input and no existing output is replaced unless {@link PreprocessOptions#overwrite()}. Each
 * output is written to a hidden temporary file in the output folder, its frame count compared with the input's,
 * and only then renamed atomically; a failed or cancelled encode leaves no output file.
 */
public final class Preprocessor {
	private Preprocessor() {
	}

	/** One video to encode, checked: its frame count, its frame size and the output's. */
	private record Job(Path input, Path output, int frames, int inWidth, int inHeight, int width, int height,
			boolean renumber) {
	}

	/**
	 * Pre-processes videos.
	 *
	 * @param inputs video files, or folders whose videos ({@link VideoFiles#in(Path)}) are all taken, except the outputs
	 *        an earlier run with the same suffix left there
	 * @param outputFolder where the outputs go (created if needed); may be an input's folder when the suffix is
	 *        not empty
	 * @return one result per video, in input order
	 * @throws VideoException naming the file when an input, an output or the encoder is not right; outputs
	 *         already finished are kept
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; the video being encoded leaves
	 *         no file, those already finished are kept
	 */
	public static List<PreprocessResult> run(List<Path> inputs, Path outputFolder, PreprocessOptions options,
			IProgressMonitor monitor) throws VideoException {
		SubMonitor progress = SubMonitor.convert(monitor, "Pre-processing videos", 100);
		List<Path> videos = expand(inputs, options);
		if (videos.isEmpty()) {
			throw new IllegalArgumentException("no videos to pre-process");
		}
		if (Files.exists(outputFolder) && !Files.isDirectory(outputFolder)) {
			throw new VideoException(outputFolder, "the output folder is a file");
		}
		FfmpegCommand.checkEncoder(options, videos.get(0));
		Path executable = FfmpegCommand.executable();
		List<Job> jobs = plan(videos, outputFolder, options, progress.split(10));
		try {
			Files.createDirectories(outputFolder);
		} catch (IOException e) {
			throw new VideoException(outputFolder, "cannot create the output folder (" + e.getMessage() + ")", e);
		}
		long total = jobs.stream().mapToLong(Job::frames).sum();
		SubMonitor encoding = progress.split(90).setWorkRemaining((int) Math.min(Integer.MAX_VALUE, total));
		List<PreprocessResult> results = new ArrayList<>();
		for (Job job : jobs) {
			encoding.setTaskName("Pre-processing " + job.input().getFileName());
			encode(executable, job, options, encoding.split(job.frames()));
			results.add(new PreprocessResult(job.input(), job.output(), job.frames(), job.width(), job.height()));
		}
		return results;
	}

	/**
	 * Pre-processes one video into exactly {@code output} (its folder is created if needed), with the same checks,
	 * frame-count verification and atomic rename as {@link #run}; the options' suffix is not used. For callers that
	 * name outputs themselves, such as the seek proxies of {@link org.myrmex.video.proxy.SeekProxy}.
	 *
	 * @throws VideoException naming the file when the input, the output or the encoder is not right
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; no output file is left
	 */
	public static PreprocessResult runTo(Path input, Path output, PreprocessOptions options, IProgressMonitor monitor)
			throws VideoException {
		SubMonitor progress = SubMonitor.convert(monitor, "Pre-processing " + input.getFileName(), 100);
		if (output.toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize())
				|| isAnyInput(output, List.of(input))) {
			throw new VideoException(input, "its output " + output + " would overwrite it");
		}
		if (Files.exists(output) && !options.overwrite()) {
			throw new VideoException(output, "the output exists; allow overwriting to replace it");
		}
		FfmpegCommand.checkEncoder(options, input);
		Path executable = FfmpegCommand.executable();
		Job job = check(input, output, options, progress.split(10));
		Path folder = output.toAbsolutePath().getParent();
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new VideoException(folder, "cannot create the output folder (" + e.getMessage() + ")", e);
		}
		encode(executable, job, options, progress.split(90));
		return new PreprocessResult(job.input(), job.output(), job.frames(), job.width(), job.height());
	}

	/**
	 * @return where {@code input} goes: {@code outputFolder/NAME<suffix>.mp4}, NAME being the file name without
	 *         its extension
	 */
	public static Path outputFor(Path input, Path outputFolder, PreprocessOptions options) {
		String name = input.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		return outputFolder.resolve(stem + options.suffix() + ".mp4");
	}

	private static List<Job> plan(List<Path> videos, Path outputFolder, PreprocessOptions options, SubMonitor monitor)
			throws VideoException {
		monitor.setWorkRemaining(videos.size());
		List<Path> inputFiles = new ArrayList<>();
		for (Path video : videos) {
			inputFiles.add(video.toAbsolutePath().normalize());
		}
		List<Job> jobs = new ArrayList<>();
		List<Path> outputs = new ArrayList<>();
		for (Path input : videos) {
			Path output = outputFor(input, outputFolder, options);
			Path absolute = output.toAbsolutePath().normalize();
			if (inputFiles.contains(absolute) || isAnyInput(output, videos)) {
				throw new VideoException(input, "its output " + output + " would overwrite an input; choose another"
						+ " output folder or a non-empty suffix");
			}
			if (outputs.contains(absolute)) {
				throw new VideoException(input, "another input is also written to " + output + "; give them different"
						+ " names or output folders");
			}
			outputs.add(absolute);
			if (Files.exists(output) && !options.overwrite()) {
				throw new VideoException(output, "the output exists; allow overwriting to replace it");
			}
			jobs.add(check(input, output, options, monitor.split(1)));
		}
		return jobs;
	}

	/**
	 * @return the videos of {@code inputs}, each folder replaced by its videos except the outputs an earlier run with
	 *         this suffix left there (so that running again on a folder does not take its outputs as inputs)
	 */
	private static List<Path> expand(List<Path> inputs, PreprocessOptions options) throws VideoException {
		String earlierOutput = options.suffix() + ".mp4";
		List<Path> videos = new ArrayList<>();
		for (Path input : inputs) {
			if (!Files.isDirectory(input)) {
				videos.addAll(VideoFiles.expand(List.of(input)));
				continue;
			}
			List<Path> inFolder = VideoFiles.in(input).stream()
					.filter(v -> options.suffix().isEmpty() || !v.getFileName().toString().endsWith(earlierOutput)).toList();
			if (inFolder.isEmpty()) {
				throw new VideoException(input, "the folder holds only videos pre-processed already (*" + earlierOutput + ")");
			}
			videos.addAll(inFolder);
		}
		return videos;
	}

	/** Reads the input's packets (cancellable) and checks that the options suit its frames. */
	private static Job check(Path input, Path output, PreprocessOptions options, IProgressMonitor monitor)
			throws VideoException {
		if (!Files.isRegularFile(input)) {
			throw new VideoException(input, Files.exists(input) ? "not a file" : "no such file");
		}
		MediaProbe probe = MediaProbe.of(input, monitor);
		int frames = probe.frames();
		int width = probe.width();
		int height = probe.height();
		if (frames <= 0) {
			throw new VideoException(input, "the video has no frames");
		}
		Crop crop = options.crop();
		if (crop != null && !crop.fits(width, height)) {
			throw new VideoException(input, "the crop box " + crop + " lies outside the " + width + "x" + height
					+ " frame");
		}
		int outWidth = FfmpegCommand.outputWidth(options, width);
		int outHeight = FfmpegCommand.outputHeight(options, height);
		boolean oddWidth = outWidth % 2 != 0 && FfmpegCommand.needsEvenWidth(options.pixelFormat());
		boolean oddHeight = outHeight % 2 != 0 && FfmpegCommand.needsEvenHeight(options.pixelFormat());
		if (oddWidth || oddHeight) {
			throw new VideoException(input, "the output would be " + outWidth + "x" + outHeight + " pixels, but "
					+ options.pixelFormat() + " needs an even " + (oddWidth ? "width" : "height")
					+ "; crop or scale to an even size");
		}
		return new Job(input, output, frames, width, height, outWidth, outHeight, !probe.timestampsReliable());
	}

	private static boolean isAnyInput(Path output, List<Path> inputs) throws VideoException {
		if (!Files.exists(output)) {
			return false;
		}
		for (Path input : inputs) {
			try {
				if (Files.isSameFile(output, input)) {
					return true;
				}
			} catch (IOException e) {
				throw new VideoException(input, "cannot compare with " + output + " (" + e.getMessage() + ")", e);
			}
		}
		return false;
	}

	/** Removes {@code .NAME.*.part} beside {@code output}: encodings of it killed before they finished. */
	private static void removeStaleParts(Path output) throws IOException {
		Path absolute = output.toAbsolutePath();
		try (DirectoryStream<Path> parts = Files.newDirectoryStream(absolute.getParent(),
				"." + absolute.getFileName() + ".*.part")) {
			for (Path part : parts) {
				Files.deleteIfExists(part);
			}
		}
	}

	/**
	 * Encodes into a hidden temporary file, checks its frame count, then renames it over the output. The temporary
	 * files of an earlier encoding of the same output whose process was killed are removed first (an ffmpeg that
	 * outlived it only writes on into the unlinked file).
	 */
	private static void encode(Path executable, Job job, PreprocessOptions options, SubMonitor monitor)
			throws VideoException {
		Path temp;
		try {
			removeStaleParts(job.output());
			temp = Files.createTempFile(job.output().toAbsolutePath().getParent(), "." + job.output().getFileName() + ".",
					".part");
		} catch (IOException e) {
			throw new VideoException(job.output(), "cannot write in the output folder (" + e.getMessage() + ")", e);
		}
		try {
			List<String> args = FfmpegCommand.arguments(options, job.input(), temp, job.inWidth(), job.inHeight(),
					job.renumber());
			FfmpegProcess.run(executable, args, job.input(), job.frames(), monitor);
			int written;
			try (VideoSource output = Videos.openMediaUncached(temp)) {
				written = output.frameCount();
			}
			if (written != job.frames()) {
				throw new VideoException(job.input(), "the re-encoded video has " + written + " frames instead of "
						+ job.frames() + "; no output written");
			}
			if (Files.exists(job.output()) && !options.overwrite()) {
				throw new VideoException(job.output(), "the output appeared while encoding; not replacing it");
			}
			readableByAll(temp);
			AtomicFiles.move(temp, job.output());
		} catch (IOException e) {
			throw new VideoException(job.output(), "cannot write the output (" + e.getMessage() + ")", e);
		} finally {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException e) {
				// a stray hidden .part file is harmless
			}
		}
	}

	private static void readableByAll(Path file) throws IOException {
		if (Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		}
	}
}
