// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myrmex.io.EmbeddedFrames;
import org.myrmex.io.SlpReader;
import org.myrmex.io.SlpWriter;
import org.myrmex.model.Labels;
import org.myrmex.model.Video;
import org.myrmex.model.VideoBackend;

/** A {@code .pkg.slp} holds the frames it was given as PNG rows, laid out as SLEAP 1.4.1 embeds them. */
class SlpWriterPackageTest {
	@TempDir
	Path folder;

	@Test
	void embedsPngFramesAsSleapDoes() throws Exception {
		Labels labels = SlpWriterTest.sampleLabels();
		Video first = labels.getVideos().get(0);
		BufferedImage five = image(32, 24, 5);
		BufferedImage seven = image(32, 24, 7);
		Map<Integer, byte[]> pngs = Map.of(5, png(five), 7, png(seven));
		EmbeddedFrames frames = new EmbeddedFrames() {
			@Override
			public int[] frameIndices(Video video) {
				return video == first ? new int[] { 5, 7 } : new int[0];
			}

			@Override
			public byte[] encodedPng(Video video, int frameIndex) {
				return pngs.get(frameIndex);
			}
		};
		Path file = folder.resolve("labels.pkg.slp");
		SlpWriter.writePackage(labels, file, frames, new NullProgressMonitor());

		String layout = SlpWriterTest.python("""
				import json
				f = h5py.File(sys.argv[1], 'r')
				print(sorted(k for k in f.keys()))
				d = f['video0/video']
				print(d.dtype, d.shape, d.compression, d.chunks is not None)
				print(sorted((k, v.decode() if isinstance(v, bytes) else v.item() if hasattr(v, 'item') else v) for k, v in d.attrs.items()))
				print(f['video0/frame_numbers'].dtype, f['video0/frame_numbers'][:].tolist())
				print(json.loads(f['video0/source_video'].attrs['json']))
				print([json.loads(v) for v in f['videos_json'][:]])
				print(f['frames'].shape, f['frames'][0]['frame_idx'], f['frames'][0]['video'])
				""", file);
		assertEquals(String.join("\n",
				"['frames', 'instances', 'metadata', 'points', 'pred_points', 'suggestions_json', 'tracks_json', 'video0', 'videos_json']",
				"int8 (2, " + Math.max(pngs.get(5).length, pngs.get(7).length) + ") gzip True",
				"[('channels', 1), ('format', 'png'), ('height', 24), ('width', 32)]",
				"int64 [5, 7]",
				"{'backend': {'filename': 'clips/a.mp4', 'grayscale': True, 'bgr': True, 'dataset': '', 'input_format': ''}}",
				"[{'backend': {'filename': '.', 'dataset': 'video0/video', 'input_format': 'channels_last', 'convert_range': False}},"
						+ " {'backend': {'filename': 'clips/b.h5', 'dataset': 'box', 'input_format': 'channels_last', 'convert_range': True}}]",
				"(3,) 5 0"), layout);

		List<String> rows = List.of(SlpWriterTest.python("""
				f = h5py.File(sys.argv[1], 'r')
				for row in f['video0/video'][:]:
				    print(row.astype(np.uint8).tobytes().hex())
				""", file).split("\n"));
		assertEquals(2, rows.size());
		assertPixels(five, decode(rows.get(0)));
		assertPixels(seven, decode(rows.get(1)));
		byte[] row0 = HexFormat.of().parseHex(rows.get(0));
		byte[] expected = new byte[row0.length];
		System.arraycopy(pngs.get(5), 0, expected, 0, pngs.get(5).length);
		assertArrayEquals(expected, row0, "the PNG as given, zero padded to the longest");

		Labels read = SlpReader.read(file);
		Video embedded = read.getVideos().get(0);
		assertEquals(VideoBackend.EMBEDDED, embedded.getBackend());
		assertEquals("video0/video", embedded.getDataset());
		assertEquals("clips/a.mp4", embedded.getSourceVideo().getFilename());
		assertEquals(VideoBackend.HDF5, read.getVideos().get(1).getBackend());
		assertEquals(5, read.getLabeledFrames().get(0).getInstances().size() + read.getLabeledFrames().get(1).getInstances().size());

		Path plain = folder.resolve("labels.slp");
		SlpWriter.write(read, plain, new NullProgressMonitor());
		assertEquals("['clips/a.mp4', 'clips/b.h5'] False", SlpWriterTest.python("""
				import json
				f = h5py.File(sys.argv[1], 'r')
				print([json.loads(v)['backend']['filename'] for v in f['videos_json'][:]], 'video0' in f)
				""", plain), "saved without frames, an embedded video is its source video again, as in SLEAP");
	}

	private static BufferedImage decode(String hex) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(HexFormat.of().parseHex(hex)));
		assertNotNull(image, "row is not an image");
		return image;
	}

	private static void assertPixels(BufferedImage expected, BufferedImage actual) {
		assertEquals(expected.getWidth(), actual.getWidth());
		assertEquals(expected.getHeight(), actual.getHeight());
		for (int y = 0; y < expected.getHeight(); y++) {
			for (int x = 0; x < expected.getWidth(); x++) {
				assertEquals(expected.getRGB(x, y), actual.getRGB(x, y), "pixel " + x + "," + y);
			}
		}
	}

	/** A grey image whose pixels depend on position and {@code seed}. */
	static BufferedImage image(int width, int height, int seed) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.getRaster().setSample(x, y, 0, (x * 7 + y * 13 + seed * 31) % 256);
			}
		}
		return image;
	}

	static byte[] png(BufferedImage image) {
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
