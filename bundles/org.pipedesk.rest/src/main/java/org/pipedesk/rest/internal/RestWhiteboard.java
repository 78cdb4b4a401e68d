package org.pipedesk.rest.internal;

/** Service properties shared by Pipedesk's Jakarta REST whiteboard resources and extensions. */
final class RestWhiteboard {
	static final String JSON_EXTENSION_NAME = "pipedesk.json";
	/** Resources wait for the JSON extension, so they never answer without it. */
	static final String REQUIRE_JSON = "osgi.jakartars.extension.select=(osgi.jakartars.name=" + JSON_EXTENSION_NAME + ")";
	static final String AUTH_EXTENSION_NAME = "pipedesk.auth";
	/** Resources wait for the authentication filter too, so none answers before tokens are checked. */
	static final String REQUIRE_AUTH = "osgi.jakartars.extension.select=(osgi.jakartars.name=" + AUTH_EXTENSION_NAME + ")";
	static final String RESOURCE = "osgi.jakartars.resource=true";
	static final String EXTENSION = "osgi.jakartars.extension=true";

	private RestWhiteboard() {
	}
}
