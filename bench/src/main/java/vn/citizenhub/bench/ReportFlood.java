package vn.citizenhub.bench;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Posts reports to channel-web on a fixed schedule. Each report's clock starts at the moment it
 * was due, not when a connection became free, so time spent queueing behind a slow hub counts.
 * Accepted reports land in {@code postedAt}: tracking code to the moment it was due
 * ({@link System#nanoTime()}). The load driver and the scale-out drill both use it.
 */
public final class ReportFlood {

  private static final Pattern CODE = Pattern.compile("\"trackingCode\":\"([A-Z0-9]{5})-([A-Z0-9]{5})\"");
  private static final String[] CATEGORIES = {"ROAD_DAMAGE", "STREET_LIGHT", "WASTE_SANITATION",
      "FLOOD_DRAINAGE", "PUBLIC_ORDER", "OTHER"};
  private static final String[] COMMUNES = {"27712", "27694", "27787", "25534", "27826"};

  private final URI base;
  private final int connections;
  private final Map<String, Long> postedAt;
  private final String run;
  private final AnswerTally answers = new AnswerTally();
  private final Latencies httpLatencies = new Latencies();
  final AtomicInteger accepted = new AtomicInteger();
  final AtomicInteger delayed = new AtomicInteger();
  final AtomicInteger failed = new AtomicInteger();

  public ReportFlood(String baseUrl, int connections, Map<String, Long> postedAt) {
    this(baseUrl, connections, postedAt, "");
  }

  /** {@code run}: a tag put in every report's description, for {@link IntakeAudit}. */
  public ReportFlood(String baseUrl, int connections, Map<String, Long> postedAt, String run) {
    this.base = URI.create(baseUrl);
    this.connections = connections;
    this.postedAt = postedAt;
    this.run = run;
  }

  /** Every answer of the run, by kind, with its time and the request it answered. */
  public AnswerTally answers() {
    return answers;
  }

  Latencies httpLatencies() {
    return httpLatencies;
  }

  /** Reports answered "received, processing delayed": Kafka had not acknowledged in time. */
  public int delayedCount() {
    return delayed.get();
  }

  /** Reports refused, answered with an error, or not answered at all. */
  public int failedCount() {
    return failed.get();
  }

  /** Posts {@code rate} reports a second for {@code seconds}; returns how many were due. */
  public int run(int rate, int seconds) throws InterruptedException {
    return PacedSender.run(base, connections, rate, seconds, "flood", this::post);
  }

  private void post(KeepAliveConnection connection, int i, long due) {
    long sent = System.nanoTime();
    try {
      KeepAliveConnection.Response response = connection.post("/api/web/reports", body(i));
      long now = System.nanoTime();
      Matcher m = CODE.matcher(response.body());
      if (response.status() != 202 || !m.find()) {
        failed.incrementAndGet();
        answers.record(i, response.status() == 503 ? AnswerTally.Kind.REFUSED_503
            : AnswerTally.Kind.OTHER, due, sent, now, null);
        return;
      }
      httpLatencies.add(now - due);
      String code = m.group(1) + m.group(2);
      postedAt.put(code, due);
      accepted.incrementAndGet();
      boolean late = response.body().contains("PROCESSING_DELAYED");
      if (late) {
        delayed.incrementAndGet();
      }
      answers.record(i, late ? AnswerTally.Kind.DELAYED : AnswerTally.Kind.RECEIVED, due, sent,
          now, code);
    } catch (Exception e) {
      failed.incrementAndGet();
      answers.record(i, AnswerTally.Kind.NO_ANSWER, due, sent, System.nanoTime(), null);
      connection.close();
    }
  }

  /** The description of request {@code i} of run {@code run}: unique, so its ticket is found. */
  static String describe(String run, int i) {
    return "Phản ánh thử tải" + (run.isEmpty() ? "" : " " + run) + " số " + i
        + ": đèn đường hỏng, ổ gà.";
  }

  private byte[] body(int i) {
    return """
        {"kind":"REPORT","categoryCode":"%s","description":"%s",
         "location":{"communeCode":"%s"},"citizenRef":"load-%d",
         "consent":{"given":true,"textVersion":"web-2025-07"}}""".formatted(
        CATEGORIES[i % CATEGORIES.length], describe(run, i), COMMUNES[i % COMMUNES.length],
        i % 5000).getBytes(StandardCharsets.UTF_8);
  }
}
