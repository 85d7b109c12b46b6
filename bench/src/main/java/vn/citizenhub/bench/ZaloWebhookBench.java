package vn.citizenhub.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import vn.citizenhub.channel.zalo.webhook.EventSignature;

/**
 * Measures the Zalo webhook: posts signed {@code user_send_text} events at a fixed rate (each
 * from one of a few thousand users, each with its own msg_id) and times each POST from when it
 * was due to its 200, so queueing behind a slow hub counts. It also stands in for Zalo's OA API
 * and OAuth endpoint, so the hub's replies go somewhere and are counted: a webhook that answers
 * fast while the work behind it falls ever further behind would not be a result.
 *
 * <pre>
 * java -cp bench.jar:deploy.jar vn.citizenhub.bench.ZaloWebhookBench --url http://127.0.0.1:8080 \
 *   --rate 200 --seconds 30 --app-id 1760000000000000001 --secret bench-oa-secret \
 *   --fake-zalo-port 18099        (with a stand-in: ... ZaloWebhookBench --stand-in --fake-zalo-port 18099)
 * </pre>
 */
public final class ZaloWebhookBench {

  private static final String SUCCESS = "{\"error\":0,\"message\":\"Success\",\"data\":"
      + "{\"message_id\":\"m\",\"user_id\":\"u\",\"sent_time\":\"1\"}}";
  private static final String TOKENS = "{\"access_token\":\"bench-access\","
      + "\"refresh_token\":\"bench-refresh\",\"expires_in\":\"90000\"}";

  private ZaloWebhookBench() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = LoadDriver.Args.parse(args);
    URI base = URI.create(a.getOrDefault("url", "http://127.0.0.1:8080"));
    int rate = Integer.parseInt(a.getOrDefault("rate", "200"));
    int seconds = Integer.parseInt(a.getOrDefault("seconds", "30"));
    int connections = Integer.parseInt(a.getOrDefault("connections", "16"));
    int users = Integer.parseInt(a.getOrDefault("users", "2000"));
    String appId = a.getOrDefault("app-id", "1760000000000000001");
    String oaId = a.getOrDefault("oa-id", "2420000000000000002");
    String secret = a.getOrDefault("secret", "bench-oa-secret");
    if (a.containsKey("stand-in")) {
      // Zalo's side alone, for as long as the hub runs: replies to earlier runs keep arriving.
      fakeZalo(Integer.parseInt(a.getOrDefault("fake-zalo-port", "18099")), new AtomicInteger());
      Thread.currentThread().join();
    }
    URI standIn = a.containsKey("fake-zalo-port")
        ? URI.create("http://127.0.0.1:" + a.get("fake-zalo-port")) : null;
    long repliesBefore = standIn == null ? 0 : repliesSoFar(standIn);

