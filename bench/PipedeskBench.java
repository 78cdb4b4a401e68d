import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pipedesk benchmark: drives a running server over its REST API and prints figures. Run through bench/run
 * (which starts the server on a fresh database and measures start-up and memory); standalone:
 *   java bench/PipedeskBench.java --url http://localhost:8080 --tickets 100000
 * Single-file program (JDK only), so it needs no build.
 */
public class PipedeskBench {
	/** The admin token the server accepts (bench/run exports it as PIPEDESK_ADMIN_TOKEN). */
	static final String TOKEN = System.getenv().getOrDefault("PIPEDESK_ADMIN_TOKEN", "bench");
	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
	private static final String[] PRIORITIES = { "LOW", "MEDIUM", "HIGH", "URGENT" };
	private static final String[] STAGES = { "1", "2", "3", "4" };
	private static String base;

	public static void main(String[] args) throws Exception {
		base = arg(args, "--url", "http://localhost:8080");
		int tickets = Integer.parseInt(arg(args, "--tickets", "100000"));
		int singles = Integer.parseInt(arg(args, "--single-creates", "20000"));
		int samples = Integer.parseInt(arg(args, "--samples", "500"));
		int concurrency = Integer.parseInt(arg(args, "--concurrency", "8"));

		long existing = total("{\"limit\":1}");
		System.out.printf(Locale.ROOT, "server %s holds %d tickets; seeding up to %d%n", base, existing, tickets);
		if (existing < tickets) {
			seed(tickets - (int) existing, concurrency);
		}
		if (args.length > 0 && List.of(args).contains("--seed-only")) {
			return;
		}
		singleCreates(singles, concurrency);
		latency("board first page (20 cards per status)", samples, () -> get("/pipedesk/v1/pipelines/0/board?limit=20"));
		latency("search, two filters (stage EQ, priority EQ), 10 per page", samples, () -> {
			String stage = STAGES[ThreadLocalRandom.current().nextInt(STAGES.length)];
			String priority = PRIORITIES[ThreadLocalRandom.current().nextInt(PRIORITIES.length)];
			post("/crm/v3/objects/tickets/search", """
					{"filterGroups":[{"filters":[{"propertyName":"hs_pipeline_stage","operator":"EQ","value":"%s"},
					{"propertyName":"hs_ticket_priority","operator":"EQ","value":"%s"}]}],"limit":10}"""
					.formatted(stage, priority), 200);
		});
		latency("ticket by id", samples, () -> get("/crm/v3/objects/tickets/" + (1 + ThreadLocalRandom.current().nextInt(tickets))));
		System.out.printf(Locale.ROOT, "tickets now: %d%n", total("{\"limit\":1}"));
	}

	private static void seed(int count, int concurrency) throws Exception {
		AtomicLong created = new AtomicLong();
		int batches = (count + 99) / 100;
		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, concurrency / 2))) {
			List<Future<?>> futures = new ArrayList<>();
			for (int b = 0; b < batches; b++) {
				int size = Math.min(100, count - b * 100);
				futures.add(pool.submit(() -> {
					StringBuilder body = new StringBuilder("{\"inputs\":[");
					for (int i = 0; i < size; i++) {
						body.append(i == 0 ? "" : ",").append(ticketJson());
					}
					post("/crm/v3/objects/tickets/batch/create", body.append("]}").toString(), 201);
					long done = created.addAndGet(size);
					if (done % 100_000 < size) {
						System.out.printf(Locale.ROOT, "  seeded %d%n", done);
					}
					return null;
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "RESULT batch create: %d tickets in %.1f s = %.0f tickets/s (100 per request, %d requests in flight)%n",
				count, seconds, count / seconds, Math.max(1, concurrency / 2));
	}

	private static void singleCreates(int count, int concurrency) throws Exception {
		List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong next = new AtomicLong();
		long start = System.nanoTime();
		try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < concurrency; t++) {
				futures.add(pool.submit(() -> {
					while (next.getAndIncrement() < count) {
						long s = System.nanoTime();
						post("/crm/v3/objects/tickets", ticketJson(), 201);
						latencies.add(System.nanoTime() - s);
					}
					return null;
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "RESULT single creates: %d in %.1f s = %.0f creates/s at concurrency %d (p50 %.1f ms, p99 %.1f ms)%n",
				count, seconds, count / seconds, concurrency, percentile(latencies, 50), percentile(latencies, 99));
	}

	interface Call {
		void run() throws Exception;
	}

	private static void latency(String what, int samples, Call call) throws Exception {
		for (int i = 0; i < Math.min(50, samples); i++) {
			call.run(); // warm-up
		}
		List<Long> latencies = new ArrayList<>();
		for (int i = 0; i < samples; i++) {
			long s = System.nanoTime();
			call.run();
			latencies.add(System.nanoTime() - s);
		}
		System.out.printf(Locale.ROOT, "RESULT %s: p50 %.1f ms, p99 %.1f ms over %d requests%n", what,
				percentile(latencies, 50), percentile(latencies, 99), samples);
	}

	private static double percentile(List<Long> nanos, int p) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	private static String ticketJson() {
		ThreadLocalRandom random = ThreadLocalRandom.current();
		return """
				{"properties":{"hs_pipeline":"0","hs_pipeline_stage":"%s","subject":"Bench ticket %d","hs_ticket_priority":"%s","content":"Generated by the Pipedesk benchmark"}}"""
				.formatted(STAGES[random.nextInt(3)], random.nextInt(1_000_000_000), PRIORITIES[random.nextInt(4)]);
	}

	private static long total(String search) throws Exception {
		String body = post("/crm/v3/objects/tickets/search", search, 200);
		Matcher m = Pattern.compile("\"total\":(\\d+)").matcher(body);
		return m.find() ? Long.parseLong(m.group(1)) : 0;
	}

	private static String get(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
	}

	private static String post(String path, String json, int expected) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json)), expected);
	}

	private static String send(HttpRequest.Builder request, int expected) throws IOException, InterruptedException {
		HttpResponse<String> response = HTTP.send(request.header("Authorization", "Bearer " + TOKEN).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != expected) {
			throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
					+ response.body());
		}
		return response.body();
	}

	private static String arg(String[] args, String name, String fallback) {
		for (int i = 0; i < args.length - 1; i++) {
			if (args[i].equals(name)) {
				return args[i + 1];
			}
		}
		return fallback;
	}

}
