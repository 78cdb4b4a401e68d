package org.pipedesk.server.product.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The materialized server product run as the launcher runs it ({@code ./pipedesk run}): its own JVM, Equinox from the
 * product's config.ini, H2 in a data directory. Started, stopped (SIGTERM: the shutdown hook stops the framework) or
 * killed (SIGKILL: nothing runs) and started again on the same data.
 */
final class ServerProcess implements AutoCloseable {
	static final String TOKEN = "pd_process-tests-admin-token";

	private static final Path PRODUCT = Paths.get(System.getProperty("pipedesk.product.dir"));
	private static final String JAVA = System.getProperty("pipedesk.java", "java");

	private final Path data;
	private final int port;
	private final String name;
	private Process process;
	private int starts;

	ServerProcess(String name) {
		this.name = name;
		this.data = Paths.get(System.getProperty("pipedesk.work.dir", "target/process-tests"), name);
		this.port = freePort();
		try {
			deleteRecursively(data);
			Files.createDirectories(data);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Api api() {
		return new Api("http://127.0.0.1:" + port, TOKEN);
	}

	/** Starts the server and waits until every API named in {@code paths} answers 200 (the whiteboard registers them one by one). */
	ServerProcess start(String... paths) throws IOException {
		Path framework;
		try (Stream<Path> plugins = Files.list(PRODUCT.resolve("plugins"))) {
			framework = plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.osgi_")).findFirst()
					.orElseThrow(() -> new IllegalStateException("No Equinox in " + PRODUCT + ": build the product first"));
		}
		// A fresh OSGi cache each start, as the launcher does; the database stays.
		Path area = data.resolve(".osgi");
		deleteRecursively(area);
		Files.createDirectories(area);
		Files.copy(PRODUCT.resolve("configuration/config.ini"), area.resolve("config.ini"));
		List<String> command = new ArrayList<>(List.of(JAVA, "-Xmx512m", "-Dosgi.install.area=" + PRODUCT,
				"-Dorg.osgi.service.http.port=" + port, "-Dpipedesk.data=" + data,
				"-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-Dorg.slf4j.simpleLogger.showDateTime=true",
				"-Dorg.slf4j.simpleLogger.log.org.eclipse.jetty=warn", "-jar", framework.toString(), "-configuration",
				area.toString(), "-consoleLog"));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
		builder.environment().put("PIPEDESK_ADMIN_TOKEN", TOKEN);
		starts++;
		Files.writeString(log(), "\n==== start " + starts + " ====\n", java.nio.file.StandardOpenOption.CREATE,
				java.nio.file.StandardOpenOption.APPEND);
		process = builder.start();
		Api api = api();
		List<String> ready = new ArrayList<>(List.of("/crm/v3/objects/tickets?limit=1"));
		ready.addAll(List.of(paths));
		await("the server to answer " + ready, Duration.ofSeconds(120), () -> {
			if (!process.isAlive()) {
				throw new IllegalStateException("The server exited with " + process.exitValue() + ", see " + log());
			}
			return ready.stream().allMatch(path -> api.status("GET", path, null) == 200);
		});
		return this;
	}

	/** SIGTERM: the JVM's shutdown hook stops the OSGi framework, as Ctrl-C or a service manager does. */
	void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
			throw new IllegalStateException("The server did not stop within 60 s after SIGTERM, see " + log());
		}
	}

	/** SIGKILL: the process dies at once, in the middle of whatever it does; no shutdown code runs. */
	void kill() throws InterruptedException {
		process.destroyForcibly().waitFor();
	}

	Path log() {
		return data.resolveSibling(name + ".log");
	}

	@Override
	public void close() throws InterruptedException {
		if (process != null && process.isAlive()) {
			process.destroyForcibly().waitFor();
		}
	}

	static void await(String what, Duration timeout, BooleanSupplier condition) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what);
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("Interrupted waiting for " + what);
			}
		}
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> all = Files.walk(path)) {
			for (Path p : all.sorted((a, b) -> b.compareTo(a)).toList()) {
				Files.delete(p);
			}
		}
	}
}