    Flood flood = new Flood(base, connections, users, appId, oaId, secret);
    // The driver's own JIT takes a core for its first seconds: warm it up in this JVM first, at
    // half the rate, so that what is measured is the hub's latency, not the driver's start.
    int ownWarmup = Integer.parseInt(a.getOrDefault("own-warmup-seconds", "10"));
    int warmOk = ownWarmup > 0 ? flood.run(Math.max(1, rate / 2), ownWarmup, "w").ok() : 0;
    Result r = flood.run(rate, seconds, "m");
    System.out.printf("zalo webhook: offered %d events at %d/s for %d s (%d connections,"
        + " after %d s at %d/s in the same driver)%n", rate * seconds, rate, seconds,
        connections, ownWarmup, Math.max(1, rate / 2));
    System.out.printf("  answered 200: %d, other or no answer: %d; %.0f events/s%n", r.ok(),
        r.failed(), r.ok() / r.took());
    System.out.printf("  POST answered (from when it was due): p50 %.1f ms, p99 %.1f ms,"
        + " max %.1f ms%n", r.latencies().percentileMillis(50),
        r.latencies().percentileMillis(99), r.latencies().percentileMillis(100));
    System.out.printf("  same, after the first 5 s: p50 %.1f ms, p99 %.1f ms%n",
        r.settled().percentileMillis(50), r.settled().percentileMillis(99));
    long start = r.start();
    double took = r.took();
    AtomicInteger ok = new AtomicInteger(r.ok() + warmOk);
    if (standIn != null) {
      int drain = Integer.parseInt(a.getOrDefault("drain-seconds", "60"));
      long until = System.nanoTime() + drain * 1_000_000_000L;
      long replies = repliesSoFar(standIn) - repliesBefore;
      while (replies < ok.get() && System.nanoTime() < until) {
        Thread.sleep(200);
        replies = repliesSoFar(standIn) - repliesBefore;
      }
      System.out.printf("  replies the hub sent to the stand-in OA API during the run and"
          + " after: %d for %d events (%.1f s after the last POST)%n", replies, ok.get(),
          (System.nanoTime() - start) / 1e9 - took);
    }
    System.exit(0);
  }

  /** One run's figures. */
  private record Result(int ok, int failed, Latencies latencies, Latencies settled, long start,
      double took) {}

  /** Posts signed events at a fixed rate over keep-alive connections. */
  private record Flood(URI base, int connections, int users, String appId, String oaId,
      String secret) {

    Result run(int rate, int seconds, String tag) throws InterruptedException {
      Latencies latencies = new Latencies();
      Latencies settled = new Latencies();
      AtomicInteger ok = new AtomicInteger();
      AtomicInteger failed = new AtomicInteger();
      int total = rate * seconds;
      long interval = 1_000_000_000L / rate;
      long start = System.nanoTime();
      long settledFrom = start + 5_000_000_000L;
      AtomicLong next = new AtomicLong();
      long run = System.currentTimeMillis();
      List<Thread> workers = new ArrayList<>();
      for (int w = 0; w < connections; w++) {
        Thread worker = new Thread(() -> {
          try (KeepAliveConnection connection = new KeepAliveConnection(base)) {
            for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
              long due = start + i * interval;
              long wait = due - System.nanoTime();
              if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
              }
              String timestamp = String.valueOf(run + i);
              byte[] bytes = event(appId, oaId, 8_300_000_000_000_000_000L + (i % users),
                  "bench" + tag + run + "-" + i, timestamp).getBytes(StandardCharsets.UTF_8);
              String signature = EventSignature.sign(appId, bytes, timestamp, secret);
              try {
                KeepAliveConnection.Response r = connection.post("/zalo/webhook", bytes,
                    "X-ZEvent-Signature: " + signature + "\r\n");
                long took = System.nanoTime() - due;
                if (r.status() == 200) {
                  ok.incrementAndGet();
                  latencies.add(took);
                  if (due >= settledFrom) {
                    settled.add(took);
                  }
                } else {
                  failed.incrementAndGet();
                }
              } catch (IOException e) {
                failed.incrementAndGet();
                connection.close();
              }
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }, "zalo-bench-" + w);
        workers.add(worker);
        worker.start();
      }
      for (Thread worker : workers) {
        worker.join();
      }
      return new Result(ok.get(), failed.get(), latencies, settled, start,
          (System.nanoTime() - start) / 1e9);
    }
  }

  /** A short text that is not a command: the conversation answers with the menu. */
  private static String event(String appId, String oaId, long user, String msgId,
      String timestamp) {
    return "{\"app_id\":\"" + appId + "\",\"sender\":{\"id\":\"" + user + "\"},"
        + "\"user_id_by_app\":\"552177279717587730\",\"recipient\":{\"id\":\"" + oaId + "\"},"
        + "\"event_name\":\"user_send_text\",\"message\":{\"text\":\"alo\",\"msg_id\":\""
        + msgId + "\"},\"timestamp\":\"" + timestamp + "\"}";
  }

  private static long repliesSoFar(URI standIn) throws IOException, InterruptedException {
    var http = java.net.http.HttpClient.newHttpClient();
    return Long.parseLong(http.send(java.net.http.HttpRequest.newBuilder(
            standIn.resolve("/bench/replies")).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString()).body().strip());
  }

  /** Zalo's OA API and OAuth endpoint as far as the hub's replies need them: always success. */
  private static HttpServer fakeZalo(int port, AtomicInteger replies) throws IOException {
    // The JDK's server writes headers and body apart; with Nagle's algorithm and delayed ACKs
    // each reply would wait ~40 ms, and the stand-in, not the hub, would be what is measured.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/v3.0/oa/message/cs", exchange -> {
      exchange.getRequestBody().readAllBytes();
      replies.incrementAndGet();
      answer(exchange, SUCCESS);
    });
    server.createContext("/bench/replies", exchange -> answer(exchange,
        String.valueOf(replies.get())));
    server.createContext("/v4/oa/access_token", exchange -> {
      exchange.getRequestBody().readAllBytes();
      answer(exchange, TOKENS);
    });
    server.start();
    return server;
  }

  private static void answer(com.sun.net.httpserver.HttpExchange exchange, String json)
      throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }
}
