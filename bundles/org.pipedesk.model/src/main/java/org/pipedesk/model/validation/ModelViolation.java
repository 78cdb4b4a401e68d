package org.pipedesk.model.validation;

/**
 * One broken rule of the desk model.
 *
 * @param objectKind kind of the object that breaks the rule, e.g. {@code pipeline}
 * @param objectId   its id (or property name), may be {@code null} when the object has none yet
 * @param field      the field the rule is about, e.g. {@code label}
 * @param rule       stable rule code, e.g. {@code pipeline.closed-status-required}
 * @param message    human-readable message naming the object and the rule
 */
public record ModelViolation(String objectKind, String objectId, String field, String rule, String message) {
}
