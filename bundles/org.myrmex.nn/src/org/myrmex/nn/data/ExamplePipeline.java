// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.myrmex.nn.config.BackboneConfig;
import org.myrmex.nn.config.DataConfig.Preprocessing;
import org.myrmex.nn.config.HeadConfig;
import org.myrmex.nn.config.TrainingConfig;

/**
 * Turns a labelled frame into training examples as SLEAP's trainers do: read the frame (grey/RGB), match its size
 * to the largest video's (or the target size), augment, normalise, scale, pad to the stride, crop around instances
 * for centred-instance heads, and render the head's targets at its output stride. Every check on the configuration against the labels runs in the constructor, before any
 * frame is read. Thread-safe: {@link #examples} may run on several threads at once.
 */
public final class ExamplePipeline {
	private final HeadConfig head;
	private final FrameSource frames;
	private final Augmenter augmenter;
	private final double inputScaling;
	private final String imagenetMode;
	private final int[] targetSize;
	private final int padStride;
	private final int[] parts;
	private final int[][] edges;
	private final InstanceCrops crops;

	/**
	 * A pipeline whose automatic crop size comes from all the samples.
	 *
	 * @throws DataException when the head is not supported, an anchor or part is not in the skeleton or the crop
	 *                       size is not a multiple of the max stride
	 */
	public ExamplePipeline(TrainingConfig config, LabelledSamples samples, FrameSource frames) throws DataException {
		this(config, samples, frames, samples.samples());
	}

	/**
	 * @param samples the labels the examples come from (skeleton, symmetries)
	 * @param sizeFrom the samples the automatic crop size is computed from (SLEAP: the training split)
	 * @throws DataException when the head is not supported, an anchor or part is not in the skeleton or the crop
	 *                       size is not a multiple of the max stride
	 */
	public ExamplePipeline(TrainingConfig config, LabelledSamples samples, FrameSource frames, List<Sample> sizeFrom)
			throws DataException {
		this.head = config.model().head();
		this.frames = frames;
		this.augmenter = new Augmenter(config.optimization().augmentation(), samples.flipPermutation());
		Preprocessing preprocessing = config.data().preprocessing();
		this.inputScaling = preprocessing.inputScaling();
		this.imagenetMode = preprocessing.imagenetMode();
		this.targetSize = targetSize(preprocessing, frames);
		if (imagenetMode != null && !List.of("tf", "torch", "caffe").contains(imagenetMode)) {
			throw new DataException("data.preprocessing.imagenet_mode \"" + imagenetMode
					+ "\" is not one of tf, torch, caffe");
		}
		if (imagenetMode != null && frames != null && frames.channels() != 3) {
			throw new DataException("data.preprocessing.imagenet_mode " + imagenetMode
					+ " needs RGB images: set ensure_rgb");
		}
		int maxStride = maxStride(config.model().backbone());
		this.padStride = preprocessing.padToStride() != null ? preprocessing.padToStride() : maxStride;
		List<String> partNames;
		if (head instanceof HeadConfig.SingleInstance h) {
			partNames = h.partNames();
		} else if (head instanceof HeadConfig.CenteredInstance h) {
			partNames = h.partNames();
		} else if (head instanceof HeadConfig.MultiInstance h) {
			partNames = h.confmaps().partNames();
		} else if (head instanceof HeadConfig.Centroid) {
			partNames = List.of();
		} else {
			throw new DataException("model.heads." + head.key() + " is not supported for training");
		}
		this.parts = partIndices(samples, partNames);
		this.edges = head instanceof HeadConfig.MultiInstance multi ? edgeIndices(samples, multi) : new int[0][];
		String anchor = head instanceof HeadConfig.Centroid c ? c.anchorPart()
				: head instanceof HeadConfig.CenteredInstance c ? c.anchorPart() : null;
		if (anchor == null) {
			// SLEAP keeps the head's anchor_part and data.instance_cropping.center_on_part in step
			anchor = config.data().instanceCropping().centerOnPart();
		}
		int anchorIndex = anchor == null ? -1 : samples.nodeIndex(anchor);
		Integer cropSize = config.data().instanceCropping().cropSize();
		if (cropSize != null && (cropSize <= 0 || cropSize % maxStride != 0)) {
			throw new DataException("data.instance_cropping.crop_size " + cropSize
					+ " is not a positive multiple of the max stride " + maxStride);
		}
		int size = cropSize != null ? cropSize
				: InstanceCrops.automaticSize(sizeFrom,
						config.data().instanceCropping().cropSizeDetectionPadding(), maxStride, inputScaling);
		this.crops = new InstanceCrops(anchorIndex, size);
	}

	/** @return SLEAP's size-matching target {width, height}, or {@code null} when images keep their size */
	private static int[] targetSize(Preprocessing preprocessing, FrameSource frames) {
		if (!preprocessing.resizeAndPadToTarget() || frames == null) {
			return null;
		}
		int[] largest = frames.largestSize();
		return new int[] { preprocessing.targetWidth() != null ? preprocessing.targetWidth() : largest[0],
				preprocessing.targetHeight() != null ? preprocessing.targetHeight() : largest[1] };
	}

