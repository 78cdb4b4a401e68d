package org.pipedesk.core.api;

import java.util.List;

/**
 * The outcome of a batch: the items that succeeded, and one error per item that did not, naming the item by its
 * position in the request (and its id where it has one).
 */
public record BatchResult<T>(List<T> results, List<ItemError> errors) {

	public record ItemError(int index, String id, PipedeskException error) {
	}

	public boolean complete() {
		return errors.isEmpty();
	}
}
