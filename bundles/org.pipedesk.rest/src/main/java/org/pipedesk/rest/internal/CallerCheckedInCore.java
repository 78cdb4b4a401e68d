package org.pipedesk.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that answers with success only through core calls that read the caller's rights, which
 * check in their own transaction that the request's API token is still unrevoked and its user active (every
 * {@code TicketService} method does). For such a method {@link Authentication} takes the token's user from memory
 * ({@code TokenService.identify}) instead of a database transaction of its own, the most frequent requests' biggest
 * saving; an error answer, which may have come before any core call, has the token checked again at the edge. A
 * method that may succeed without such a core call must not carry it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@interface CallerCheckedInCore {
}
