package vn.citizenhub.bench;

import java.io.PrintStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How channel-web answered each POST of a run: the counts by kind of answer, how long each answer
 * took, and which request got which answer, so that {@link IntakeAudit} can check afterwards that
 * every 202 became a ticket and no 503 did.
 */
public final class AnswerTally {

  /** The kinds of answer a citizen can get. */
  public enum Kind {
    RECEIVED, DELAYED, REFUSED_503, OTHER, NO_ANSWER
  }

  private final Map<Kind, AtomicInteger> counts = new ConcurrentHashMap<>();
  /** From when the request was written to the socket to its answer: the hub's own time. */
  final Latencies fromSent = new Latencies();
  /** From when the request was due: includes waiting for one of the driver's connections. */
  final Latencies fromDue = new Latencies();
  /** Request number to the tracking code it was answered with (202 only). */
  final Map<Integer, String> acceptedCodes = new ConcurrentHashMap<>();
  /** Request numbers answered 503. */
  final Set<Integer> refused = ConcurrentHashMap.newKeySet();
  /** Request numbers answered otherwise or not at all: their fate is not known to the citizen. */
  final Set<Integer> unknown = ConcurrentHashMap.newKeySet();

  void record(int request, Kind kind, long dueNanos, long sentNanos, long answeredNanos,
      String code) {
    counts.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
    if (kind != Kind.NO_ANSWER) {
      fromSent.add(answeredNanos - sentNanos);
      fromDue.add(answeredNanos - dueNanos);
    }
    switch (kind) {
      case RECEIVED, DELAYED -> acceptedCodes.put(request, code);
      case REFUSED_503 -> refused.add(request);
      default -> unknown.add(request);
    }
  }

  public int count(Kind kind) {
    AtomicInteger n = counts.get(kind);
    return n == null ? 0 : n.get();
  }

  /** The slowest answer, from when it was sent, in milliseconds. */
  public double maxAnswerMillis() {
    return fromSent.percentileMillis(100);
  }

  void print(PrintStream out) {
    out.printf("  answers: 202 received %d, 202 processing delayed %d, 503 %d, other %d,"
            + " no answer %d%n", count(Kind.RECEIVED), count(Kind.DELAYED),
        count(Kind.REFUSED_503), count(Kind.OTHER), count(Kind.NO_ANSWER));
    printTimes(out);
  }

  /** For a door whose only good answer is "kept" ({@code keptAs}: "200 kept", say). */
  void print(PrintStream out, String keptAs) {
    out.printf("  answers: %s %d, 503 %d, other %d, no answer %d%n", keptAs,
        count(Kind.RECEIVED), count(Kind.REFUSED_503), count(Kind.OTHER), count(Kind.NO_ANSWER));
    printTimes(out);
  }

  private void printTimes(PrintStream out) {
    out.printf("  answer time from sent: p50 %.1f ms, p99 %.1f ms, max %.1f ms%n",
        fromSent.percentileMillis(50), fromSent.percentileMillis(99), maxAnswerMillis());
    out.printf("  answer time from due (with the driver's own queueing): p50 %.1f ms,"
            + " p99 %.1f ms, max %.1f ms%n", fromDue.percentileMillis(50),
        fromDue.percentileMillis(99), fromDue.percentileMillis(100));
  }
}
