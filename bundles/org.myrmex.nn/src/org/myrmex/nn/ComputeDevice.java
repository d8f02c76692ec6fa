// SPDX-License-Identifier: EPL-2.0
package org.myrmex.nn;

import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeleteDeviceList;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeviceListCount;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeviceListMemoryBytes;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeviceListName;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_DeviceListType;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_SessionListDevices;
import static org.tensorflow.internal.c_api.global.tensorflow.TF_SetConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.javacpp.PointerScope;
import org.tensorflow.TensorFlow;
import org.tensorflow.internal.c_api.TF_DeviceList;
import org.tensorflow.internal.c_api.TF_Graph;
import org.tensorflow.internal.c_api.TF_Session;
import org.tensorflow.internal.c_api.TF_SessionOptions;
import org.tensorflow.internal.c_api.TF_Status;
import org.tensorflow.internal.c_api.global.tensorflow;
import org.tensorflow.proto.ConfigProto;
import org.tensorflow.proto.GPUOptions;

/**
 * Where TensorFlow runs: {@link #AUTO} uses a CUDA GPU when the GPU build finds one and the CPU otherwise,
 * {@link #CPU} hides every GPU, {@link #GPU} insists on one.
 * <p>
 * Only the GPU product (built with {@code ./mvnw -Pgpu}) carries TensorFlow's CUDA natives and the CUDA 12.3 /
 * cuDNN 8.9 libraries (TensorFlow opens the CUDA runtime when it loads: {@code MYRMEX_BUILD=gpu ./myrmex} puts
 * it on {@code LD_LIBRARY_PATH}); the default product runs on the CPU only. TensorFlow fixes its GPU memory
 * options with the first session that uses a GPU: ask this class for the configuration of every session.
 */
public enum ComputeDevice {
	/** A GPU when there is one, else the CPU. */
	AUTO,
	/** The CPU only. */
	CPU,
	/** A CUDA GPU; an error when none is usable. */
	GPU;

	private static List<String> gpus;
	private static String listingProblem;

	/**
	 * Parses a device option.
	 *
	 * @param text {@code auto}, {@code cpu} or {@code gpu} (any case)
	 * @return the choice
	 * @throws IllegalArgumentException for anything else
	 */
	public static ComputeDevice parse(String text) {
		String word = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
		return switch (word) {
		case "auto" -> AUTO;
		case "cpu" -> CPU;
		case "gpu" -> GPU;
		default -> throw new IllegalArgumentException("unknown device '" + text + "': expected auto, cpu or gpu");
		};
	}

	/**
	 * Lists the GPUs TensorFlow can use, asking TensorFlow once per process (a throw-away session on an empty
	 * graph).
	 *
	 * @return one name per GPU in TensorFlow's order ({@code GPU:0} first); empty with the CPU build or without
	 *         a usable CUDA device
	 */
	public static synchronized List<String> gpus() {
		if (gpus == null) {
			try {
				gpus = List.copyOf(listGpus());
			} catch (RuntimeException e) {
				listingProblem = "TensorFlow could not list its devices: " + e.getMessage();
				gpus = List.of();
			}
		}
		return gpus;
	}

	/**
	 * @return the session configuration for this choice: GPUs hidden for {@link #CPU}, memory growing on demand
	 *         when a GPU is used
	 * @throws IllegalStateException for {@link #GPU} when no GPU is usable, saying why
	 */
	public ConfigProto sessionConfig() {
		ConfigProto.Builder config = ConfigProto.newBuilder();
		if (this == CPU) {
			config.putDeviceCount("GPU", 0);
		} else if (!gpus().isEmpty()) {
			config.setGpuOptions(GPUOptions.newBuilder().setAllowGrowth(true));
		} else if (this == GPU) {
			throw new IllegalStateException("no GPU is usable: " + whyNoGpu());
		}
		return config.build();
	}

	/**
	 * @return where this choice runs, in words: {@code "CPU (8 threads)"}, {@code "GPU 0: <name>"}, or
	 *         {@code "GPU (none usable)"} for {@link #GPU} without one
	 */
	public String describe() {
		if (this != CPU && !gpus().isEmpty()) {
			return "GPU 0: " + gpus().get(0);
		}
		if (this == GPU) {
			return "GPU (none usable)";
		}
		return "CPU (" + Runtime.getRuntime().availableProcessors() + " threads)";
	}

