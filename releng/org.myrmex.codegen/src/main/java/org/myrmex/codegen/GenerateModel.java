// SPDX-License-Identifier: EPL-2.0
package org.myrmex.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF model code of {@code bundles/org.myrmex.model} ({@code src-gen/}) from
 * {@code model/labels.genmodel}, headless and without an Eclipse workspace.
 *
 * <p>The generator never writes into the bundle directly. It runs twice in scratch copies of the
 * bundle's {@code model/} folder:
 * <ol>
 * <li>into an empty folder, which gives the exact set of files the genmodel produces;</li>
 * <li>into a folder primed with the current {@code src-gen} copies of exactly those files, so that
 * EMF's merger keeps {@code @generated NOT} members.</li>
 * </ol>
 * The result of step 2 is then synchronised into {@code src-gen}: changed files are rewritten,
 * files the genmodel no longer produces are deleted. Nothing outside {@code src-gen} is touched (the
 * {@code plugin.xml}, {@code build.properties} and {@code plugin.properties} that EMF also emits for
 * a model project are reported and dropped: the bundle's own are hand-written).
 *
 * <p>Usage: {@code GenerateModel <path of bundles/org.myrmex.model>}.
 */
public final class GenerateModel {

	/** The Eclipse project name that the genmodel's {@code modelDirectory} refers to. */
	private static final String PROJECT = "org.myrmex.model";
	private static final String GENMODEL = "model/labels.genmodel";
	private static final String SRC_GEN = "src-gen";

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("usage: GenerateModel <path of bundles/" + PROJECT + ">, got "
					+ Arrays.toString(args));
		}
		Path bundle = Paths.get(args[0]).toAbsolutePath().normalize();
		if (!Files.isRegularFile(bundle.resolve(GENMODEL))) {
			throw new IllegalArgumentException("no " + GENMODEL + " in " + bundle);
		}
		checkCharset(bundle.resolve("model"));
		// New files get this line delimiter (existing files keep theirs): the same output on every OS.
		System.setProperty("line.separator", "\n");

		long start = System.nanoTime();
		Path srcGen = bundle.resolve(SRC_GEN);
		Path fresh = Files.createTempDirectory("myrmex-codegen-fresh");
		Path merged = Files.createTempDirectory("myrmex-codegen-merged");
		try {
			// 1. Fresh run: which files does the genmodel produce?
			generate(bundle, fresh);
			TreeSet<String> expected = relativeFiles(fresh.resolve(SRC_GEN));
			if (expected.isEmpty()) {
				throw new IllegalStateException("the generator wrote 0 files under " + SRC_GEN
						+ " (genmodel not generatable, or adapter factory not registered)");
			}
			TreeSet<String> outside = relativeFiles(fresh);
			outside.removeIf(p -> p.startsWith(SRC_GEN + "/") || p.startsWith("model/"));

			// 2. Merge run over the current versions of those files, keeping @generated NOT members.
			for (String rel : expected) {
				Path current = srcGen.resolve(rel);
				if (Files.isRegularFile(current)) {
					Path target = merged.resolve(SRC_GEN).resolve(rel);
					Files.createDirectories(target.getParent());
					Files.copy(current, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
			generate(bundle, merged);
			TreeSet<String> produced = relativeFiles(merged.resolve(SRC_GEN));
			if (!produced.equals(expected)) {
				throw new IllegalStateException("merge run produced " + produced.size() + " files, fresh run "
						+ expected.size());
			}

			// 3. Synchronise src-gen.
			int written = 0;
			for (String rel : expected) {
				byte[] content = Files.readAllBytes(merged.resolve(SRC_GEN).resolve(rel));
				Path target = srcGen.resolve(rel);
				if (!Files.isRegularFile(target) || !Arrays.equals(content, Files.readAllBytes(target))) {
					Files.createDirectories(target.getParent());
					Files.write(target, content);
					written++;
				}
			}
			List<String> stale = new ArrayList<>(relativeFiles(srcGen));
			stale.removeAll(expected);
			for (String rel : stale) {
				Files.delete(srcGen.resolve(rel));
			}
			deleteEmptyDirectories(srcGen);

			System.out.printf("GenerateModel: %d files in %s (%d rewritten, %d unchanged, %d stale deleted) in %d ms%n",
					expected.size(), srcGen, written, expected.size() - written, stale.size(),
					(System.nanoTime() - start) / 1_000_000);
			stale.forEach(rel -> System.out.println("  deleted stale " + SRC_GEN + "/" + rel));
			if (!outside.isEmpty()) {
				System.out.println("  not copied (outside " + SRC_GEN + ", hand-maintained in the bundle): " + outside);
			}
		} finally {
			deleteRecursively(fresh);
			deleteRecursively(merged);
		}
	}

	/**
	 * Runs the EMF model generator with {@code platform:/resource/org.myrmex.model/} mapped to
	 * {@code workDir}, into which the bundle's {@code model/} folder is copied first.
	 */
	private static void generate(Path bundle, Path workDir) throws IOException {
		copyModelFolder(bundle.resolve("model"), workDir.resolve("model"));

		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put("ecore", new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
				.put("genmodel", new XMIResourceFactoryImpl());
		resourceSet.getURIConverter().getURIMap().put(
				URI.createPlatformResourceURI("/" + PROJECT + "/", false),
				URI.createFileURI(workDir.toString() + "/"));

		Resource resource = resourceSet.getResource(
				URI.createPlatformResourceURI("/" + PROJECT + "/" + GENMODEL, false), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		EcoreUtil.resolveAll(resourceSet);
		for (Resource r : resourceSet.getResources()) {
			if (!r.getErrors().isEmpty()) {
				throw new IllegalStateException("errors loading " + r.getURI() + ": " + r.getErrors());
			}
		}
		genModel.reconcile();
		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException("invalid genmodel: " + diagnostic);
		}
		String modelDirectory = genModel.getModelDirectory();
		if (!("/" + PROJECT + "/" + SRC_GEN).equals(modelDirectory)) {
			throw new IllegalStateException("genmodel modelDirectory must be /" + PROJECT + "/" + SRC_GEN
					+ ", is " + modelDirectory);
		}
		genModel.setCanGenerate(true);
		genModel.setUpdateClasspath(false);

		Generator generator = new Generator();
		generator.getAdapterFactoryDescriptorRegistry()
				.addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.getOptions().resourceSet = resourceSet;
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor());
		if (result.getSeverity() >= Diagnostic.ERROR) {
			throw new IllegalStateException("generation failed: " + result);
		}
	}

	/**
	 * The generator reads and writes with the platform's default charset. Refuse to run where that
	 * would corrupt non-ASCII text of the model (run with MAVEN_OPTS=-Dfile.encoding=UTF-8 then).
	 */
	private static void checkCharset(Path modelFolder) throws IOException {
		if (StandardCharsets.UTF_8.equals(Charset.defaultCharset())) {
			return;
		}
		for (String rel : relativeFiles(modelFolder)) {
			for (byte b : Files.readAllBytes(modelFolder.resolve(rel))) {
				if (b < 0) {
					throw new IllegalStateException("model/" + rel + " has non-ASCII text but the default charset is "
							+ Charset.defaultCharset() + "; run with MAVEN_OPTS=-Dfile.encoding=UTF-8");
				}
			}
		}
	}

	private static void copyModelFolder(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		for (String rel : relativeFiles(from)) {
			Path target = to.resolve(rel);
			Files.createDirectories(target.getParent());
			Files.copy(from.resolve(rel), target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Paths of the regular files under {@code root}, relative, '/'-separated, sorted; empty if no root. */
	private static TreeSet<String> relativeFiles(Path root) throws IOException {
		TreeSet<String> result = new TreeSet<>();
		if (!Files.isDirectory(root)) {
			return result;
		}
		try (Stream<Path> files = Files.walk(root)) {
			files.filter(Files::isRegularFile)
					.forEach(p -> result.add(root.relativize(p).toString().replace('\\', '/')));
		}
		return result;
	}

	private static void deleteEmptyDirectories(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			return;
		}
		try (Stream<Path> dirs = Files.walk(root)) {
			List<Path> deepestFirst = dirs.filter(Files::isDirectory).filter(d -> !d.equals(root))
					.sorted(Comparator.reverseOrder()).toList();
			for (Path dir : deepestFirst) {
				try (Stream<Path> entries = Files.list(dir)) {
					if (entries.findAny().isEmpty()) {
						Files.delete(dir);
					}
				}
			}
		}
	}

	private static void deleteRecursively(Path root) {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot delete scratch folder " + root, e);
		}
	}
}
