package org.pipedesk.channel.chat.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.channel.chat.internal.ChatJson.MessageOut;
import org.pipedesk.channel.chat.internal.ChatJson.VisitorConversation;
import org.pipedesk.channel.web.ClientAddresses;
import org.pipedesk.channel.web.Cors;
import org.pipedesk.channel.web.RateLimiter;
import org.pipedesk.core.api.Caller;
import org.pipedesk.core.api.CallerContext;
import org.pipedesk.core.api.ValidationException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The visitor's side of the chat. Public by design: website visitors have no Pipedesk account, so it takes no
 * token (the authentication filter lets exactly these paths through, {@code Authentication.OPEN_CHANNEL_PATHS} in
 * org.pipedesk.rest). What protects it instead: chat must be enabled (404 otherwise); a conversation is reached only
 * with its random id AND the secret handed out when it opened ({@code X-Chat-Secret}; a wrong secret is the same
 * 404 as an unknown id); rate limits per client address (429 with Retry-After) for what visitors send and for their
 * polls; the longest message; the allowed origins (CORS). It still selects the auth filter, which runs for it and
 * clears any caller. Visitor work runs as {@code Caller.system("chat")}.
 */
@Component(service = ChatVisitorResource.class, property = { "osgi.jakartars.resource=true",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.json)",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.auth)",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.cors)",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.errors.public-limits)" })
@Path("/pipedesk/v1/chat/conversations")
@Produces(MediaType.APPLICATION_JSON)
public class ChatVisitorResource {
	static final String SECRET_HEADER = "X-Chat-Secret";
	private static final Caller CHAT = Caller.system("chat");

	private final ChatService chat;
	private final RateLimiter limiter;
	private final ClientAddresses addresses;

	@Activate
	public ChatVisitorResource(@Reference ChatService chat, @Reference RateLimiter limiter,
			@Reference ClientAddresses addresses) {
		this.chat = chat;
		this.limiter = limiter;
		this.addresses = addresses;
	}

	public record Start(String name, String email, String text) {
	}

	public record Text(String text) {
	}

	@POST
	@Consumes(MediaType.APPLICATION_JSON)
	public Response start(@Context HttpServletRequest request, Start start) {
		return CallerContext.callAs(CHAT, () -> {
			ChatSettings settings = admit(request, false);
			if (start == null) {
				throw new ValidationException("body", "body.required", "name and text are required");
			}
			ChatService.Started started = chat.start(settings, start.name(), start.email(), start.text(),
					addresses.of(request));
			return Response.status(201)
					.entity(ChatJson.visitor(started.conversation(), started.secret(), started.messages(), 0)).build();
		});
	}

	@POST
	@Path("{conversationId}/messages")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response send(@PathParam("conversationId") String conversationId,
			@HeaderParam(SECRET_HEADER) String secret, @Context HttpServletRequest request, Text text) {
		return CallerContext.callAs(CHAT, () -> {
			ChatSettings settings = admit(request, false);
			MessageOut sent = ChatJson.message(
					chat.visitorSend(settings, conversationId, secret, text == null ? null : text.text()));
			return Response.status(201).entity(sent).build();
		});
	}

	/** Messages after number {@code after}; with {@code wait} (seconds) it waits for the next one (long poll). */
	@GET
	@Path("{conversationId}/messages")
	public VisitorConversation messages(@PathParam("conversationId") String conversationId,
			@HeaderParam(SECRET_HEADER) String secret, @Context HttpServletRequest request,
			@QueryParam("after") @DefaultValue("0") int after, @QueryParam("wait") @DefaultValue("0") int wait) {
		return CallerContext.callAs(CHAT, () -> {
			admit(request, true);
			ChatService.Page page = chat.visitorMessages(conversationId, secret, after, wait);
			return ChatJson.visitor(page.conversation(), null, page.messages(), after);
		});
	}

	@POST
	@Path("{conversationId}/close")
	public VisitorConversation close(@PathParam("conversationId") String conversationId,
			@HeaderParam(SECRET_HEADER) String secret, @Context HttpServletRequest request) {
		return CallerContext.callAs(CHAT, () -> {
			admit(request, false);
			ChatStore.Conversation closed = chat.visitorClose(conversationId, secret);
			return ChatJson.visitor(closed, null, java.util.List.of(), closed.lastSeq());
		});
	}

	/** The browser's CORS preflight, for any of the visitor's paths. */
	@OPTIONS
	public Response preflight(@Context HttpServletRequest request) {
		return CallerContext.callAs(CHAT, () -> {
			Cors.admit(request, chat.enabledSettings().allowedOrigins());
			return Cors.preflight("GET, POST", "Content-Type, " + SECRET_HEADER);
		});
	}

	@OPTIONS
	@Path("{conversationId}/{action}")
	public Response preflightOfConversation(@Context HttpServletRequest request) {
		return preflight(request);
	}

	/** Chat is on, the page may host it, and the address has requests left (sends and polls counted apart). */
	private ChatSettings admit(HttpServletRequest request, boolean poll) {
		ChatSettings settings = chat.enabledSettings();
		Cors.admit(request, settings.allowedOrigins());
		limiter.acquire(poll ? "chat-poll" : "chat", poll ? settings.pollRateLimit() : settings.rateLimit(),
				addresses.of(request));
		return settings;
	}
}
