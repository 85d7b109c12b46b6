package vn.citizenhub.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks a run of signed events against the table that keeps them (the Zalo inbox, the call
 * event log): every event answered "kept" is there, no event answered 503 is, and none is there
 * twice. The keys are the run's own, so the audit trusts no answer. Both doors write before they
 * answer, so one look after a short pause (for a write that was in doubt at its 503) is enough.
 */
final class EventAudit {

  private final Map<String, Integer> rowsPerKey = new HashMap<>();
  private final EventSource source;

  private EventAudit(EventSource source) {
    this.source = source;
  }

  /** {@code sql}: one key per row, for the LIKE pattern bound as its only parameter. */
  static EventAudit of(EventSource source, String sql, String url, String user, String password)
      throws SQLException {
    EventAudit audit = new EventAudit(source);
    try (Connection c = DriverManager.getConnection(url, user, password);
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, source.keyPattern());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          audit.rowsPerKey.merge(rs.getString(1), 1, Integer::sum);
        }
      }
    }
    return audit;
  }

  /** Events answered "kept" that are not there. */
  long lost(AnswerTally tally) {
    return tally.acceptedCodes.values().stream().filter(k -> !rowsPerKey.containsKey(k)).count();
  }

  /** Events answered 503 that were kept all the same: the answer was not true. */
  long refusedButKept(AnswerTally tally) {
    return tally.refused.stream().filter(i -> rowsPerKey.containsKey(source.key(i))).count();
  }

  /** Events kept more than once. */
  long doubled() {
    return rowsPerKey.values().stream().mapToLong(n -> n - 1).sum();
  }

  /** Events without a definite answer (timeout, other status) that were kept. */
  long unknownButKept(AnswerTally tally) {
    return tally.unknown.stream().filter(i -> rowsPerKey.containsKey(source.key(i))).count();
  }

  boolean passed(AnswerTally tally) {
    return lost(tally) == 0 && refusedButKept(tally) == 0 && doubled() == 0;
  }

  void print(PrintStream out, AnswerTally tally) {
    out.printf("  audit: kept %d rows; answered kept but missing %d, 503 but kept %d, doubled %d;"
            + " unanswered/other but kept %d -> %s%n", rowsPerKey.size(), lost(tally),
        refusedButKept(tally), doubled(), unknownButKept(tally), passed(tally) ? "PASS" : "FAIL");
  }
}
