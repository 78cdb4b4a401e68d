package org.pipedesk.core.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.pipedesk.core.api.ApiToken;
import org.pipedesk.core.api.Caller;
import org.pipedesk.core.api.IssuedToken;
import org.pipedesk.core.api.NotFoundException;
import org.pipedesk.core.api.Scope;
import org.pipedesk.core.api.TicketPermissions;
import org.pipedesk.core.api.TokenService;
import org.pipedesk.core.api.UnauthenticatedException;
import org.pipedesk.core.api.User;
import org.pipedesk.core.api.ValidationException;
import org.pipedesk.core.spi.DeskStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API tokens. A secret is 32 random bytes (URL-safe Base64 after a {@code pd_} prefix); only its SHA-256 is stored,
 * which is enough for secrets of that strength (a slow password hash would add a cost to every request and protect
 * nothing more). On the first start with no users, creates the first super admin with a token taken from
 * {@code pipedesk.admin.token} / env {@code PIPEDESK_ADMIN_TOKEN}, or a new one printed once and written to
 * {@code <data>/initial-admin-token} (readable by the owner only), as Jenkins does with its first password.
 */
@Component(service = TokenService.class)
public class DefaultTokenService implements TokenService {
	private static final Logger LOG = LoggerFactory.getLogger(DefaultTokenService.class);
	static final String ADMIN_TOKEN_PROPERTY = "pipedesk.admin.token";
	static final String ADMIN_TOKEN_ENV = "PIPEDESK_ADMIN_TOKEN";
	static final int MIN_SECRET_LENGTH = 8;
	static final int MAX_LABEL_LENGTH = 200;
	private static final SecureRandom RANDOM = new SecureRandom();

	/** Why a token is refused: the same words whether it is unknown, revoked or its user inactive. */
	static final String REFUSED = "The API token is unknown, revoked, or its user is inactive";
	static final int MAX_IDENTIFIED = 10_000;

	private final DeskStore store;
	private final DeskConfiguration configuration;
	/** Token secrets' hashes to the caller they name, for {@link #identify}. */
	private final Map<String, Caller> identified = new ConcurrentHashMap<>();

	@Activate
	public DefaultTokenService(BundleContext context, @Reference DeskStore store,
			@Reference DeskConfiguration configuration) {
		this.store = store;
		this.configuration = configuration;
		String given = context.getProperty(ADMIN_TOKEN_PROPERTY);
		if (given == null || given.isBlank()) {
			given = System.getenv(ADMIN_TOKEN_ENV);
		}
		String data = context.getProperty("pipedesk.data");
		bootstrap(given, Path.of(data == null || data.isBlank() ? "data" : data));
	}

	/** Creates the first super admin and their token when the desk has no users yet. */
	private void bootstrap(String givenSecret, Path dataDirectory) {
		boolean generated = givenSecret == null || givenSecret.isBlank();
		if (!generated && givenSecret.strip().length() < MIN_SECRET_LENGTH) {
			LOG.warn("{} is shorter than {} characters; ignoring it and generating a token instead", ADMIN_TOKEN_ENV,
					MIN_SECRET_LENGTH);
			generated = true;
		}
		String secret = generated ? newSecret() : givenSecret.strip();
		boolean created = store.inTransaction(tx -> {
			if (tx.security().countUsers() > 0) {
				return false;
			}
			Instant now = configuration.now();
			User admin = tx.security().insertUser(new User(0, "Admin", "admin@localhost", true, true,
					new TicketPermissions(Scope.ALL, Scope.ALL, Scope.ALL, true),
					List.of(), 0, now, now), now);
			ApiToken token = tx.security().insertToken(admin.id(), "initial admin token", hash(secret), hint(secret), now);
			tx.security().appendAudit("system:bootstrap", now, "user.created", "USER", Long.toString(admin.id()),
					"first super admin: " + SecurityAudit.describe(admin));
			tx.security().appendAudit("system:bootstrap", now, "token.issued", "TOKEN", Long.toString(token.id()),
					"for user " + admin.id() + " ('" + token.label() + "')");
			return true;
		});
		if (created && generated) {
			Path file = dataDirectory.resolve("initial-admin-token");
			try {
				Files.createDirectories(dataDirectory);
				Files.writeString(file, secret + "\n", StandardCharsets.UTF_8);
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			} catch (IOException | UnsupportedOperationException e) {
				LOG.warn("Could not write {}: {}", file, e.toString());
			}
			LOG.info("First start: created super admin 'Admin' (admin@localhost) with API token {} (shown once; also in {})",
					secret, file);
		} else if (created) {
			LOG.info("First start: created super admin 'Admin' (admin@localhost) with the token from {}", ADMIN_TOKEN_ENV);
		}
	}

