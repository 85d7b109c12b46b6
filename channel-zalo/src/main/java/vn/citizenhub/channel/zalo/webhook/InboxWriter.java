package vn.citizenhub.channel.zalo.webhook;

import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.channel.handoff.HandoffLimits;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.schema.GroupCommit;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UniqueViolation;
import vn.citizenhub.schema.UtcTime;

/**
 * Group commit for the webhook's inbox, as channel-web's intake writer does: every committed
 * write costs a disk flush, so one thread writes whatever events are waiting in one transaction.
 * In a burst (a storm, a flood: 100 times the usual traffic) that turns hundreds of flushes a
 * second into dozens, and Zalo's 200 still waits for its own row to be committed. The queue is
 * bounded and each event has a deadline ({@link GroupCommit}), so Zalo hears 200 or 503 within
 * its 2 s even when the database is overloaded or away.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
class InboxWriter {

  private static final int MAX_BATCH = 200;
  private static final String INSERT = "INSERT INTO zalo_inbox (oa_name, dedupe_key, event_name,"
      + " user_id, body, received_at, state, attempts, next_attempt_at)"
      + " VALUES (?, ?, ?, ?, ?, ?, 'NEW', 0, ?)";

  /** One event to store. */
  record Row(String oaName, String dedupeKey, String eventName, String userId, String body,
      Instant receivedAt) {}

  private final GroupCommit<Row, Optional<Long>> commits;

  InboxWriter(JdbcDatabase database, HandoffLimits limits) {
    this.commits = new GroupCommit<>("zalo-inbox-writer", database.pool(),
        limits.getQueueCapacity(), MAX_BATCH, InboxWriter::insertAll);
  }

  /**
   * Stores the row by {@code deadlineNanos}: its new id (0 when the driver did not say), or empty
   * for a repeat of a stored event. Throws {@link GroupCommit.NotWritten} or
   * {@link GroupCommit.InDoubt}; either way Zalo is answered 503 and sends the event again, which
   * the unique key then recognises if it was stored after all.
   */
  Optional<Long> write(Row row, long deadlineNanos) {
    return commits.write(row, deadlineNanos);
  }

  private static List<Optional<Long>> insertAll(Connection c, List<Row> rows)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT, new String[] {"id"})) {
      for (Row row : rows) {
        bind(s, row);
        s.addBatch();
      }
      s.executeBatch();
      List<Long> ids = new ArrayList<>();
      try (ResultSet keys = s.getGeneratedKeys()) {
        while (keys.next()) {
          ids.add(keys.getLong(1));
        }
      }
      List<Optional<Long>> stored = new ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        // Without every key the processor still finds the event, at its next poll.
        stored.add(Optional.of(ids.size() == rows.size() ? ids.get(i) : 0L));
      }
      return stored;
    } catch (SQLException e) {
      if (!UniqueViolation.is(e)) {
        throw e;
      }
    }
    // A repeat of a stored event is in the batch (Zalo's retry): find it, one by one.
    c.rollback();
    List<Optional<Long>> stored = new ArrayList<>(rows.size());
    for (Row row : rows) {
      stored.add(insertOne(c, row));
    }
    return stored;
  }

  private static Optional<Long> insertOne(Connection c, Row row) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT, new String[] {"id"})) {
      bind(s, row);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        return Optional.of(keys.next() ? keys.getLong(1) : 0L);
      }
    } catch (SQLException e) {
      if (UniqueViolation.is(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  private static void bind(PreparedStatement s, Row row) throws SQLException {
    s.setString(1, row.oaName());
    s.setString(2, row.dedupeKey());
    s.setString(3, row.eventName());
    s.setString(4, row.userId());
    s.setString(5, row.body());
    s.setObject(6, UtcTime.column(row.receivedAt()));
    s.setObject(7, UtcTime.column(row.receivedAt()));
  }

  @PreDestroy
  void stop() throws InterruptedException {
    commits.stop();
  }
}
