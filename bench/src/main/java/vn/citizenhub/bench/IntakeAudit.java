package vn.citizenhub.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a run's answers against hub-core's tickets: every report answered 202 has exactly one
 * ticket with the code it was given, no report answered 503 has any, and none has two. Each
 * report's description carries the run's tag and its number, so tickets are found without the
 * driver trusting any answer.
 */
public final class IntakeAudit {

  private final String run;
  private final Map<Integer, Integer> ticketsPerRequest = new HashMap<>();
  private final Map<Integer, String> codeOf = new HashMap<>();

  private IntakeAudit(String run) {
    this.run = run;
  }

  /**
   * Reads the run's tickets once hub-core has caught up: until every accepted report has its
   * ticket, or the tickets stop growing for {@code quietSeconds} (a busy machine's backlog is
   * not a loss).
   */
  public static IntakeAudit settled(String run, AnswerTally tally, String url, String user,
      String password, int quietSeconds) throws SQLException, InterruptedException {
    IntakeAudit audit = of(run, url, user, password);
    long quietUntil = System.nanoTime() + quietSeconds * 1_000_000_000L;
    int seen = audit.ticketsPerRequest.size();
    while (audit.lost(tally) > 0 && System.nanoTime() < quietUntil) {
      Thread.sleep(2000);
      audit = of(run, url, user, password);
      if (audit.ticketsPerRequest.size() > seen) {
        seen = audit.ticketsPerRequest.size();
        quietUntil = System.nanoTime() + quietSeconds * 1_000_000_000L;
      }
    }
    return audit;
  }

  /** Reads the run's tickets from hub-core's database. */
  public static IntakeAudit of(String run, String url, String user, String password)
      throws SQLException {
    IntakeAudit audit = new IntakeAudit(run);
    Pattern number = Pattern.compile(Pattern.quote(ReportFlood.describe(run, 0).split(" 0:")[0])
        + " (\\d+):");
    try (Connection c = DriverManager.getConnection(url, user, password);
        PreparedStatement s = c.prepareStatement(
            "SELECT tracking_code, description FROM ticket WHERE description LIKE ?")) {
      s.setString(1, ReportFlood.describe(run, 0).split(" 0:")[0] + " %");
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Matcher m = number.matcher(rs.getString("description"));
          if (m.find()) {
            int request = Integer.parseInt(m.group(1));
            audit.ticketsPerRequest.merge(request, 1, Integer::sum);
            audit.codeOf.put(request, rs.getString("tracking_code"));
          }
        }
      }
    }
    return audit;
  }

  /** Accepted reports without a ticket bearing the code they were given. */
  public long lost(AnswerTally tally) {
    return tally.acceptedCodes.entrySet().stream()
        .filter(e -> !e.getValue().equals(codeOf.get(e.getKey()))).count();
  }

  /** Reports answered 503 that became a ticket anyway: the answer lied. */
  public long refusedButTicketed(AnswerTally tally) {
    return tally.refused.stream().filter(ticketsPerRequest::containsKey).count();
  }

  /** Extra tickets: a report made twice. */
  public long doubled() {
    return ticketsPerRequest.values().stream().mapToLong(n -> n - 1).sum();
  }

  /** Reports without a definite answer (timeout, other status) that did become a ticket. */
  public long unknownButTicketed(AnswerTally tally) {
    return tally.unknown.stream().filter(ticketsPerRequest::containsKey).count();
  }

  public boolean passed(AnswerTally tally) {
    return lost(tally) == 0 && refusedButTicketed(tally) == 0 && doubled() == 0;
  }

  public void print(PrintStream out, AnswerTally tally) {
    out.printf("  audit of run %s: accepted without their ticket %d, 503 with a ticket %d,"
            + " doubled %d; unanswered/other that became tickets %d -> %s%n", run,
        lost(tally), refusedButTicketed(tally), doubled(), unknownButTicketed(tally),
        passed(tally) ? "PASS" : "FAIL");
  }
}
