// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.Group;
import org.bytedeco.hdf5.H5File;
import org.bytedeco.hdf5.PredType;
import org.bytedeco.hdf5.global.hdf5;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.myrmex.io.Hdf5Library;
import org.myrmex.nn.predict.ModelException;
import org.myrmex.nn.predict.WeightValues;

/**
 * The weights of a Keras HDF5 model file as SLEAP saves {@code best_model.h5}: one group per layer under
 * {@code model_weights} (or at the root for weights-only files), each holding {@code <layer>/kernel:0} and
 * {@code <layer>/bias:0}. Every HDF5 call holds {@link Hdf5Library#lock()}; objects are closed explicitly.
 */
public final class KerasWeightsFile implements WeightSource {
	private static final byte[] HDF5_SIGNATURE = { (byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n' };
	private final Path path;
	private final H5File file;
	private final String root;

	private KerasWeightsFile(Path path, H5File file, String root) {
		this.path = path;
		this.file = file;
		this.root = root;
	}

	/**
	 * Opens a Keras weights file.
	 *
	 * @throws ModelException naming the file when it is missing, not HDF5 or holds no Keras layer weights
	 */
	public static KerasWeightsFile open(Path path) throws ModelException {
		if (!Files.isRegularFile(path)) {
			throw new ModelException(path, "no such file");
		}
		if (!hasHdf5Signature(path)) {
			throw new ModelException(path, "not an HDF5 file (Keras weights are HDF5)");
		}
		Hdf5Library.load();
		synchronized (Hdf5Library.lock()) {
			H5File file;
			try {
				file = new H5File(path.toString(), hdf5.H5F_ACC_RDONLY());
			} catch (RuntimeException e) {
				throw new ModelException(path, "cannot open as HDF5 (" + e.getMessage() + ")");
			}
			String root = file.nameExists("model_weights") ? "model_weights/" : "";
			KerasWeightsFile weights = new KerasWeightsFile(path, file, root);
			if (!weights.hasLayer("stack0_enc0_conv0")) {
				weights.close();
				throw new ModelException(path, "not a SLEAP Keras model: it has no layer 'stack0_enc0_conv0' "
						+ (root.isEmpty() ? "(and no 'model_weights' group)" : "under 'model_weights'"));
			}
			return weights;
		}
	}

	private static boolean hasHdf5Signature(Path path) throws ModelException {
		byte[] head = new byte[HDF5_SIGNATURE.length];
		try (InputStream in = Files.newInputStream(path)) {
			return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, HDF5_SIGNATURE);
		} catch (IOException e) {
			throw new ModelException(path, "cannot read (" + e.getMessage() + ")");
		}
	}

	@Override
	public Path path() {
		return path;
	}

	/** @return whether the file holds weights of a layer of this name */
	public boolean hasLayer(String layer) {
		synchronized (Hdf5Library.lock()) {
			return file.nameExists(root + layer) && file.nameExists(root + layer + "/" + layer);
		}
	}

	@Override
	public Set<String> layers() {
		Set<String> layers = new LinkedHashSet<>();
		synchronized (Hdf5Library.lock()) {
			try (Group group = root.isEmpty() ? file.openGroup("/") : file.openGroup(root)) {
				long count = group.getNumObjs();
				for (long i = 0; i < count; i++) {
					try (BytePointer name = group.getObjnameByIdx(i)) {
						String layer = name.getString();
						if (file.nameExists(root + layer + "/" + layer)) {
							layers.add(layer);
						}
					}
				}
			}
		}
		return layers;
	}

	@Override
	public WeightValues read(String layer, String kind) throws ModelException {
		String name = root + layer + "/" + layer + "/" + kind + ":0";
		synchronized (Hdf5Library.lock()) {
			if (!file.nameExists(root + layer) || !file.nameExists(root + layer + "/" + layer)
					|| !file.nameExists(name)) {
				return null;
			}
			try (DataSet data = file.openDataSet(name); DataSpace space = data.getSpace()) {
				long[] shape = new long[space.getSimpleExtentNdims()];
				space.getSimpleExtentDims(shape);
				float[] values = new float[(int) Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
				try (FloatPointer buffer = new FloatPointer(Math.max(1, values.length))) {
					data.read(buffer, PredType.NATIVE_FLOAT());
					buffer.get(values);
				}
				return new WeightValues(shape, values);
			} catch (RuntimeException e) {
				throw new ModelException(path, "cannot read '" + name + "' (" + e.getMessage() + ")");
			}
		}
	}

	@Override
	public String describe(String layer, String kind) {
		return "'" + root + layer + "/" + layer + "/" + kind + ":0'";
	}

	@Override
	public void close() {
		synchronized (Hdf5Library.lock()) {
			file.close();
		}
	}
}