	@Override
	public Caller authenticate(String secret) {
		String hash = hashOfSent(secret);
		Caller caller = store.inTransaction(tx -> tx.security().findTokenHolder(hash)
				.map(holder -> Caller.byToken(holder.userId(), holder.name(), holder.tokenId()))
				.orElseThrow(() -> new UnauthenticatedException(REFUSED)));
		remember(hash, caller);
		return caller;
	}

	@Override
	public Caller identify(String secret) {
		String hash = hashOfSent(secret);
		Caller known = identified.get(hash);
		return known != null ? known : authenticate(secret);
	}

	private static String hashOfSent(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new UnauthenticatedException("Send an API token as 'Authorization: Bearer <token>'");
		}
		return hash(secret.strip());
	}

	/**
	 * Which user and token a secret names never changes, so it may be kept without ever going stale; whether the
	 * token still holds is not kept (core checks it in each call's transaction, see {@link Rights}).
	 */
	private void remember(String hash, Caller caller) {
		if (identified.size() >= MAX_IDENTIFIED) {
			identified.clear(); // a bound, not a cache policy: clients hold few tokens each
		}
		identified.put(hash, caller);
	}

	@Override
	public IssuedToken issue(long userId, String label) {
		String name = label == null || label.isBlank() ? "API token" : label.strip();
		if (name.length() > MAX_LABEL_LENGTH) {
			throw new ValidationException("label", "token.label-max-length",
					"A token's label has at most " + MAX_LABEL_LENGTH + " characters");
		}
		return store.inTransaction(tx -> {
			Rights rights = Rights.of(tx);
			requireSelfOrSuperAdmin(rights, userId, "issue tokens for other users");
			DefaultUserService.find(tx, userId);
			String secret = newSecret();
			Instant now = configuration.now();
			ApiToken token = tx.security().insertToken(userId, name, hash(secret), hint(secret), now);
			SecurityAudit.record(tx, rights, now, "token.issued", "TOKEN", Long.toString(token.id()),
					"for user " + userId + " ('" + name + "')");
			return new IssuedToken(token, secret);
		});
	}

	@Override
	public List<ApiToken> list(long userId) {
		return store.inTransaction(tx -> {
			Rights rights = Rights.of(tx);
			requireSelfOrSuperAdmin(rights, userId, "list other users' tokens");
			DefaultUserService.find(tx, userId);
			return tx.security().listTokens(userId);
		});
	}

	@Override
	public void revoke(long tokenId) {
		store.inTransaction(tx -> {
			Rights rights = Rights.of(tx);
			ApiToken token = tx.security().findToken(tokenId).filter(t -> rights.unrestricted()
					|| t.userId() == rights.caller().userId())
					.orElseThrow(() -> new NotFoundException("tokenId", Long.toString(tokenId),
							"Token " + tokenId + " does not exist"));
			Instant now = configuration.now();
			tx.afterCommit(() -> identified.values().removeIf(caller -> caller.tokenId() == tokenId));
			if (tx.security().revokeToken(tokenId, now)) {
				SecurityAudit.record(tx, rights, now, "token.revoked", "TOKEN", Long.toString(tokenId),
						"of user " + token.userId() + " ('" + token.label() + "')");
			}
			return null;
		});
	}

	private static void requireSelfOrSuperAdmin(Rights rights, long userId, String what) {
		if (rights.caller().system() || rights.caller().userId() != userId) {
			rights.requireSuperAdmin(what);
		}
	}

	static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return "pd_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(
					MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java runtime has SHA-256", e);
		}
	}

	private static String hint(String secret) {
		return secret.substring(0, Math.min(6, secret.length())) + "…";
	}
}