	private static int maxStride(BackboneConfig backbone) throws DataException {
		if (backbone instanceof BackboneConfig.UNet u) {
			return u.maxStride();
		} else if (backbone instanceof BackboneConfig.Leap l) {
			return l.maxStride();
		} else if (backbone instanceof BackboneConfig.Hourglass h) {
			return h.maxStride();
		} else if (backbone instanceof BackboneConfig.ResNet r) {
			return r.maxStride();
		}
		throw new DataException("model.backbone." + backbone.key() + " is not supported for training");
	}

	private static int[] partIndices(LabelledSamples samples, List<String> names) throws DataException {
		List<String> wanted = names == null ? samples.nodes() : names;
		int[] indices = new int[wanted.size()];
		for (int i = 0; i < indices.length; i++) {
			indices[i] = samples.nodeIndex(wanted.get(i));
		}
		return indices;
	}

	private static int[][] edgeIndices(LabelledSamples samples, HeadConfig.MultiInstance head) throws DataException {
		List<HeadConfig.Edge> edges = head.pafs().edges();
		if (edges == null) {
			return samples.edges();
		}
		int[][] indices = new int[edges.size()][];
		for (int e = 0; e < indices.length; e++) {
			indices[e] = new int[] { samples.nodeIndex(edges.get(e).source()),
					samples.nodeIndex(edges.get(e).destination()) };
		}
		return indices;
	}

	/** @return the crop side used for centred-instance heads (configured or automatic) */
	public int cropSize() {
		return crops.cropSize();
	}

	/**
	 * Builds the examples of one sample: one for whole-image heads, one per instance for centred-instance heads.
	 *
	 * @param random decides the augmentation; {@code null} for none (validation)
	 */
	public List<TrainingExample> examples(Sample sample, Random random) throws DataException {
		return examples(new Example(frames.read(sample), sample.instances()), random);
	}

	/**
	 * Builds the examples of one frame as read (its image and its instances' points): one for whole-image heads, one
	 * per instance for centred-instance heads.
	 *
	 * @param random decides the augmentation; {@code null} for none (validation)
	 */
	public List<TrainingExample> examples(Example frame, Random random) {
		Example example = frame;
		if (targetSize != null) {
			example = Preprocess.matchSize(example, targetSize[0], targetSize[1]);
		}
		if (random != null && augmenter.active()) {
			example = augmenter.apply(example, random);
		}
		example = Preprocess.normalize(example, imagenetMode);
		example = Preprocess.scale(example, inputScaling);
		List<TrainingExample> out = new ArrayList<>();
		if (head instanceof HeadConfig.CenteredInstance h) {
			for (Example crop : crops.crop(example)) {
				List<double[]> centred = List.of(select(crop.instances().get(0)));
				out.add(confidenceExample(crop.image(), centred, h.outputStride(), h.sigma(), h.offsetRefinement(),
						false));
			}
			return out;
		}
		example = Preprocess.padToStride(example, padStride);
		FloatImage image = example.image();
		if (head instanceof HeadConfig.Centroid h) {
			List<double[]> centroids = example.instances().stream().map(crops::centroid).filter(c -> c != null)
					.toList();
			out.add(confidenceExample(image, centroids, h.outputStride(), h.sigma(), h.offsetRefinement(), true));
		} else if (head instanceof HeadConfig.SingleInstance h) {
			List<double[]> first = List.of(select(example.instances().get(0)));
			out.add(confidenceExample(image, first, h.outputStride(), h.sigma(), h.offsetRefinement(), false));
		} else if (head instanceof HeadConfig.MultiInstance h) {
			List<double[]> selected = example.instances().stream().map(this::select).toList();
			HeadConfig.Confmaps c = h.confmaps();
			List<FloatImage> targets = new ArrayList<>();
			targets.add(Targets.multiConfidenceMaps(image, selected, parts.length, c.outputStride(), c.sigma()));
			targets.add(Targets.partAffinityFields(image, example.instances(), edges, h.pafs().outputStride(),
					h.pafs().sigma()));
			if (c.offsetRefinement()) {
				targets.add(Targets.offsets(image, Targets.insideGrid(image, selected, c.outputStride()), parts.length,
						c.outputStride(), c.sigma()));
			}
			out.add(new TrainingExample(image, targets));
		}
		return out;
	}

	/**
	 * Confidence maps and, when asked, their offset-refinement targets: of one instance, or (multi) the maximum
	 * over the instances SLEAP keeps.
	 */
	private static TrainingExample confidenceExample(FloatImage image, List<double[]> instances, int stride,
			double sigma, boolean offsets, boolean multi) {
		int nodes = instances.isEmpty() ? 1 : instances.get(0).length / 2;
		FloatImage maps = multi ? Targets.multiConfidenceMaps(image, instances, nodes, stride, sigma)
				: Targets.confidenceMaps(image, instances.get(0), stride, sigma);
		if (!offsets) {
			return new TrainingExample(image, List.of(maps));
		}
		List<double[]> kept = multi ? Targets.insideGrid(image, instances, stride) : instances;
		return new TrainingExample(image, List.of(maps, Targets.offsets(image, kept, nodes, stride, sigma)));
	}

	private double[] select(double[] points) {
		double[] selected = new double[2 * parts.length];
		for (int i = 0; i < parts.length; i++) {
			selected[2 * i] = points[2 * parts[i]];
			selected[2 * i + 1] = points[2 * parts[i] + 1];
		}
		return selected;
	}
}
