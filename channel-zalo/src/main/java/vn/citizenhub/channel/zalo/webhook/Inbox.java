package vn.citizenhub.channel.zalo.webhook;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import javax.sql.DataSource;
import vn.citizenhub.channel.handoff.HandoffLimits;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.schema.GroupCommit;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * The webhook's durable hand-off: one committed row per event before Zalo hears 200 (written by
 * {@link InboxWriter}, many events to a commit). A retried event (same key) is recognised by the
 * unique key and stored once. Whoever processes events is
 * woken at once through {@link #arrivals()}; a poll finds what another replica stored.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class Inbox {

  /** What became of a stored event. */
  public enum Stored { NEW, DUPLICATE }

  private final DataSource pool;
  private final InboxWriter writer;
  private final Duration storeWithin;
  private final Clock clock = Clock.systemUTC();
  private final LinkedBlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>(10_000);

  Inbox(JdbcDatabase database, InboxWriter writer, HandoffLimits limits) {
    this.pool = database.pool();
    this.writer = writer;
    this.storeWithin = limits.getStoreWithin();
  }

  /**
   * Stores the event (committed when this returns), or recognises a repeat of a stored one;
   * within {@link HandoffLimits#getStoreWithin()}, else {@link InboxUnavailable}.
   */
  public Stored store(String oaName, ZaloEvent event, byte[] body) {
    Optional<Long> id;
    try {
      id = writer.write(new InboxWriter.Row(oaName, event.dedupeKey(), event.eventName(),
          event.userId(), new String(body, StandardCharsets.UTF_8), clock.instant()),
          System.nanoTime() + storeWithin.toNanos());
    } catch (GroupCommit.NotWritten | GroupCommit.InDoubt e) {
      throw new InboxUnavailable(e);
    }
    if (id.isEmpty()) {
      return Stored.DUPLICATE;
    }
    if (id.get() > 0) {
      arrivals.offer(new Arrival(id.get(), event.userId())); // if full: found at the next poll
    }
    return Stored.NEW;
  }

  /** Ids of events stored by this process, for the processor to take at once. */
  public LinkedBlockingQueue<Arrival> arrivals() {
    return arrivals;
  }

  /** An event just stored: its id and user (the processor keeps one user's events in order). */
  public record Arrival(long id, String userId) {}

  /** Events waiting to be processed (this replica's or another's), oldest first. */
  public List<Arrival> waiting(int limit) throws SQLException {
    List<Arrival> found = new ArrayList<>();
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT id, user_id FROM zalo_inbox"
            + " WHERE state = 'NEW' AND next_attempt_at <= ? ORDER BY id LIMIT ?")) {
      s.setObject(1, UtcTime.column(clock.instant()));
      s.setInt(2, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(new Arrival(rs.getLong(1), rs.getString(2)));
        }
      }
    }
    return found;
  }

  /** A stored event still to be processed; empty when it is done (here or by another replica). */
  public Optional<InboxEvent> peek(long id) throws SQLException {
    try (Connection c = pool.getConnection()) {
      return read(c, id, false);
    }
  }

  /**
   * Takes the event for the caller's transaction: its row stays locked until the transaction
   * ends (which the caller keeps short: no call to Kafka or hub-core inside it), so another
   * replica that found it too waits and then sees it done or claimed. Empty when it is done.
   */
  public Optional<InboxEvent> lock(Connection c, long id) throws SQLException {
    return read(c, id, true);
  }

  /**
   * Claims the locked event for a step that must call Kafka or hub-core, until {@code until}:
   * committed before the calls, so the rows are free meanwhile. The poll does not offer the
   * event again before the lease ends; after that anyone may take it over (the claimant died).
   */
  public void claim(Connection c, long id, String token, Instant until) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE zalo_inbox SET claimed_by = ?,"
        + " claimed_until = ?, next_attempt_at = ? WHERE id = ? AND state = 'NEW'")) {
      s.setString(1, token);
      s.setObject(2, UtcTime.column(until));
      s.setObject(3, UtcTime.column(until));
      s.setLong(4, id);
      s.executeUpdate();
    }
  }

  /**
   * Locks the event for recording its step's outcome, if it is still waiting under this claim;
   * false when it was taken over (the lease ran out) or finished by whoever took it over.
   */
  public boolean lockClaimed(Connection c, long id, String token) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM zalo_inbox WHERE id = ?"
        + " AND state = 'NEW' AND claimed_by = ? FOR UPDATE")) {
      s.setLong(1, id);
      s.setString(2, token);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static Optional<InboxEvent> read(Connection c, long id, boolean forUpdate)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id, oa_name, user_id, body,"
        + " received_at, attempts, claimed_by, claimed_until FROM zalo_inbox"
        + " WHERE id = ? AND state = 'NEW'" + (forUpdate ? " FOR UPDATE" : ""))) {
      s.setLong(1, id);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new InboxEvent(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getString(4), UtcTime.read(rs, "received_at"), rs.getInt(6), rs.getString(7),
            UtcTime.read(rs, "claimed_until")));
      }
    }
  }

  /** Processed: the body goes (it may hold personal data); the key stays to catch retries. */
  public void done(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE zalo_inbox SET state = 'DONE',"
        + " body = NULL, claimed_by = NULL, claimed_until = NULL WHERE id = ?")) {
      s.setLong(1, id);
      s.executeUpdate();
    }
  }

  /**
   * Not processed this time: free it for a later attempt (ending the caller's claim, if it made
   * one: {@code token}, else null), or give up after many. A claim of another step still
   * running is left alone.
   */
  public void retryLater(long id, String token, Instant next, String error, boolean giveUp)
      throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE zalo_inbox SET attempts = attempts + 1,"
            + " next_attempt_at = ?, last_error = ?, state = ?, claimed_by = NULL,"
            + " claimed_until = NULL WHERE id = ? AND state = 'NEW' AND (claimed_by IS NULL"
            + " OR claimed_by = ? OR claimed_until <= ?)")) {
      s.setObject(1, UtcTime.column(next));
      s.setString(2, error == null ? null : error.length() > 300 ? error.substring(0, 300) : error);
      s.setString(3, giveUp ? "FAILED" : "NEW");
      s.setLong(4, id);
      s.setString(5, token);
      s.setObject(6, UtcTime.column(clock.instant()));
      s.executeUpdate();
    }
  }

  /** An older event of the same user goes first: this one waits a moment, without penalty. */
  public void defer(long id, Instant next) throws SQLException {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE zalo_inbox SET next_attempt_at = ?"
            + " WHERE id = ? AND state = 'NEW'")) {
      s.setObject(1, UtcTime.column(next));
      s.setLong(2, id);
      s.executeUpdate();
    }
  }
}
