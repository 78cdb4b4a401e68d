package org.pipedesk.model.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.pipedesk.model.desk.Desk;
import org.pipedesk.model.desk.DeskPackage;

/**
 * Reads and writes a desk configuration as an XMI document: the form in which configuration versions are
 * stored and exported. Registers the package in its own resource set, so it works the same in OSGi and in
 * a plain JVM (no extension registry needed).
 */
public final class DeskDocuments {
	private static final URI DOCUMENT_URI = URI.createURI("pipedesk:/desk.xmi");
	private static final Map<Object, Object> OPTIONS = Map.of(XMLResource.OPTION_ENCODING, "UTF-8");

	private DeskDocuments() {
	}

	public static String toXmi(Desk desk) {
		Resource resource = newResource();
		resource.getContents().add(EcoreUtil.copy(desk));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			resource.save(out, OPTIONS);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString(StandardCharsets.UTF_8);
	}

	public static Desk fromXmi(String document) {
		Resource resource = newResource();
		try {
			resource.load(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), OPTIONS);
		} catch (IOException e) {
			throw new IllegalArgumentException("Not a desk configuration document: " + e.getMessage(), e);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Desk desk)) {
			throw new IllegalArgumentException("Not a desk configuration document: the root must be one Desk");
		}
		return desk;
	}

	/** A deep copy, detached from any resource, with references between its parts kept. */
	public static Desk copy(Desk desk) {
		return EcoreUtil.copy(desk);
	}

	private static Resource newResource() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getPackageRegistry().put(DeskPackage.eNS_URI, DeskPackage.eINSTANCE);
		Resource resource = new XMIResourceImpl(DOCUMENT_URI);
		resourceSet.getResources().add(resource);
		return resource;
	}
}
