package org.pipedesk.automation.api;

/** What a parameter's value is; each type brings its own check ({@link ParameterDescriptor#check}). */
public enum ParameterType {
	/** One line of text. */
	STRING,
	/** Text over several lines (notes, messages, templates). */
	TEXT,
	/** A decimal number. */
	NUMBER,
	/** {@code true} or {@code false}. */
	BOOLEAN,
	/** One of {@link ParameterDescriptor#options()}. */
	OPTION,
	/** An http(s) URL. */
	URL,
	/** The id of a status of the rule's pipeline. */
	STATUS,
	/** The name of a ticket property that exists and is not archived. */
	PROPERTY,
	/** The id of an email template (built-in or custom). */
	TEMPLATE
}
