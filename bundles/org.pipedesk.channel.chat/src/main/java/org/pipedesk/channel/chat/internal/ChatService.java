package org.pipedesk.channel.chat.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.channel.chat.internal.ChatStore.Conversation;
import org.pipedesk.channel.chat.internal.ChatStore.Message;
import org.pipedesk.channel.web.Cors;
import org.pipedesk.channel.web.RateLimit;
import org.pipedesk.core.api.AccessService;
import org.pipedesk.core.api.Caller;
import org.pipedesk.core.api.CallerContext;
import org.pipedesk.core.api.ConflictException;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.PipedeskException;
import org.pipedesk.core.api.StatusInfo;
import org.pipedesk.core.api.StatusPropertyInfo;
import org.pipedesk.core.api.StatusService;
import org.pipedesk.core.api.Ticket;
import org.pipedesk.core.api.TicketService;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.api.Violation;
import org.pipedesk.core.spi.DeskStore;
import org.pipedesk.store.jdbc.sql.Jdbc;

/**
 * Chat conversations: a visitor opens one (a ticket with {@code source_type=CHAT} is created through core's
 * TicketService with the first message as its description, in the same transaction as the conversation), sends
 * messages with the conversation's secret and long-polls for the answers; agents read the transcript on the ticket
 * (view right) and answer or close it (edit right, {@link AccessService#requireEdit}). Messages are numbered per
 * conversation under the conversation's row lock. Visitor calls run as {@code Caller.system("chat")}; agent calls as
 * the agent.
 */
@Component(service = ChatService.class)
public class ChatService {
	static final String SOURCE = "CHAT";
	static final int MAX_WAIT_SECONDS = 25;
	static final int PAGE = 100;
	static final int MAX_MESSAGE_CHARS = 20_000;
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	/** What a chat ticket can carry from the start: a status requiring anything else could never take one. */
	private static final Set<String> CHAT_PROPERTIES = Set.of("subject", "content");

	private final DeskStore store;
	private final TicketService tickets;
	private final StatusService statuses;
	private final AccessService access;
	private final Wakeups wakeups = new Wakeups();
	private final SecureRandom random = new SecureRandom();
	private final Clock clock = Clock.systemUTC();

	@Activate
	public ChatService(@Reference DeskStore store, @Reference TicketService tickets, @Reference StatusService statuses,
			@Reference AccessService access) {
		this.store = store;
		this.tickets = tickets;
		this.statuses = statuses;
		this.access = access;
	}

	/** A conversation and some of its messages (those after the number asked for). */
	public record Page(Conversation conversation, List<Message> messages) {
	}

	public record Started(Conversation conversation, String secret, List<Message> messages) {
	}

	// --- settings

	public ChatSettings settings() {
		return store.inTransaction(tx -> ChatStore.settings(Jdbc.connection(tx))).orElse(ChatSettings.OFF);
	}

	/** Saves the settings; {@code s.version()} must be the stored version (0 for the first save), else 409. */
	public ChatSettings saveSettings(ChatSettings s) {
		ChatSettings checked = check(s);
		return store.inTransaction(tx -> {
			Connection c = Jdbc.connection(tx);
			if (!ChatStore.saveSettings(c, checked, clock.instant())) {
				throw new ConflictException("version", "version.current",
						"The chat settings were changed by someone else; read them again");
			}
			return ChatStore.settings(c).orElseThrow();
		});
	}

	private ChatSettings check(ChatSettings s) {
		List<Violation> problems = new ArrayList<>();
		if (s.pipelineId() == null || s.statusId() == null) {
			problems.add(new Violation("pipelineId", "chat.target-required",
					"pipelineId and statusId name where chat tickets go"));
		} else {
			try {
				StatusInfo status = statuses.get(s.pipelineId(), s.statusId());
				for (StatusPropertyInfo asked : status.statusProperties()) {
					if (asked.required() && !CHAT_PROPERTIES.contains(asked.propertyName())) {
						problems.add(new Violation("statusId", "chat.status-required-property", "Status " + status.id()
								+ " requires property " + asked.propertyName() + ", which a chat cannot fill"));
					}
				}
			} catch (PipedeskException e) {
				problems.add(new Violation("statusId", "chat.target-exists",
						"No status " + s.statusId() + " in pipeline " + s.pipelineId()));
			}
		}
		if (s.maxMessageChars() < 1 || s.maxMessageChars() > MAX_MESSAGE_CHARS) {
			problems.add(new Violation("maxMessageChars", "chat.max-message-range",
					"maxMessageChars must be 1 to " + MAX_MESSAGE_CHARS));
		}
		RateLimit.check(s.rateLimit(), "rateLimit", problems);
		RateLimit.check(s.pollRateLimit(), "pollRateLimit", problems);
		List<String> origins = Cors.normalize(s.allowedOrigins(), "allowedOrigins", problems);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return new ChatSettings(s.enabled(), s.pipelineId(), s.statusId(), s.maxMessageChars(), s.rateLimit(),
				s.pollRateLimit(), origins, s.version(), s.updatedAt());
	}