	private static String whyNoGpu() {
		if (!isGpuBuild()) {
			return "this is the CPU build of Myrmex (TensorFlow's GPU natives are not installed); build the GPU product"
					+ " with ./mvnw -Pgpu, or run on the CPU";
		}
		if (!Files.exists(Path.of("/dev/nvidiactl")) && !Files.exists(Path.of("/proc/driver/nvidia/version"))) {
			return "no CUDA device found (no NVIDIA driver on this machine)";
		}
		if (listingProblem != null) {
			return "no CUDA device found (" + listingProblem + ")";
		}
		if (!cudaRuntimeLoaded()) {
			return "no CUDA device found: TensorFlow did not find the CUDA 12 runtime (libcudart.so.12) when it loaded;"
					+ " the GPU product's libraries are on LD_LIBRARY_PATH when started by MYRMEX_BUILD=gpu ./myrmex";
		}
		return "no CUDA device found: TensorFlow's CUDA build sees none (CUDA 12.3 loaded; for TensorFlow's reasons run"
				+ " with TF_CPP_MIN_LOG_LEVEL=0)";
	}

	/** @return whether TensorFlow's natives are the CUDA build ({@code linux-x86_64-gpu}) */
	private static boolean isGpuBuild() {
		String library = "/org/tensorflow/internal/c_api/" + Loader.getPlatform() + "-gpu/"
				+ System.mapLibraryName("jnitensorflow");
		return tensorflow.class.getResource(library) != null;
	}

	/** @return whether libcudart.so.12 is mapped into this process (TensorFlow opens it when it loads) */
	private static boolean cudaRuntimeLoaded() {
		try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
			return maps.anyMatch(line -> line.endsWith("/libcudart.so.12"));
		} catch (IOException | RuntimeException e) {
			return false;
		}
	}

	private static List<String> listGpus() {
		TensorFlow.version(); // loads the natives
		List<String> found = new ArrayList<>();
		byte[] config = ConfigProto.newBuilder().setGpuOptions(GPUOptions.newBuilder().setAllowGrowth(true)).build()
				.toByteArray();
		try (PointerScope scope = new PointerScope()) { // closes and deletes the session, options and graph
			TF_Status status = TF_Status.newStatus();
			TF_SessionOptions options = TF_SessionOptions.newSessionOptions();
			TF_SetConfig(options, new BytePointer(config), config.length, status);
			status.throwExceptionIfNotOK();
			TF_Session session = TF_Session.newSession(TF_Graph.newGraph(), options, status);
			status.throwExceptionIfNotOK();
			TF_DeviceList devices = TF_SessionListDevices(session, status);
			status.throwExceptionIfNotOK();
			for (int i = 0; i < TF_DeviceListCount(devices); i++) {
				if ("GPU".equals(TF_DeviceListType(devices, i, status).getString())) {
					found.add(gpuName(TF_DeviceListName(devices, i, status).getString(),
							TF_DeviceListMemoryBytes(devices, i, status)));
				}
			}
			TF_DeleteDeviceList(devices);
		}
		return found;
	}

	/**
	 * TensorFlow's C API names a GPU only by its device path: the model comes from the NVIDIA driver when every GPU
	 * of the machine is the same model (then the order does not matter).
	 */
	private static String gpuName(String tensorFlowName, long bytes) {
		String memory = String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
		Set<String> models = new TreeSet<>();
		try (Stream<Path> gpuFolders = Files.list(Path.of("/proc/driver/nvidia/gpus"))) {
			for (Path folder : gpuFolders.toList()) {
				for (String line : Files.readAllLines(folder.resolve("information"))) {
					if (line.startsWith("Model:")) {
						models.add(line.substring("Model:".length()).trim());
					}
				}
			}
		} catch (IOException | RuntimeException e) {
			models.clear();
		}
		String name = models.size() == 1 ? models.iterator().next() : tensorFlowName;
		return name + " (" + memory + ")";
	}
}
