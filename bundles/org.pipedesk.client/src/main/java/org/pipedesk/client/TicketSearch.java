package org.pipedesk.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A ticket search in HubSpot's shape: AND-ed filters (one filter group), sorts ({@code -name} descending), a
 * free-text query, the properties to return, a page size and cursor. Built fluently.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public final class TicketSearch {
	private final List<Map<String, Object>> filters = new ArrayList<>();
	private final List<String> sorts = new ArrayList<>();
	private final List<String> properties = new ArrayList<>();
	private String query;
	private int limit = 100;
	private String after;

	public TicketSearch filter(String propertyName, String operator, String value) {
		filters.add(Map.of("propertyName", propertyName, "operator", operator, "value", value));
		return this;
	}

	public TicketSearch sort(String propertyName, boolean descending) {
		sorts.add(descending ? "-" + propertyName : propertyName);
		return this;
	}

	public TicketSearch query(String text) {
		this.query = text == null || text.isBlank() ? null : text.strip();
		return this;
	}

	public TicketSearch properties(List<String> names) {
		properties.addAll(names);
		return this;
	}

	public TicketSearch limit(int pageSize) {
		this.limit = pageSize;
		return this;
	}

	public TicketSearch after(String cursor) {
		this.after = cursor;
		return this;
	}

	/** The request body. */
	Map<String, Object> body() {
		Map<String, Object> body = new java.util.LinkedHashMap<>();
		body.put("filterGroups", filters.isEmpty() ? List.of() : List.of(Map.of("filters", filters)));
		body.put("sorts", sorts);
		if (!properties.isEmpty()) {
			body.put("properties", properties);
		}
		if (query != null) {
			body.put("query", query);
		}
		body.put("limit", limit);
		if (after != null) {
			body.put("after", after);
		}
		return body;
	}

	/** One page of results, with the total number of matches and the next page's cursor (null on the last). */
	public record Page(long total, List<Ticket> results, String after) {
	}
}
