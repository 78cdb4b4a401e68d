package org.pipedesk.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.osgi.service.component.annotations.Component;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Refuses request bodies over {@link #MAX_BODY_BYTES} with 413 in the HubSpot error shape: up front when the
 * Content-Length says so, or as soon as a chunked body passes the limit while it is read.
 */
final class RequestSizeLimit {
	/** Large enough for a batch of 100 tickets with long descriptions; a runaway upload is cut short. */
	static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

	private RequestSizeLimit() {
	}

	static Response tooLarge() {
		return ErrorBody.response(413, "PAYLOAD_TOO_LARGE",
				"The request body is larger than " + MAX_BODY_BYTES / (1024 * 1024) + " MiB");
	}

	@Component(service = ContainerRequestFilter.class, property = { RestWhiteboard.EXTENSION,
			"osgi.jakartars.name=pipedesk.request-size" })
	@PreMatching
	public static class Filter implements ContainerRequestFilter {
		@Override
		public void filter(ContainerRequestContext request) {
			if (request.getLength() > MAX_BODY_BYTES) {
				request.abortWith(tooLarge());
				return;
			}
			if (request.hasEntity()) {
				request.setEntityStream(new BoundedStream(request.getEntityStream()));
			}
		}
	}

	/** Thrown while reading a body that passes the limit. */
	static final class BodyTooLargeException extends IOException {
		private static final long serialVersionUID = 1L;

		BodyTooLargeException() {
			super("request body over " + MAX_BODY_BYTES + " bytes");
		}
	}

	@Component(service = ExceptionMapper.class, property = { RestWhiteboard.EXTENSION,
			"osgi.jakartars.name=pipedesk.errors.too-large" })
	public static class TooLargeErrors implements ExceptionMapper<BodyTooLargeException> {
		@Override
		public Response toResponse(BodyTooLargeException e) {
			return tooLarge();
		}
	}

	private static final class BoundedStream extends FilterInputStream {
		private long read;

		BoundedStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(long n) throws BodyTooLargeException {
			read += n;
			if (read > MAX_BODY_BYTES) {
				throw new BodyTooLargeException();
			}
		}
	}
}
