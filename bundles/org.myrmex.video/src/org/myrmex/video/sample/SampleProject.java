// SPDX-License-Identifier: EPL-2.0
package org.myrmex.video.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.myrmex.io.LabelsFileException;
import org.myrmex.io.SlpReader;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.LabeledFrame;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsFactory;
import org.myrmex.model.Node;
import org.myrmex.model.Point;
import org.myrmex.model.PointArray;
import org.myrmex.model.Skeleton;
import org.myrmex.model.Track;
import org.myrmex.model.UserInstance;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;
import org.myrmex.video.H264Writer;
import org.myrmex.video.VideoException;
import org.myrmex.video.synth.AntPose;
import org.myrmex.video.synth.AntSkeletonSpec;
import org.myrmex.video.synth.ColonyParameters;
import org.myrmex.video.synth.SyntheticColony;

/**
 * The sample project Myrmex makes for itself: a synthetic H.264 video of walking ants drawn by Myrmex, and
 * their exact 18-node skeleton labels as a SLEAP {@code .slp} (one user instance per ant per frame, one track per
 * ant). Ground truth
 * for demos, tests and training checks.
 */
public final class SampleProject {
	/** File name of the sample video inside the project folder. */
	public static final String VIDEO = "sample-ants.mp4";
	/** File name of the sample labels inside the project folder. */
	public static final String LABELS = "sample-ants.slp";
	/** Frames between key frames: short, so that random access in the editor is quick. */
	private static final int GOP = 10;
	private static final int CRF = 18;

	private final Path folder;

	public SampleProject(Path folder) {
		this.folder = folder;
	}

	public Path folder() {
		return folder;
	}

	public Path video() {
		return folder.resolve(VIDEO);
	}

	public Path labels() {
		return folder.resolve(LABELS);
	}

	/** @return whether both files of the project exist */
	public boolean exists() {
		return Files.isRegularFile(video()) && Files.isRegularFile(labels());
	}

	/**
	 * Renders, encodes and labels the synthetic colony into the project folder. The labels are written last, so a
	 * cancelled or failed run never leaves a project that looks complete.
	 *
	 * @throws OperationCanceledException when the monitor is cancelled (nothing is left behind)
	 */
	public Labels create(ColonyParameters parameters, IProgressMonitor monitor) throws VideoException, LabelsFileException {
		SyntheticColony colony = SyntheticColony.generate(parameters);
		SubMonitor progress = SubMonitor.convert(monitor, "Making the sample project", colony.frameCount() + 2);
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new VideoException(video(), "cannot create the project folder (" + e.getMessage() + ")", e);
		}
		try (H264Writer writer = new H264Writer(video(), colony.width(), colony.height(), colony.fps(), CRF, GOP)) {
			for (int frame = 0; frame < colony.frameCount(); frame++) {
				progress.split(1);
				writer.write(colony.renderFrameGray(frame));
			}
			writer.finish();
		}
		Labels labels = labelsOf(colony, VIDEO);
		progress.split(1);
		SlpWriter.write(labels, labels(), progress.split(1));
		return labels;
	}

	/** Loads the project's labels. */
	public Labels load() throws LabelsFileException {
		return SlpReader.read(labels());
	}

	/** Builds the ground-truth labels of a colony whose video is stored as {@code videoFile}. */
	public static Labels labelsOf(SyntheticColony colony, String videoFile) {
		LabelsFactory factory = LabelsFactory.eINSTANCE;
		Labels labels = factory.createLabels();
		Video video = factory.createVideo();
		video.setFilename(videoFile);
		video.setBackend(VideoBackend.MEDIA);
		video.setGrayscale(true);
		video.setChannels(1);
		video.setWidth(colony.width());
		video.setHeight(colony.height());
		video.setFps(colony.fps());
		video.setFrameCount(colony.frameCount());
		labels.getVideos().add(video);
		Skeleton skeleton = skeletonOf(colony.skeleton());
		labels.getSkeletons().add(skeleton);
		for (int ant = 0; ant < colony.antCount(); ant++) {
			Track track = factory.createTrack();
			track.setName("ant " + (ant + 1));
			track.setSpawnedOn(0);
			labels.getTracks().add(track);
		}
		for (int frame = 0; frame < colony.frameCount(); frame++) {
			LabeledFrame labeled = factory.createLabeledFrame();
			labeled.setVideo(video);
			labeled.setFrameIndex(frame);
			List<AntPose> poses = colony.poses(frame);
			for (int ant = 0; ant < poses.size(); ant++) {
				UserInstance instance = factory.createUserInstance();
				instance.setSkeleton(skeleton);
				instance.setTrack(labels.getTracks().get(ant));
				instance.setTrackingScore(Double.NaN);
				instance.setPoints(pointsOf(poses.get(ant)));
				labeled.getInstances().add(instance);
			}
			labels.getLabeledFrames().add(labeled);
		}
		return labels;
	}

	private static Skeleton skeletonOf(AntSkeletonSpec spec) {
		LabelsFactory factory = LabelsFactory.eINSTANCE;
		Skeleton skeleton = factory.createSkeleton();
		skeleton.setName(spec.name());
		for (String name : spec.nodeNames()) {
			Node node = factory.createNode();
			node.setName(name);
			skeleton.getNodes().add(node);
		}
		for (AntSkeletonSpec.IndexPair pair : spec.edges()) {
			var edge = factory.createEdge();
			edge.setSource(skeleton.getNodes().get(pair.first()));
			edge.setDestination(skeleton.getNodes().get(pair.second()));
			skeleton.getEdges().add(edge);
		}
		for (AntSkeletonSpec.IndexPair pair : spec.symmetries()) {
			var symmetry = factory.createSymmetry();
			symmetry.setFirst(skeleton.getNodes().get(pair.first()));
			symmetry.setSecond(skeleton.getNodes().get(pair.second()));
			skeleton.getSymmetries().add(symmetry);
		}
		return skeleton;
	}

	/** A labelled ant: every node placed by "a person" (complete), visible where it lies inside the frame. */
	private static PointArray pointsOf(AntPose pose) {
		List<Point> points = new ArrayList<>(pose.nodeCount());
		for (int i = 0; i < pose.nodeCount(); i++) {
			points.add(new Point(pose.x(i), pose.y(i), pose.isVisible(i), true, Double.NaN));
		}
		return PointArray.of(points);
	}
}