	/** The settings when chat is on; 404 otherwise (no conversation can start). */
	public ChatSettings enabledSettings() {
		ChatSettings settings = settings();
		if (!settings.enabled()) {
			throw new NotFoundException("chat", "chat", "Chat is not enabled");
		}
		return settings;
	}

	// --- visitors

	public Started start(ChatSettings settings, String name, String email, String text, String source) {
		List<Violation> problems = new ArrayList<>();
		String visitor = name == null ? "" : name.strip();
		if (visitor.isEmpty() || visitor.length() > 200) {
			problems.add(new Violation("name", "chat.name-required", "name is required (at most 200 characters)"));
		}
		String address = email == null || email.isBlank() ? null : email.strip();
		if (address != null && (address.length() > 320 || !EMAIL.matcher(address).matches())) {
			problems.add(new Violation("email", "chat.email-valid", "email must be an email address"));
		}
		textProblems(settings, text, problems);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		String secret = newSecret();
		Instant now = clock.instant();
		return store.inTransaction(tx -> {
			Ticket ticket = tickets.create(settings.pipelineId(), settings.statusId(),
					Map.of("subject", "Chat with " + visitor, "content", text, "source_type", SOURCE));
			Connection c = Jdbc.connection(tx);
			Conversation opened = new Conversation(UUID.randomUUID().toString(), ticket.id(), hash(secret), visitor,
					address, "OPEN", source, 0, now, null, null);
			ChatStore.insertConversation(c, opened);
			ChatStore.appendMessage(c, opened, "VISITOR", null, visitor, text, now);
			Conversation stored = ChatStore.conversation(c, opened.id(), false).orElseThrow();
			return new Started(stored, secret, ChatStore.messages(c, stored.id(), 0, PAGE));
		});
	}

	public Message visitorSend(ChatSettings settings, String conversationId, String secret, String text) {
		List<Violation> problems = new ArrayList<>();
		textProblems(settings, text, problems);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		return store.inTransaction(tx -> {
			Conversation conversation = visitorConversation(tx, conversationId, secret, true);
			return append(tx, conversation, "VISITOR", null, conversation.visitorName(), text);
		});
	}

	public Page visitorMessages(String conversationId, String secret, int after, int waitSeconds) {
		return poll(conversationId, waitSeconds, () -> store.inTransaction(tx -> {
			Conversation conversation = visitorConversation(tx, conversationId, secret, false);
			return new Page(conversation, ChatStore.messages(Jdbc.connection(tx), conversation.id(), after, PAGE));
		}));
	}

	public Conversation visitorClose(String conversationId, String secret) {
		return store.inTransaction(tx -> close(tx, visitorConversation(tx, conversationId, secret, true), "visitor"));
	}

	/** The conversation if the secret is its own; an unknown id and a wrong secret are the same 404. */
	private Conversation visitorConversation(org.pipedesk.core.spi.StoreTransaction tx, String id, String secret,
			boolean lock) {
		Conversation conversation = ChatStore.conversation(Jdbc.connection(tx), id, lock).orElse(null);
		if (conversation == null || secret == null || !MessageDigest.isEqual(
				conversation.secretHash().getBytes(StandardCharsets.US_ASCII),
				hash(secret).getBytes(StandardCharsets.US_ASCII))) {
			throw new NotFoundException("conversationId", id, "No conversation " + id);
		}
		return conversation;
	}

	// --- agents

