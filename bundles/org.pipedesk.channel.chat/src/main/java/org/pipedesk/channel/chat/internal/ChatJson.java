package org.pipedesk.channel.chat.internal;

import java.time.Instant;
import java.util.List;

import org.pipedesk.channel.chat.internal.ChatStore.Conversation;
import org.pipedesk.channel.chat.internal.ChatStore.Message;

/** The chat API's JSON shapes. */
final class ChatJson {
	private ChatJson() {
	}

	/** A message as visitors and agents see it; {@code userId} is the answering agent's. */
	public record MessageOut(int seq, String author, String name, String userId, String text, Instant createdAt) {
	}

	/** What the visitor sees of their conversation; {@code secret} only in the answer that opened it. */
	public record VisitorConversation(String id, String state, String secret, List<MessageOut> messages, int last) {
	}

	public record Visitor(String name, String email) {
	}

	/** The transcript on the ticket, for agents. */
	public record Transcript(String conversationId, String ticketId, String state, Visitor visitor, Instant createdAt,
			Instant closedAt, String closedBy, List<MessageOut> messages, int last) {
	}

	static MessageOut message(Message m) {
		return new MessageOut(m.seq(), m.author(), m.authorName(),
				m.authorUserId() == null ? null : Long.toString(m.authorUserId()), m.text(), m.createdAt());
	}

	static List<MessageOut> messages(List<Message> messages) {
		return messages.stream().map(ChatJson::message).toList();
	}

	/** The number of the newest message shown, or {@code after} when none is: the next poll's {@code after}. */
	static int last(List<Message> messages, int after) {
		return messages.isEmpty() ? after : messages.get(messages.size() - 1).seq();
	}

	static VisitorConversation visitor(Conversation c, String secret, List<Message> messages, int after) {
		return new VisitorConversation(c.id(), c.state(), secret, messages(messages), last(messages, after));
	}

	static Transcript transcript(Conversation c, List<Message> messages, int after) {
		return new Transcript(c.id(), Long.toString(c.ticketId()), c.state(), new Visitor(c.visitorName(),
				c.visitorEmail()), c.createdAt(), c.closedAt(), c.closedBy(), messages(messages), last(messages, after));
	}
}
