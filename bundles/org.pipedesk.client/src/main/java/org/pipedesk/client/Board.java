package org.pipedesk.client;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A pipeline's board: one column per status in display order, with its ticket count and first (newest) cards. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Board(String pipelineId, String label, List<String> cardProperties, List<Column> columns) {
	public Board {
		cardProperties = cardProperties == null ? List.of() : List.copyOf(cardProperties);
		columns = columns == null ? List.of() : List.copyOf(columns);
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Column(ColumnStage stage, Long total, List<Card> cards, Paging paging) {
		public Column {
			cards = cards == null ? List.of() : List.copyOf(cards);
		}

		/** The cursor of the column's next page, or null. */
		public String nextAfter() {
			return paging == null || paging.next() == null ? null : paging.next().after();
		}
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ColumnStage(String id, String label, String ticketState) {
		public boolean closed() {
			return "CLOSED".equals(ticketState);
		}
	}

	/** A ticket on the board: id, subject and each card property's value (null when unset). */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Card(String id, String subject, Map<String, String> properties) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Paging(Next next) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Next(String after, String link) {
	}
}
