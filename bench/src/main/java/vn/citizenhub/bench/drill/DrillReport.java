package vn.citizenhub.bench.drill;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.citizenhub.bench.ReportFlood;
import vn.citizenhub.bench.drill.InstanceLog.Processed;
import vn.citizenhub.bench.drill.LatencyTimeline.Window;
import vn.citizenhub.bench.drill.Recovery.Effect;
import vn.citizenhub.bench.drill.Recovery.Incident;
import vn.citizenhub.bench.drill.TicketLedger.Duplicates;

/**
 * The drill's figures and verdict. It passes when every accepted report is exactly one ticket (no
 * loss, no duplicate) and every hub-core instance had processed reports before the kill, so the
 * kill really took work away from a member of the consumer group.
 */
final class DrillReport {

  /** Work in flight when an incident struck belongs to it: reports posted this long before. */
  private static final long LOOKBACK_MILLIS = 5_000;
  private static final long TIMELINE_WINDOW_MILLIS = 5_000;

  private final int sent;
  private final ReportFlood flood;
  private final DrillTally tally;
  private final Duplicates duplicates;
  private final Map<String, Processed> beforeKill;
  private final Processed survivorAtEnd;
  private final List<Incident> incidents;
  private final Map<String, Long> acceptedAt;
  private final long heldUpMillis;
  private final long startMillis;

  DrillReport(int sent, ReportFlood flood, DrillTally tally, Duplicates duplicates,
      Map<String, Processed> beforeKill, Processed survivorAtEnd, List<Incident> incidents,
      Map<String, Long> acceptedAt, long heldUpMillis, long startMillis) {
    this.sent = sent;
    this.flood = flood;
    this.tally = tally;
    this.duplicates = duplicates;
    this.beforeKill = beforeKill;
    this.survivorAtEnd = survivorAtEnd;
    this.incidents = incidents;
    this.acceptedAt = acceptedAt;
    this.heldUpMillis = heldUpMillis;
    this.startMillis = startMillis;
  }

  List<String> failures() {
    List<String> failures = new ArrayList<>();
    if (!tally.lost().isEmpty()) {
      failures.add(tally.lost().size() + " accepted reports have no ticket");
    }
    if (duplicates.total() > 0) {
      failures.add(duplicates.total() + " duplicate tickets");
    }
    beforeKill.forEach((instance, processed) -> {
      if (processed.tickets() == 0) {
        failures.add(instance + " processed nothing before the kill (is IntakeWorker's DEBUG"
            + " line 'Intake batch of' still logged?)");
      }
    });
    return failures;
  }

  boolean passed() {
    return failures().isEmpty();
  }

  void print(PrintStream out) {
    out.println();
    out.println("Scale-out drill");
    row(out, "reports sent", "%d", sent);
    row(out, "accepted (202)", "%d (answered \"processing delayed\": %d)", tally.accepted(),
        flood.delayedCount());
    row(out, "refused or unanswered", "%d", flood.failedCount());
    row(out, "tickets made for accepted", "%d", tally.ticketed());
    row(out, "duplicates", "%d (extra tickets per intake envelope %d, per tracking code %d)",
        duplicates.total(), duplicates.sameIntake(), duplicates.sameCode());
    row(out, "losses", "%d%s", tally.lost().size(), tally.lost().isEmpty() ? ""
        : " e.g. " + tally.lost().subList(0, Math.min(5, tally.lost().size())));
    row(out, "tickets for no accepted code", "%d", tally.unclaimed());
    beforeKill.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e ->
        row(out, "before the kill, " + e.getKey(), "%d tickets in %d batches",
            e.getValue().tickets(), e.getValue().batches()));
    row(out, "survivor in all", "%d tickets; %d replayed envelopes recognised and skipped",
        survivorAtEnd.tickets(), survivorAtEnd.duplicates());
    Map<String, Long> ticketAt = tally.ticketAt();
    printTimeline(out, ticketAt);
    for (Effect effect : Recovery.of(incidents, acceptedAt, ticketAt, heldUpMillis,
        LOOKBACK_MILLIS)) {
      out.printf("  %s at +%.1f s:%n", effect.incident().what(),
          (effect.incident().atMillis() - startMillis) / 1000.0);
      if (effect.heldUp() == 0) {
        out.printf("      no report took over %d ms to become a ticket%n", heldUpMillis);
        continue;
      }
      out.printf("      %d reports took over %d ms to become a ticket (worst %.1f s)%n",
          effect.heldUp(), heldUpMillis, effect.worstMillis() / 1000.0);
      out.printf("      intake flowed again after %.1f s; backlog drained (recovered) after"
          + " %.1f s%n", effect.flowingAgainAfterMillis() / 1000.0,
          effect.drainedAfterMillis() / 1000.0);
    }
    List<String> failures = failures();
    out.println(failures.isEmpty() ? "PASS: every accepted report is exactly one ticket"
        : "FAIL: " + String.join("; ", failures));
  }

  private void printTimeline(PrintStream out, Map<String, Long> ticketAt) {
    out.println("  post to ticket, by when posted:");
    out.println("      posted   reports   p50 ms   p99 ms   max ms");
    for (Window w : LatencyTimeline.of(startMillis, TIMELINE_WINDOW_MILLIS, acceptedAt, ticketAt)) {
      StringBuilder marks = new StringBuilder();
      for (Incident incident : incidents) {
        long at = incident.atMillis() - startMillis;
        if (at >= w.fromMillis() && at < w.fromMillis() + TIMELINE_WINDOW_MILLIS) {
          marks.append("  <- ").append(incident.what());
        }
      }
      out.printf("      +%3d s %9d %8d %8d %8d%s%n", w.fromMillis() / 1000, w.reports(),
          w.p50Millis(), w.p99Millis(), w.maxMillis(), marks);
    }
  }

  private static void row(PrintStream out, String label, String format, Object... args) {
    out.printf("  %-30s %s%n", label, String.format(format, args));
  }
}
