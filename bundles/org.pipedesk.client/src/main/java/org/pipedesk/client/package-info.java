/**
 * A small Java client for Pipedesk's REST API (HubSpot CRM v3 dialect plus Pipedesk's own /pipedesk/v1 API):
 * typed calls for pipelines, statuses, status properties, card properties, the board, ticket properties and
 * tickets, a ticket's emails and notes, users, teams, tokens, the security audit log, pipeline access, and
 * automation ({@link org.pipedesk.client.AutomationClient}: types, rules, action chains, email templates).
 * Plain JDK HTTP and Jackson, no OSGi: usable from the desktop client, tools and tests alike.
 */
package org.pipedesk.client;
