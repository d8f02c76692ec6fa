// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn.internal.predict;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.myrmex.nn.predict.ModelException;
import org.myrmex.nn.predict.WeightValues;
import org.tensorflow.GraphOperation;
import org.tensorflow.Result;
import org.tensorflow.SavedModelBundle;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.types.TFloat32;

/**
 * The weights of a TensorFlow SavedModel that Myrmex's trainer exported ({@code best_model/}): each network variable
 * is an operation named {@code <layer>.<kind>}, e.g. {@code stack0_enc0_conv0.kernel}, whose value is fetched from
 * the loaded model's session.
 */
public final class SavedModelWeights implements WeightSource {
	private final Path folder;
	private final SavedModelBundle bundle;

	private SavedModelWeights(Path folder, SavedModelBundle bundle) {
		this.folder = folder;
		this.bundle = bundle;
	}

	/** @return whether a folder holds a SavedModel */
	public static boolean isSavedModel(Path folder) {
		return Files.isRegularFile(folder.resolve("saved_model.pb"));
	}

	/**
	 * Loads a SavedModel.
	 *
	 * @throws ModelException naming the folder when TensorFlow cannot load it
	 */
	public static SavedModelWeights open(Path folder) throws ModelException {
		try {
			return new SavedModelWeights(folder, SavedModelBundle.load(folder.toString(), SavedModelBundle.DEFAULT_TAG));
		} catch (RuntimeException e) {
			throw new ModelException(folder, "cannot load the TensorFlow SavedModel (" + e.getMessage() + ")", e);
		}
	}

	@Override
	public Path path() {
		return folder;
	}

	@Override
	public WeightValues read(String layer, String kind) throws ModelException {
		GraphOperation op = bundle.graph().operation(layer + "." + kind);
		if (op == null) {
			return null;
		}
		try (Result result = bundle.session().runner().fetch(op.output(0)).run()) {
			if (!(result.get(0) instanceof TFloat32 tensor)) {
				throw new ModelException(folder, "variable '" + layer + "." + kind + "' is not float32");
			}
			Shape shape = tensor.shape();
			float[] data = new float[(int) shape.size()];
			tensor.asRawTensor().data().asFloats().read(data);
			return new WeightValues(shape.asArray(), data);
		} catch (RuntimeException e) {
			throw new ModelException(folder, "cannot read variable '" + layer + "." + kind + "' (" + e.getMessage()
					+ ")", e);
		}
	}

	@Override
	public Set<String> layers() {
		return Set.of();
	}

	@Override
	public String describe(String layer, String kind) {
		return "variable '" + layer + "." + kind + "'";
	}

	@Override
	public void close() {
		bundle.close();
	}
}
