package org.pipedesk.channel.chat.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.channel.chat.internal.ChatJson.Transcript;
import org.pipedesk.core.api.NotFoundException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A chat ticket's conversation for agents: the transcript (whoever may view the ticket; {@code wait} long-polls
 * for the visitor's next message as the visitor's side does), the agent's answer and closing (whoever may edit it).
 */
@Component(service = TicketChatResource.class, property = { "osgi.jakartars.resource=true",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.json)",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.auth)" })
@Path("/pipedesk/v1/tickets/{ticketId}/chat")
@Produces(MediaType.APPLICATION_JSON)
public class TicketChatResource {
	private final ChatService chat;

	@Activate
	public TicketChatResource(@Reference ChatService chat) {
		this.chat = chat;
	}

	@GET
	public Transcript transcript(@PathParam("ticketId") String ticketId,
			@QueryParam("after") @DefaultValue("0") int after, @QueryParam("wait") @DefaultValue("0") int wait) {
		ChatService.Page page = chat.transcript(ticket(ticketId), after, wait);
		return ChatJson.transcript(page.conversation(), page.messages(), after);
	}

	@POST
	@Path("messages")
	@Consumes(MediaType.APPLICATION_JSON)
	public Response answer(@PathParam("ticketId") String ticketId, ChatVisitorResource.Text text) {
		return Response.status(201)
				.entity(ChatJson.message(chat.agentSend(ticket(ticketId), text == null ? null : text.text()))).build();
	}

	@POST
	@Path("close")
	public Transcript close(@PathParam("ticketId") String ticketId) {
		long id = ticket(ticketId);
		chat.agentClose(id);
		ChatService.Page page = chat.transcript(id, 0, 0);
		return ChatJson.transcript(page.conversation(), page.messages(), 0);
	}

	private static long ticket(String value) {
		try {
			return Long.parseLong(value);
		} catch (NumberFormatException e) {
			throw new NotFoundException("ticketId", value, "No ticket " + value);
		}
	}
}
