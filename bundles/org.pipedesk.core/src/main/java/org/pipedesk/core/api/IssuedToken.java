package org.pipedesk.core.api;

/** A token just created, with its secret: the only time the secret is shown. */
public record IssuedToken(ApiToken token, String secret) {
}
