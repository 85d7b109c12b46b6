package vn.citizenhub.deploy.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts reports to channel-web at a fixed rate (open loop: the schedule does not wait for
 * answers, as citizens do not), recording when each code's report was posted.
 */
final class ReportFlood {

  private static final Pattern CODE = Pattern.compile("\"trackingCode\":\"([A-Z0-9]{5})-([A-Z0-9]{5})\"");
  private static final String[] CATEGORIES = {"ROAD_DAMAGE", "STREET_LIGHT", "WASTE_SANITATION",
      "FLOOD_DRAINAGE", "PUBLIC_ORDER", "OTHER"};
  private static final String[] COMMUNES = {"27712", "27694", "27787", "25534", "27826"};

  private final HttpClient http = HttpClient.newBuilder()
      .executor(Executors.newFixedThreadPool(16))
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final URI endpoint;
  private final Map<String, Long> postedAt;
  private final Latencies httpLatencies = new Latencies();
  final AtomicInteger accepted = new AtomicInteger();
  final AtomicInteger delayed = new AtomicInteger();
  final AtomicInteger failed = new AtomicInteger();
  final AtomicInteger skipped = new AtomicInteger();

  ReportFlood(String baseUrl, Map<String, Long> postedAt) {
    this.endpoint = URI.create(baseUrl + "/api/web/reports");
    this.postedAt = postedAt;
  }

  Latencies httpLatencies() {
    return httpLatencies;
  }

  /** Posts {@code rate} reports a second for {@code seconds}; returns how many were sent. */
  int run(int rate, int seconds) throws InterruptedException {
    int total = rate * seconds;
    long interval = 1_000_000_000L / rate;
    Semaphore inFlight = new Semaphore(4000);
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * interval;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      if (!inFlight.tryAcquire()) {
        skipped.incrementAndGet(); // the hub is this far behind: count it, do not queue forever
        continue;
      }
      long sentAt = System.nanoTime();
      http.sendAsync(request(i), HttpResponse.BodyHandlers.ofString())
          .whenComplete((response, error) -> {
            inFlight.release();
            long now = System.nanoTime();
            if (error != null || response.statusCode() != 202) {
              failed.incrementAndGet();
              return;
            }
            httpLatencies.add(now - sentAt);
            Matcher m = CODE.matcher(response.body());
            if (m.find()) {
              postedAt.put(m.group(1) + m.group(2), sentAt);
              accepted.incrementAndGet();
              if (response.body().contains("PROCESSING_DELAYED")) {
                delayed.incrementAndGet();
              }
            }
          });
    }
    inFlight.acquire(4000);
    inFlight.release(4000);
    return total;
  }

  private HttpRequest request(int i) {
    String body = """
        {"kind":"REPORT","categoryCode":"%s","description":"Phản ánh thử tải số %d: đèn đường hỏng, ổ gà.",
         "location":{"communeCode":"%s"},"citizenRef":"load-%d",
         "consent":{"given":true,"textVersion":"web-2025-07"}}""".formatted(
        CATEGORIES[i % CATEGORIES.length], i, COMMUNES[i % COMMUNES.length], i % 5000);
    return HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }
}