	/** The ticket's conversation and messages; 404 unless the caller may view the ticket. */
	public Page transcript(long ticketId, int after, int waitSeconds) {
		String id = store.inTransaction(tx -> ticketConversation(tx, ticketId, false).id());
		return poll(id, waitSeconds, () -> store.inTransaction(tx -> {
			Conversation conversation = ticketConversation(tx, ticketId, false);
			return new Page(conversation, ChatStore.messages(Jdbc.connection(tx), conversation.id(), after, PAGE));
		}));
	}

	/** The agent's answer; the caller must be allowed to edit the ticket (403 for view only). */
	public Message agentSend(long ticketId, String text) {
		List<Violation> problems = new ArrayList<>();
		textProblems(new ChatSettings(false, null, null, MAX_MESSAGE_CHARS, null, null, List.of(), 0, null), text,
				problems);
		if (!problems.isEmpty()) {
			throw new ValidationException(problems);
		}
		Caller agent = CallerContext.require();
		return store.inTransaction(tx -> {
			Conversation conversation = ticketConversation(tx, ticketId, true);
			access.requireEdit(ticketId); // answering the customer is working the ticket
			return append(tx, conversation, "AGENT", agent.system() ? null : agent.userId(), agent.name(), text);
		});
	}

	public Conversation agentClose(long ticketId) {
		Caller agent = CallerContext.require();
		return store.inTransaction(tx -> {
			Conversation conversation = ticketConversation(tx, ticketId, true);
			access.requireEdit(ticketId);
			return close(tx, conversation, agent.actor());
		});
	}

	private Conversation ticketConversation(org.pipedesk.core.spi.StoreTransaction tx, long ticketId, boolean lock) {
		tickets.get(ticketId); // 404 unless the caller may view the ticket
		return ChatStore.conversationOfTicket(Jdbc.connection(tx), ticketId, lock).orElseThrow(
				() -> new NotFoundException("ticketId", Long.toString(ticketId), "Ticket " + ticketId + " has no chat"));
	}

	// --- shared

	private Message append(org.pipedesk.core.spi.StoreTransaction tx, Conversation locked, String author, Long userId,
			String name, String text) {
		if (!locked.open()) {
			throw new ConflictException("conversationId", "chat.conversation-open",
					"The conversation is closed; start a new one");
		}
		Connection c = Jdbc.connection(tx);
		int seq = ChatStore.appendMessage(c, locked, author, userId, name, text, clock.instant());
		tx.afterCommit(() -> wakeups.wake(locked.id()));
		return ChatStore.messages(c, locked.id(), seq - 1, 1).get(0);
	}

	private Conversation close(org.pipedesk.core.spi.StoreTransaction tx, Conversation locked, String by) {
		Connection c = Jdbc.connection(tx);
		ChatStore.close(c, locked.id(), by, clock.instant());
		tx.afterCommit(() -> wakeups.wake(locked.id()));
		return ChatStore.conversation(c, locked.id(), false).orElseThrow();
	}

	/**
	 * Answers at once when there are messages after the number asked for, the conversation is closed, or no wait
	 * was asked; otherwise waits for a message (woken on this node, re-reading every second) up to the wait.
	 */
	private Page poll(String conversationId, int waitSeconds, Supplier<Page> read) {
		if (waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS) {
			throw new ValidationException("wait", "chat.wait-range", "wait is 0 to " + MAX_WAIT_SECONDS + " seconds");
		}
		Page page = read.get();
		if (!page.messages().isEmpty() || !page.conversation().open() || waitSeconds == 0 || !wakeups.tryEnter()) {
			return page;
		}
		try {
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
			for (long left; (left = deadline - System.nanoTime()) > 0;) {
				wakeups.await(conversationId, Math.max(1, Math.min(1000, TimeUnit.NANOSECONDS.toMillis(left))));
				page = read.get();
				if (!page.messages().isEmpty() || !page.conversation().open()) {
					return page;
				}
			}
			return page;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return page;
		} finally {
			wakeups.leave();
		}
	}

	private static void textProblems(ChatSettings settings, String text, List<Violation> problems) {
		if (text == null || text.isBlank()) {
			problems.add(new Violation("text", "chat.text-required", "text is required"));
		} else if (text.length() > settings.maxMessageChars()) {
			problems.add(new Violation("text", "chat.text-size",
					"A message is at most " + settings.maxMessageChars() + " characters"));
		}
	}

	private String newSecret() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/** SHA-256 of the secret: random 32-byte secrets need no slow hash (as API tokens). */
	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
