package org.pipedesk.core.api;

/** The value type of a ticket property; every value travels as a string, checked against this type. */
public enum PropertyType {
	TEXT, MULTILINE_TEXT, NUMBER, DATE, DATETIME, ENUMERATION, BOOLEAN, OWNER, TEAM
}
