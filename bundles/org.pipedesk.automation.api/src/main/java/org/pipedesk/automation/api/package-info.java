/**
 * The automation SPI. Bundles contribute trigger types ({@link org.pipedesk.automation.api.TriggerType}) and action
 * types ({@link org.pipedesk.automation.api.ActionType}) as Declarative Services; each publishes a
 * {@link org.pipedesk.automation.api.TypeDescriptor} (id, label, description, typed parameters with validation)
 * and creates handlers for the parameters a rule gives it (openHAB's module-type / handler-factory pattern).
 * Channel connectors implement {@link org.pipedesk.automation.api.OutboundMail}.
 */
package org.pipedesk.automation.api;
