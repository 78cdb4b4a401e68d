package org.pipedesk.ui.internal;

/** A status as edited in the pipeline settings; {@code id} null until saved. The saved* fields are the server's. */
final class StatusRow {
	String id;
	String label;
	boolean closed;
	String savedLabel;
	boolean savedClosed;
	int savedOrder = -1;

	StatusRow(String id, String label, boolean closed, int order) {
		this.id = id;
		this.label = label;
		this.closed = closed;
		if (id != null) {
			saved(order);
		}
	}

	void saved(int order) {
		savedLabel = label;
		savedClosed = closed;
		savedOrder = order;
	}

	boolean changed(int order) {
		return id == null || !label.equals(savedLabel) || closed != savedClosed || order != savedOrder;
	}

	String ticketState() {
		return closed ? "CLOSED" : "OPEN";
	}
}
