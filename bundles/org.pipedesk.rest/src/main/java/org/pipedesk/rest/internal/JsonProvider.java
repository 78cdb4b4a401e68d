package org.pipedesk.rest.internal;

import org.osgi.service.component.annotations.Component;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** JSON for every resource, through Jackson's Jakarta REST provider: ISO-8601 instants, nulls left out. */
@Component(service = { jakarta.ws.rs.ext.MessageBodyReader.class, jakarta.ws.rs.ext.MessageBodyWriter.class },
		property = { RestWhiteboard.EXTENSION, "osgi.jakartars.name=" + RestWhiteboard.JSON_EXTENSION_NAME,
				"osgi.jakartars.media.type=application/json" })
@Consumes(MediaType.WILDCARD)
@Produces({ MediaType.APPLICATION_JSON, "application/*+json" })
public class JsonProvider extends JacksonJsonProvider {
	public JsonProvider() {
		super(objectMapper());
	}

	static ObjectMapper objectMapper() {
		return new ObjectMapper().registerModule(new JavaTimeModule())
				.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
				.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
				.setSerializationInclusion(JsonInclude.Include.NON_NULL);
	}
}
