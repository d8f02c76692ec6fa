// SPDX-License-Identifier: EPL-2.0
package org.myrmex.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.myrmex.model.Labels;
import org.myrmex.model.LabelsPackage;

/**
 * Saves and loads labels in EMF's XMI form ({@code *.xmi}), a plain-text alternative to SLEAP's {@code .slp}
 * (readable in a diff, not by SLEAP). Saves are atomic.
 */
public final class LabelsXmi {
	private static final Map<String, Object> OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8");

	private LabelsXmi() {
	}

	/** Writes the labels to {@code file} atomically: the previous file stays intact if anything fails. */
	public static void save(Labels labels, Path file) throws LabelsFileException {
		Resource resource = labels.eResource();
		if (resource == null) {
			resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
			resource.getContents().add(labels);
		}
		Resource source = resource;
		try {
			AtomicFiles.write(file, out -> source.save(out, OPTIONS));
		} catch (IOException | RuntimeException e) {
			throw new LabelsFileException(file, "cannot save (" + e.getMessage() + ")", e);
		}
	}

	/** Reads labels written by {@link #save(Labels, Path)}. */
	public static Labels load(Path file) throws LabelsFileException {
		if (!Files.isRegularFile(file)) {
			throw new LabelsFileException(file, "no such file");
		}
		ResourceSet resources = new ResourceSetImpl();
		resources.getPackageRegistry().put(LabelsPackage.eNS_URI, LabelsPackage.eINSTANCE);
		Resource resource = new XMIResourceImpl(URI.createFileURI(file.toAbsolutePath().toString()));
		resources.getResources().add(resource);
		try (InputStream in = Files.newInputStream(file)) {
			resource.load(in, OPTIONS);
		} catch (IOException | RuntimeException e) {
			throw new LabelsFileException(file, "not a Myrmex labels file (" + e.getMessage() + ")", e);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Labels)) {
			EObject first = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
			throw new LabelsFileException(file, "holds " + (first == null ? "nothing" : first.eClass().getName()) + ", not labels");
		}
		return (Labels) resource.getContents().get(0);
	}
}
