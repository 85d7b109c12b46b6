package vn.citizenhub.bench;

import java.util.Map;

/**
 * {@link LoadDriver}'s modes for the hub's two doors that outside systems sign their calls to:
 * {@code --target zalo} ({@code POST /zalo/webhook}, as Zalo posts) and {@code --target hotline}
 * (the phone system's {@code POST /api/hotline/calls/events}). Posts at {@code --rate} for
 * {@code --seconds}, counts every answer by kind with its time, prints the rate of events kept
 * ("accepted per second", what a probe far past saturation measures) and, with {@code --audit},
 * checks the hub's database: every event answered "kept" is there once, no 503 is; for Zalo,
 * every kept event is then processed once (one reply each). With {@code --answer-limit-ms}, every
 * event must have had its answer within that time. Exit status 1 if a check fails.
 */
final class EventLoad {

  private EventLoad() {}

  static boolean run(Map<String, String> a) throws Exception {
    String target = a.get("target");
    String url = a.getOrDefault("url", "http://127.0.0.1:8080");
    String db = a.getOrDefault("db", "jdbc:mysql://127.0.0.1:3306/hub");
    String dbUser = a.getOrDefault("db-user", "root");
    String dbPassword = a.getOrDefault("db-password", "");
    int rate = Integer.parseInt(a.getOrDefault("rate", "500"));
    int seconds = Integer.parseInt(a.getOrDefault("seconds", "30"));
    String run = a.getOrDefault("run", Long.toString(System.currentTimeMillis(), 36));
    EventSource source;
    String keys;
    if (target.equals("zalo")) {
      source = new ZaloEventSource(run, a.getOrDefault("app-id", "1760000000000000001"),
          a.getOrDefault("oa-id", "2420000000000000002"),
          a.getOrDefault("secret", "bench-oa-secret"),
          Integer.parseInt(a.getOrDefault("users", "2000")));
      keys = "SELECT dedupe_key FROM zalo_inbox WHERE dedupe_key LIKE ?";
    } else if (target.equals("hotline")) {
      source = new PhoneEventSource(run, a.getOrDefault("secret", ""));
      keys = "SELECT call_id FROM hotline_call_event WHERE call_id LIKE ?";
    } else {
      throw new IllegalArgumentException("--target web, zalo or hotline");
    }

    EventFlood flood = new EventFlood(url,
        Integer.parseInt(a.getOrDefault("connections", "64")), source);
    long start = System.nanoTime();
    int offered = flood.run(rate, seconds);
    double took = (System.nanoTime() - start) / 1e9;
    AnswerTally answers = flood.answers();
    System.out.printf("%s: offered %d events at %d/s for %d s (%s)%n", target, offered, rate,
        seconds, source.path());
    answers.print(System.out, target.equals("zalo") ? "200 kept" : "202 recorded");
    // Over the time the driver really took: a slow hub stretches the run past --seconds.
    System.out.printf("  accepted per second: %.0f%n",
        answers.count(AnswerTally.Kind.RECEIVED) / took);
    boolean passed = true;
    if (a.containsKey("audit")) {
      Thread.sleep(3000); // a write in doubt at its 503 lands (or not) meanwhile
      EventAudit audit = EventAudit.of(source, keys, db, dbUser, dbPassword);
      audit.print(System.out, answers);
      passed = audit.passed(answers);
      if (source instanceof ZaloEventSource zalo) {
        ZaloBacklogAudit backlog = ZaloBacklogAudit.settled(zalo, db, dbUser, dbPassword,
            Integer.parseInt(a.getOrDefault("drain-quiet-seconds", "30")),
            Integer.parseInt(a.getOrDefault("drain-seconds", "600")));
        backlog.print(System.out);
        passed &= backlog.passed();
      }
    }
    if (a.containsKey("answer-limit-ms")) {
      double limit = Double.parseDouble(a.get("answer-limit-ms"));
      boolean inTime = answers.count(AnswerTally.Kind.NO_ANSWER) == 0
          && answers.maxAnswerMillis() <= limit;
      System.out.printf("  every event answered within %.0f ms: %s%n", limit,
          inTime ? "PASS" : "FAIL");
      passed &= inTime;
    }
    return passed;
  }
}
