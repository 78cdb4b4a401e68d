package org.pipedesk.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * HubSpot's status update triggers of a pipeline: move the ticket to a status when an email is sent to the
 * customer, and when the customer replies. A trigger left null is not sent, so the server keeps it as it is.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusUpdateTriggers(Trigger emailSentToCustomer, Trigger customerReplied) {
	/** On or off, and the status the ticket is moved to (needed when on). */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Trigger(boolean enabled, String statusId) {
	}
}
