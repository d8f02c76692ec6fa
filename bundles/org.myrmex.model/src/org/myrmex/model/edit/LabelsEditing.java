// SPDX-License-Identifier: EPL-2.0
package org.myrmex.model.edit;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;
import org.myrmex.model.Labels;

/**
 * Makes the editing domain through which a labels project is edited, so that every edit is a command on a
 * {@link BasicCommandStack}: undo and redo for free, and {@link BasicCommandStack#isSaveNeeded()} after
 * {@link BasicCommandStack#saveIsDone()} to tell whether the project has unsaved changes.
 */
public final class LabelsEditing {
	private LabelsEditing() {
	}

	/**
	 * An editing domain for {@code labels} with a {@link BasicCommandStack} and a {@link ComposedAdapterFactory}
	 * of the registered item providers, resource item providers and EMF's reflective item providers (the model
	 * has no generated edit code).
	 *
	 * <p>When {@code labels} is in a resource of a resource set, the domain uses that resource set and, unless
	 * another domain already did, registers itself on it, so that
	 * {@link AdapterFactoryEditingDomain#getEditingDomainFor(org.eclipse.emf.ecore.EObject)} finds it. Otherwise
	 * the domain has a resource set of its own and {@code labels} is left where it is. Dispose the adapter
	 * factory ({@code ((ComposedAdapterFactory) domain.getAdapterFactory()).dispose()}) when done.
	 *
	 * @throws IllegalArgumentException if {@code labels} is null
	 */
	public static AdapterFactoryEditingDomain createDomain(Labels labels) {
		if (labels == null) {
			throw new IllegalArgumentException("labels must not be null");
		}
		ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
				ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
		adapterFactory.addAdapterFactory(new ResourceItemProviderAdapterFactory());
		adapterFactory.addAdapterFactory(new ReflectiveItemProviderAdapterFactory());
		BasicCommandStack commandStack = new BasicCommandStack();
		Resource resource = labels.eResource();
		ResourceSet resourceSet = resource == null ? null : resource.getResourceSet();
		if (resourceSet == null) {
			return new AdapterFactoryEditingDomain(adapterFactory, commandStack);
		}
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapterFactory, commandStack,
				resourceSet);
		if (!(resourceSet instanceof IEditingDomainProvider)
				&& EcoreUtil.getExistingAdapter(resourceSet, IEditingDomainProvider.class) == null) {
			resourceSet.eAdapters().add(new AdapterFactoryEditingDomain.EditingDomainProvider(domain));
		}
		return domain;
	}
}
