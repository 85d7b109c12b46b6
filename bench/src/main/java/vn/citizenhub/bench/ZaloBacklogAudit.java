package vn.citizenhub.bench;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * What became of the Zalo events a run got kept: the conversation behind the webhook works
 * through the inbox at its own pace, so the audit waits until no event of the run is left
 * waiting (or none was done for {@code quietSeconds}), then checks that each done event made
 * exactly one reply (the menu): nothing processed twice, nothing skipped.
 */
final class ZaloBacklogAudit {

  private static final String WAITING_OF_RUN =
      "SELECT COUNT(*) FROM zalo_inbox WHERE dedupe_key LIKE ? AND state = 'NEW'";
  private static final String WAITING_ALL = "SELECT COUNT(*) FROM zalo_inbox WHERE state = 'NEW'";

  private final long waiting;
  private final long done;
  private final long failed;
  private final long replies;
  private final double drainSeconds;

  private ZaloBacklogAudit(long waiting, long done, long failed, long replies,
      double drainSeconds) {
    this.waiting = waiting;
    this.done = done;
    this.failed = failed;
    this.replies = replies;
    this.drainSeconds = drainSeconds;
  }

  static ZaloBacklogAudit settled(ZaloEventSource source, String url, String user,
      String password, int quietSeconds, int maxSeconds) throws SQLException, InterruptedException {
    long start = System.nanoTime();
    long deadline = start + maxSeconds * 1_000_000_000L;
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      long waiting = count(c, WAITING_OF_RUN, source.keyPattern());
      // The inbox is worked through oldest first: events of earlier runs may go before these,
      // so any event done counts as progress.
      long all = count(c, WAITING_ALL);
      long quietUntil = System.nanoTime() + quietSeconds * 1_000_000_000L;
      while (waiting > 0 && System.nanoTime() < quietUntil && System.nanoTime() < deadline) {
        Thread.sleep(1000);
        long now = count(c, WAITING_ALL);
        if (now < all) {
          quietUntil = System.nanoTime() + quietSeconds * 1_000_000_000L;
        }
        all = now;
        waiting = count(c, WAITING_OF_RUN, source.keyPattern());
      }
      String[] users = source.userRange();
      return new ZaloBacklogAudit(waiting,
          count(c, "SELECT COUNT(*) FROM zalo_inbox WHERE dedupe_key LIKE ? AND state = 'DONE'",
              source.keyPattern()),
          count(c, "SELECT COUNT(*) FROM zalo_inbox WHERE dedupe_key LIKE ?"
              + " AND state = 'FAILED'", source.keyPattern()),
          count(c, "SELECT COUNT(*) FROM zalo_reply WHERE user_id BETWEEN ? AND ?", users[0],
              users[1]),
          (System.nanoTime() - start) / 1e9);
    }
  }

  private static long count(Connection c, String sql, String... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setString(i + 1, args[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  boolean passed() {
    return waiting == 0 && failed == 0 && replies == done;
  }

  void print(PrintStream out) {
    out.printf("  conversation behind the webhook: %d done, %d failed, %d still waiting after"
            + " %.0f s; %d replies for %d done events -> %s%n", done, failed, waiting,
        drainSeconds, replies, done, passed() ? "PASS" : "FAIL");
  }
}
