package vn.citizenhub.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Measures the backbone end to end: posts reports to channel-web at a chosen rate and times each
 * from its POST to its routed ticket event; then, on the same machine, the raw Kafka producer rate
 * and the raw single-row insert rate, so the hub's figures can be read against the hardware.
 *
 * <pre>
 * java -cp bench.jar:deploy.jar vn.citizenhub.bench.LoadDriver \
 *   --url http://127.0.0.1:8080 --kafka 127.0.0.1:9092 \
 *   --db jdbc:mysql://127.0.0.1:3306/hub --rate 500 --seconds 30 [--audit] [--connections 64]
 * </pre>
 *
 * <p>{@code --target zalo} (with {@code --app-id --oa-id --secret}) or {@code --target hotline}
 * (with {@code --secret}) drives Zalo's webhook or the phone system's events instead
 * ({@link EventLoad}).
 *
 * It also counts the answers (202 received, 202 processing delayed, 503, other, none) with their
 * times; with {@code --audit} it then checks in hub-core's database that every 202 became its
 * ticket, no 503 did and none twice (exit status 1 if not).
 */
public final class LoadDriver {

  private LoadDriver() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> a = Args.parse(args);
    if (!a.getOrDefault("target", "web").equals("web")) {
      System.exit(EventLoad.run(a) ? 0 : 1); // Zalo's webhook or the phone system's events
    }
    String url = a.getOrDefault("url", "http://127.0.0.1:8080");
    String kafka = a.getOrDefault("kafka", "127.0.0.1:9092");
    String db = a.getOrDefault("db", "jdbc:mysql://127.0.0.1:3306/hub");
    int rate = Integer.parseInt(a.getOrDefault("rate", "500"));
    int seconds = Integer.parseInt(a.getOrDefault("seconds", "30"));
    int drainSeconds = Integer.parseInt(a.getOrDefault("drain-seconds", "60"));
    // Each run's reports carry this tag, so the audit finds exactly this run's tickets.
    String run = a.getOrDefault("run", "r" + Long.toString(System.currentTimeMillis(), 36));
    boolean passed = true;

    Map<String, Long> postedAt = new ConcurrentHashMap<>();
    try (RoutedWatcher watcher = new RoutedWatcher(kafka)) {
      ReportFlood flood = new ReportFlood(url,
          Integer.parseInt(a.getOrDefault("connections", "64")), postedAt, run);
      long start = System.nanoTime();
      int offered = flood.run(rate, seconds);
      long postedEnd = System.nanoTime();
      long drainUntil = postedEnd + drainSeconds * 1_000_000_000L;
      while (watcher.routedOf(postedAt) < flood.accepted.get() && System.nanoTime() < drainUntil) {
        Thread.sleep(100);
      }
      int routed = watcher.routedOf(postedAt);
      long last = watcher.lastRoutedOf(postedAt);
      Latencies e2e = watcher.latencies(postedAt);
      double window = ((last > 0 ? last : System.nanoTime()) - start) / 1e9;
      System.out.printf("end-to-end: offered %d reports at %d/s for %d s%n", offered, rate, seconds);
      System.out.printf("  accepted (202) %d, of which delayed %d; failed %d%n",
          flood.accepted.get(), flood.delayed.get(), flood.failed.get());
      System.out.printf("  routed %d; throughput %.0f reports/s (first POST to last routed)%n",
          routed, routed / window);
      System.out.printf("  POST answered (from when it was due): p50 %.1f ms, p99 %.1f ms%n",
          flood.httpLatencies().percentileMillis(50), flood.httpLatencies().percentileMillis(99));
      System.out.printf("  POST to routed ticket: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
          e2e.percentileMillis(50), e2e.percentileMillis(99), e2e.percentileMillis(100));
      // The same without the first seconds, to tell a start-up transient from the steady state.
      long settled = start + 5_000_000_000L;
      Map<String, Long> later = new java.util.HashMap<>();
      postedAt.forEach((code, due) -> {
        if (due >= settled) {
          later.put(code, due);
        }
      });
      Latencies steady = watcher.latencies(later);
      System.out.printf("  POST to routed ticket after the first 5 s: p50 %.1f ms, p99 %.1f ms%n",
          steady.percentileMillis(50), steady.percentileMillis(99));
      flood.answers().print(System.out);
      int taken = flood.answers().count(AnswerTally.Kind.RECEIVED)
          + flood.answers().count(AnswerTally.Kind.DELAYED);
      // Over the time the driver really took: a slow hub stretches the run past --seconds.
      System.out.printf("  accepted per second: %.0f%n", taken / ((postedEnd - start) / 1e9));
      if (a.containsKey("audit")) {
        IntakeAudit audit = IntakeAudit.settled(run, flood.answers(), db,
            a.getOrDefault("db-user", "root"), a.getOrDefault("db-password", ""), 60);
        audit.print(System.out, flood.answers());
        passed = audit.passed(flood.answers());
      }
      if (a.containsKey("answer-limit-ms")) {
        double limit = Double.parseDouble(a.get("answer-limit-ms"));
        AnswerTally answers = flood.answers();
        boolean inTime = answers.count(AnswerTally.Kind.NO_ANSWER) == 0
            && answers.maxAnswerMillis() <= limit;
        System.out.printf("  every POST answered within %.0f ms: %s%n", limit,
            inTime ? "PASS" : "FAIL");
        passed &= inTime;
      }
    }
    if (!a.containsKey("skip-baselines")) {
      System.out.printf("raw Kafka producer (1 KB, acks=all, idempotent): %.0f records/s%n",
          RawBaselines.kafkaProducerRate(kafka, 200_000));
      String user = a.getOrDefault("db-user", "root");
      String password = a.getOrDefault("db-password", "");
      System.out.printf("raw single-row inserts (autocommit): %.0f rows/s from 1 connection,"
              + " %.0f rows/s from 8%n",
          RawBaselines.singleRowInsertRate(db, user, password, 1, 5),
          RawBaselines.singleRowInsertRate(db, user, password, 8, 5));
    }
    System.exit(passed ? 0 : 1);
  }

  /** {@code --name value} pairs; a name without a value maps to "true". */
  public static final class Args {
    private Args() {}

    public static Map<String, String> parse(String[] args) {
      Map<String, String> map = new java.util.HashMap<>();
      for (int i = 0; i < args.length; i++) {
        if (args[i].startsWith("--")) {
          boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
          map.put(args[i].substring(2), hasValue ? args[++i] : "true");
        }
      }
      return map;
    }
  }
}
