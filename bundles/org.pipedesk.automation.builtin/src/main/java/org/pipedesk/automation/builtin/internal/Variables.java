package org.pipedesk.automation.builtin.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pipedesk.core.api.Ticket;

/**
 * {@code {{ticket.id}}}, {@code {{ticket.status}}}, {@code {{ticket.pipeline}}} and {@code {{ticket.<property>}}}
 * in texts of actions (notes, notifications), replaced by the ticket's values (unknown or unset: empty).
 */
final class Variables {
	private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*ticket\\.([A-Za-z0-9_]+)\\s*}}");

	private Variables() {
	}

	static String render(String text, Ticket ticket) {
		if (text == null) {
			return "";
		}
		Matcher matcher = VARIABLE.matcher(text);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String value = switch (name) {
			case "id" -> Long.toString(ticket.id());
			case "status" -> ticket.statusId();
			case "pipeline" -> ticket.pipelineId();
			default -> ticket.properties().getOrDefault(name, "");
			};
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}
}
