package org.pipedesk.core.api;

/** One broken rule: the field it concerns, a stable rule code and a message for people. */
public record Violation(String field, String rule, String message) {
}
