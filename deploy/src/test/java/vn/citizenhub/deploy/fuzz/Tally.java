package vn.citizenhub.deploy.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counts of one fuzz family, and its verdicts. A broken promise (a server error, a stall,
 * something stored for a refused case, a code given that never became a ticket) fails the
 * property at once, unless {@code -Dfuzz.countOnly=true} (deploy/fuzz.sh): then it is counted and
 * the run goes on, so that a long run prints how often each thing happens.
 */
final class Tally {

  static final boolean COUNT_ONLY = Boolean.getBoolean("fuzz.countOnly");
  private static final Path OUT = Path.of("target", "fuzz-counts");

  private final String family;
  private final Map<String, AtomicLong> counts = new LinkedHashMap<>();

  Tally(String family) {
    this.family = family;
    for (String name : new String[] {"cases", "refused", "accepted", "serverErrors", "stalls",
        "storedWhenRefused", "codesWithoutTicket", "otherAnswers"}) {
      counts.put(name, new AtomicLong());
    }
  }

  /** Counts an answer; fails on a server error or a stall. */
  Answer answered(Answer answer, Object fuzzCase) {
    counts.get("cases").incrementAndGet();
    if (answer.serverError()) {
      broken("serverErrors", "server error for " + fuzzCase + ": " + answer);
    } else if (answer.stalled()) {
      broken("stalls", "no answer for " + fuzzCase + ": " + answer);
    } else if (answer.refused()) {
      counts.get("refused").incrementAndGet();
    } else if (answer.accepted()) {
      counts.get("accepted").incrementAndGet();
    } else {
      counts.get("otherAnswers").incrementAndGet();
    }
    return answer;
  }

  /** Something was stored although the case was refused. */
  void storedWhenRefused(Object fuzzCase, Answer answer, String what) {
    broken("storedWhenRefused", what + " stored although refused: " + fuzzCase + " -> " + answer);
  }

  /** Codes the hub gave that never became tickets. */
  void codesWithoutTicket(int n, String which) {
    counts.get("codesWithoutTicket").addAndGet(n - 1L);
    broken("codesWithoutTicket", n + " code(s) given never became a ticket: " + which);
  }

  /** The hub stopped turning reports into tickets after the run. */
  void stalledAfterRun(Throwable why) {
    broken("stalls", "after the run an ordinary report was not routed: " + why);
  }

  private void broken(String counter, String what) {
    counts.get(counter).incrementAndGet();
    if (!COUNT_ONLY) {
      throw new AssertionError("[" + family + ", seed " + FuzzCases.SEED + "] " + what);
    }
    System.out.println("FUZZ " + family + " " + counter + ": " + what);
  }

  long get(String counter) {
    return counts.get(counter).get();
  }

  /** Prints the counts and leaves them in target/fuzz-counts/ for deploy/fuzz.sh to add up. */
  void write() {
    StringBuilder text = new StringBuilder();
    counts.forEach((name, n) -> text.append(name).append('=').append(n.get()).append('\n'));
    System.out.println("FUZZ COUNTS " + family + " " + counts);
    try {
      Files.createDirectories(OUT);
      Files.writeString(OUT.resolve(family + ".properties"), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
