// SPDX-License-Identifier: EPL-2.0
package org.myrmex.analysis.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads SLEAP's {@code metrics.<split>.npz}: a zip holding {@code metrics.npy}, a 0-d object array whose one element
 * is the metrics dict, pickled (protocol 3). Only what those files use is understood: NumPy arrays and scalars
 * ({@code _reconstruct}, {@code dtype}, {@code scalar}; SLEAP pickles its arrays as {@code sleap.instance.PointArray},
 * a subclass), dicts, lists, tuples, strings, numbers. Every array, and every list of numbers (SLEAP 1.3's
 * {@code dist.frame_idxs}), comes back as an {@link NpArray} of doubles; lists of strings are left out.
 */
public final class MetricsNpzReader {
	/** A NumPy array (or scalar: empty shape) as doubles in C order. */
	public record NpArray(int[] shape, double[] values) {
		/** @return the one value of a scalar */
		public double scalar() {
			if (values.length != 1) {
				throw new IllegalStateException("not a scalar: " + values.length + " values");
			}
			return values[0];
		}
	}

	private MetricsNpzReader() {
	}

	/**
	 * @return the metrics by SLEAP's key ({@code oks_voc.mAP} …)
	 * @throws IOException naming the file and what is wrong with it
	 */
	public static Map<String, NpArray> read(Path npz) throws IOException {
		try {
			return readNpz(npz);
		} catch (ZipException e) {
			throw new IOException(npz + " is not a NumPy .npz file (not a zip archive)", e);
		} catch (RuntimeException e) { // truncated or of a layout this reader does not know
			throw new IOException(npz + " cannot be read as SLEAP metrics: "
					+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, NpArray> readNpz(Path npz) throws IOException {
		byte[] npy;
		try (ZipFile zip = new ZipFile(npz.toFile())) {
			ZipEntry entry = zip.getEntry("metrics.npy");
			if (entry == null) {
				throw new IOException(npz + ": no metrics.npy");
			}
			try (InputStream in = zip.getInputStream(entry)) {
				npy = in.readAllBytes();
			}
		}
		ByteBuffer buffer = ByteBuffer.wrap(npy).order(ByteOrder.LITTLE_ENDIAN);
		if (buffer.get() != (byte) 0x93 || !new String(npy, 1, 5, StandardCharsets.US_ASCII).equals("NUMPY")) {
			throw new IOException(npz + ": metrics.npy is not a .npy file");
		}
		buffer.position(6);
		int major = buffer.get();
		buffer.get();
		int headerLength = major == 1 ? Short.toUnsignedInt(buffer.getShort()) : buffer.getInt();
		String header = new String(npy, buffer.position(), headerLength, StandardCharsets.US_ASCII);
		if (!header.contains("'descr': '|O'")) {
			throw new IOException(npz + ": metrics.npy is not an object array: " + header);
		}
		buffer.position(buffer.position() + headerLength);
		Object top = new NpyPickle.Unpickler(buffer).load();
		Object dict = top instanceof NpyPickle.Array array ? ((List<Object>) array.data).get(0) : top;
		Map<String, NpArray> metrics = new LinkedHashMap<>();
		for (Map.Entry<Object, Object> entry : ((Map<Object, Object>) dict).entrySet()) {
			if (entry.getValue() instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof String) {
				continue; // SLEAP 1.3's dist.video_paths
			}
			metrics.put((String) entry.getKey(), toNpArray(entry.getValue()));
		}
		return metrics;
	}

	private static NpArray toNpArray(Object value) {
		if (value instanceof NpyPickle.Array array) {
			return new NpArray(array.shape, array.doubles());
		}
		if (value instanceof Number number) {
			return new NpArray(new int[0], new double[] { number.doubleValue() });
		}
		if (value instanceof List<?> list) {
			return new NpArray(new int[] { list.size() },
					list.stream().mapToDouble(o -> ((Number) o).doubleValue()).toArray());
		}
		if (value instanceof Boolean bool) {
			return new NpArray(new int[0], new double[] { bool ? 1 : 0 });
		}
		throw new IllegalStateException("unexpected value " + value);
	}
}
