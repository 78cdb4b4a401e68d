package org.pipedesk.channel.chat.internal;

import java.time.Instant;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.channel.web.RateLimit;
import org.pipedesk.core.api.ForbiddenException;
import org.pipedesk.core.api.UserService;
import org.pipedesk.core.api.ValidationException;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The chat channel's settings (super admins, as the other channels): read, and change some fields with the version
 * read (409 when stale; version 0 before the first save). Chat is off until enabled here.
 */
@Component(service = ChatSettingsResource.class, property = { "osgi.jakartars.resource=true",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.json)",
		"osgi.jakartars.extension.select=(osgi.jakartars.name=pipedesk.auth)" })
@Path("/pipedesk/v1/channels/chat")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChatSettingsResource {
	private final ChatService chat;
	private final UserService users;

	@Activate
	public ChatSettingsResource(@Reference ChatService chat, @Reference UserService users) {
		this.chat = chat;
		this.users = users;
	}

	private void admin() {
		if (!users.me().superAdmin()) {
			throw new ForbiddenException("Authorization", "access.super-admin", "Only super admins manage the chat");
		}
	}

	public record SettingsInput(Boolean enabled, String pipelineId, String statusId, Integer maxMessageChars,
			RateLimit rateLimit, RateLimit pollRateLimit, List<String> allowedOrigins, Long version) {
	}

	public record SettingsOut(boolean enabled, String pipelineId, String statusId, int maxMessageChars,
			RateLimit rateLimit, RateLimit pollRateLimit, List<String> allowedOrigins, long version,
			Instant updatedAt) {
	}

	@GET
	public SettingsOut get() {
		admin();
		return json(chat.settings());
	}

	@PATCH
	public SettingsOut update(SettingsInput in) {
		admin();
		if (in == null) {
			throw new ValidationException("body", "body.required", "A change is required");
		}
		ChatSettings c = chat.settings();
		return json(chat.saveSettings(new ChatSettings(in.enabled() != null ? in.enabled() : c.enabled(),
				in.pipelineId() != null ? in.pipelineId() : c.pipelineId(),
				in.statusId() != null ? in.statusId() : c.statusId(),
				in.maxMessageChars() != null ? in.maxMessageChars() : c.maxMessageChars(),
				in.rateLimit() != null ? in.rateLimit() : c.rateLimit(),
				in.pollRateLimit() != null ? in.pollRateLimit() : c.pollRateLimit(),
				in.allowedOrigins() != null ? in.allowedOrigins() : c.allowedOrigins(),
				in.version() != null ? in.version() : c.version(), c.updatedAt())));
	}

	private static SettingsOut json(ChatSettings s) {
		return new SettingsOut(s.enabled(), s.pipelineId(), s.statusId(), s.maxMessageChars(), s.rateLimit(),
				s.pollRateLimit(), s.allowedOrigins(), s.version(), s.updatedAt());
	}
}
