package org.pipedesk.channel.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.pipedesk.core.api.ValidationException;

/** Reading a public request's body within its size limit, without buffering more than the limit. */
public final class RequestBodies {
	private RequestBodies() {
	}

	/**
	 * The body's bytes; {@link PublicLimitException} (413) when the declared length ({@code -1}: none, chunked)
	 * or the bytes read pass {@code maxBytes}.
	 */
	public static byte[] read(InputStream in, long declaredLength, long maxBytes) {
		if (declaredLength > maxBytes) {
			throw PublicLimitException.tooLarge(maxBytes);
		}
		if (in == null) {
			return new byte[0];
		}
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) >= 0;) {
				if (body.size() + n > maxBytes) {
					throw PublicLimitException.tooLarge(maxBytes);
				}
				body.write(buffer, 0, n);
			}
		} catch (IOException e) { // the client went away or sent a broken chunk: its request, not our fault
			throw new ValidationException("body", "body.readable", "The request body could not be read: " + e.getMessage());
		}
		return body.toByteArray();
	}
}
