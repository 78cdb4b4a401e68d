package org.pipedesk.server.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.pipedesk.core.api.PipelineService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A real HTTP client against the server under test; every request carries a bearer token, as clients will. */
final class Http {
	static final ObjectMapper JSON = new ObjectMapper();
	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
	private static volatile boolean ready;

	record Reply(int status, JsonNode body, Optional<String> etag) {
		/** Asserts an error in HubSpot's shape and returns it. */
		JsonNode error(int expectedStatus, String expectedCategory) {
			assertEquals(expectedStatus, status, body.toString());
			assertEquals("error", body.path("status").asText(), body.toString());
			assertEquals(expectedCategory, body.path("category").asText(), body.toString());
			assertFalse(body.path("message").asText().isBlank(), body.toString());
			assertTrue(body.path("correlationId").asText().matches("[0-9a-f-]{36}"), body.toString());
			return body;
		}

		JsonNode ok(int expectedStatus) {
			assertEquals(expectedStatus, status, String.valueOf(body));
			return body;
		}
	}

	private Http() {
	}

	static String baseUrl() {
		return System.getProperty("pipedesk.it.baseUrl", "http://localhost:18765");
	}

	static Reply get(String path) {
		return send("GET", path, null, null);
	}

	static Reply post(String path, String json) {
		return send("POST", path, json, null);
	}

	static Reply patch(String path, String json) {
		return send("PATCH", path, json, null);
	}

	static Reply put(String path, String json) {
		return send("PUT", path, json, null);
	}

	static Reply delete(String path) {
		return send("DELETE", path, null, null);
	}

	/** The first super admin's token (the IT runtime sets pipedesk.admin.token to it). */
	static final String ADMIN_TOKEN = "it-token";

	static Reply send(String method, String path, String json, String ifMatch) {
		return sendBody(ADMIN_TOKEN, method, path, json == null ? null : HttpRequest.BodyPublishers.ofString(json),
				ifMatch);
	}

	/** A request with another user's token ({@code null}: no Authorization header at all). */
	static Reply as(String token, String method, String path, String json) {
		return sendBody(token, method, path, json == null ? null : HttpRequest.BodyPublishers.ofString(json), null);
	}

	/** POSTs a body of another media type (CSV, ...). */
	static Reply post(String path, String contentType, String body) {
		return sendBody(ADMIN_TOKEN, "POST", path, HttpRequest.BodyPublishers.ofString(body), null, contentType);
	}

	/**
	 * POSTs a large JSON body over a plain socket and returns the status line's code and the answer's body: with
	 * {@code chunked} false it declares the length and waits (Expect: 100-continue) before sending any of it;
	 * with {@code chunked} true it streams chunks, stopping early if the server has answered. A raw socket, because
	 * an HTTP client library may give up on a connection the server closes after refusing an upload.
	 */
	static Reply postRaw(String path, byte[] body, boolean chunked) {
		awaitServer();
		URI uri = URI.create(baseUrl() + path);
		try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
			socket.setSoTimeout(30_000);
			java.io.OutputStream out = socket.getOutputStream();
			String head = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + "\r\n"
					+ "Authorization: Bearer it-token\r\nContent-Type: application/json\r\nConnection: close\r\n"
					+ (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\nExpect: 100-continue\r\n")
					+ "\r\n";
			out.write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
			out.flush();
			java.io.InputStream in = socket.getInputStream();
			if (chunked) {
				try {
					for (int offset = 0; offset < body.length && in.available() == 0; offset += 65_536) {
						int length = Math.min(65_536, body.length - offset);
						out.write((Integer.toHexString(length) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
						out.write(body, offset, length);
						out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
					}
					out.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
					out.flush();
				} catch (IOException answeredAndClosed) {
					// the server refused the upload and closed its side: its answer is already on the way
				}
			}
			// Read the answer's head, then exactly its body: the server may keep the connection open.
			String answerHead;
			int status;
			do { // skip interim answers (100 Continue)
				java.io.ByteArrayOutputStream headBytes = new java.io.ByteArrayOutputStream();
				while (!headBytes.toString(java.nio.charset.StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
					int b = in.read();
					if (b < 0) {
						throw new IOException("connection closed before the answer's head ended");
					}
					headBytes.write(b);
				}
				answerHead = headBytes.toString(java.nio.charset.StandardCharsets.US_ASCII);
				status = Integer.parseInt(answerHead.substring(9, 12));
			} while (status < 200);
			java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(answerHead);
			String json;
			if (length.find()) {
				json = new String(in.readNBytes(Integer.parseInt(length.group(1))), java.nio.charset.StandardCharsets.UTF_8);
			} else {
				StringBuilder chunks = new StringBuilder();
				java.io.BufferedReader reader = new java.io.BufferedReader(
						new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
				for (int size; (size = Integer.parseInt(reader.readLine().strip(), 16)) > 0; reader.readLine()) {
					char[] chunk = new char[size];
					int got = 0;
					while (got < size) {
						got += reader.read(chunk, got, size - got);
					}
					chunks.append(chunk);
				}
				json = chunks.toString();
			}
			return new Reply(status, JSON.readTree(json), Optional.empty());
		} catch (IOException e) {
			throw new AssertionError("POST " + path + " failed: " + e, e);
		}
	}

	private static Reply sendBody(String token, String method, String path, HttpRequest.BodyPublisher body,
			String ifMatch) {
		return sendBody(token, method, path, body, ifMatch, "application/json");
	}

	private static Reply sendBody(String token, String method, String path, HttpRequest.BodyPublisher body,
			String ifMatch, String contentType) {
		awaitServer();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
				.timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			request.header("Content-Type", contentType);
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		try {
			HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
			JsonNode answer = response.body().isEmpty() ? null : JSON.readTree(response.body());
			return new Reply(response.statusCode(), answer, response.headers().firstValue("ETag"));
		} catch (IOException e) {
			throw new AssertionError(method + " " + path + " failed: " + e, e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError(e);
		}
	}

	/** The REST whiteboard registers resources asynchronously: wait until the pipelines resource answers. */
	private static void awaitServer() {
		if (ready) {
			return;
		}
		Osgi.service(PipelineService.class);
		long deadline = System.currentTimeMillis() + 30_000;
		while (System.currentTimeMillis() < deadline) {
			try {
				HttpResponse<String> response = CLIENT.send(
						HttpRequest.newBuilder(URI.create(baseUrl() + "/crm/v3/pipelines/tickets"))
								.header("Authorization", "Bearer it-token").build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					ready = true;
					return;
				}
			} catch (IOException e) {
				// not listening yet
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
			try {
				Thread.sleep(100);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError(e);
			}
		}
		throw new AssertionError("The REST API did not answer within 30 s at " + baseUrl());
	}
}
