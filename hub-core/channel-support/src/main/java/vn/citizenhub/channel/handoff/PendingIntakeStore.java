package vn.citizenhub.channel.handoff;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.schema.InClause;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UniqueViolation;
import vn.citizenhub.schema.UtcTime;

/** The channel's table of accepted intake, in the channel's own schema. Times are UTC. */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
class PendingIntakeStore {

  private static final String COLUMNS =
      "envelope_id, channel, idempotency_key, request_hash, assigned_code, tracking_code,"
          + " message_key, envelope_json, created_at";

  /** Marks and repairs nobody waits for: bounded so a dead database cannot hang their thread. */
  static final int BOOKKEEPING_TIMEOUT_MILLIS = 2_000;

  private final DataSource dataSource;

  PendingIntakeStore(JdbcDatabase database) {
    this.dataSource = database.pool();
  }

  private static final String INSERT = "INSERT INTO channel_intake_outbox (" + COLUMNS
      + ", state, attempts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0)";

  /**
   * Writes new pending intakes inside the caller's transaction (one disk flush for all of them).
   * For each, true when written, false when its idempotency key or assigned code already exists.
   */
  List<Boolean> insertAll(Connection c, List<PendingIntake> intakes) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT)) {
      for (PendingIntake intake : intakes) {
        bind(s, intake);
        s.addBatch();
      }
      s.executeBatch();
      return Collections.nCopies(intakes.size(), true);
    } catch (SQLException e) {
      if (!UniqueViolation.is(e)) {
        throw e;
      }
    }
    // Some row collides (a concurrent request with the same key): find out which, one by one,
    // in a fresh transaction (a failed statement is undone alone; the rest stays).
    c.rollback();
    List<Boolean> written = new ArrayList<>(intakes.size());
    for (PendingIntake intake : intakes) {
      written.add(insertOne(c, intake));
    }
    return written;
  }

  /**
   * Writes one intake whose earlier commit is in doubt, unless it is there already; true once the
   * database has answered either way.
   */
  boolean insertIfAbsent(PendingIntake intake, int timeoutMillis) {
    try (Connection c = dataSource.getConnection()) {
      c.setNetworkTimeout(Runnable::run, timeoutMillis);
      insertOne(c, intake);
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static boolean insertOne(Connection c, PendingIntake intake) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(INSERT)) {
      bind(s, intake);
      s.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (UniqueViolation.is(e)) {
        return false;
      }
      throw e;
    }
  }

  private static void bind(PreparedStatement s, PendingIntake intake) throws SQLException {
    s.setString(1, intake.envelopeId());
    s.setString(2, intake.channel().name());
    s.setString(3, intake.idempotencyKey());
    s.setString(4, intake.requestHash());
    s.setString(5, intake.assignedCode());
    s.setString(6, intake.trackingCode());
    s.setString(7, intake.messageKey());
    s.setString(8, intake.envelopeJson());
    s.setObject(9, utc(intake.createdAt()));
  }

  /** The intake kept under an idempotency key; each round trip bounded by {@code timeoutMillis}. */
  Optional<PendingIntake> findByIdempotencyKey(Channel channel, String key, int timeoutMillis) {
    String sql = "SELECT " + COLUMNS + " FROM channel_intake_outbox"
        + " WHERE channel = ? AND idempotency_key = ?";
    try (Connection c = dataSource.getConnection()) {
      c.setNetworkTimeout(Runnable::run, timeoutMillis);
      return find(c, sql, channel, key);
    } catch (SQLException e) {
      throw new HandoffStoreException("cannot read intake", e);
    }
  }

  private static Optional<PendingIntake> find(Connection c, String sql, Channel channel,
      String key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, channel.name());
      s.setString(2, key);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  /** Pending intake created before {@code cutoff}, oldest first. */
  List<PendingIntake> pendingBefore(Instant cutoff, int limit) {
    String sql = "SELECT " + COLUMNS + " FROM channel_intake_outbox"
        + " WHERE state = 'PENDING' AND created_at < ? ORDER BY created_at LIMIT ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, utc(cutoff));
      s.setInt(2, limit);
      List<PendingIntake> result = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          result.add(read(rs));
        }
      }
      return result;
    } catch (SQLException e) {
      throw new HandoffStoreException("cannot read pending intake", e);
    }
  }

  int countPending() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT COUNT(*) FROM channel_intake_outbox WHERE state = 'PENDING'");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new HandoffStoreException("cannot count pending intake", e);
    }
  }

  /** Marks intakes sent, in one statement. */
  void markSent(Collection<String> envelopeIds, Instant sentAt) {
    if (envelopeIds.isEmpty()) {
      return;
    }
    String sql = "UPDATE channel_intake_outbox SET state = 'SENT', sent_at = ?"
        + " WHERE envelope_id IN " + InClause.of(envelopeIds.size());
    try (Connection c = dataSource.getConnection()) {
      c.setNetworkTimeout(Runnable::run, BOOKKEEPING_TIMEOUT_MILLIS);
      try (PreparedStatement s = c.prepareStatement(sql)) {
        s.setObject(1, utc(sentAt));
        int i = 2;
        for (String id : envelopeIds) {
          s.setString(i++, id);
        }
        s.executeUpdate();
      }
    } catch (SQLException e) {
      throw new HandoffStoreException("cannot mark intake sent", e);
    }
  }

  void recordFailure(String envelopeId, String error) {
    String sql = "UPDATE channel_intake_outbox SET attempts = attempts + 1, last_error = ?"
        + " WHERE envelope_id = ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, error.length() > 300 ? error.substring(0, 300) : error);
      s.setString(2, envelopeId);
      s.executeUpdate();
    } catch (SQLException e) {
      throw new HandoffStoreException("cannot record a failed send", e);
    }
  }

  private static PendingIntake read(ResultSet rs) throws SQLException {
    return new PendingIntake(
        rs.getString("envelope_id"),
        Channel.valueOf(rs.getString("channel")),
        rs.getString("idempotency_key"),
        rs.getString("request_hash"),
        rs.getString("assigned_code"),
        rs.getString("tracking_code"),
        rs.getString("message_key"),
        rs.getString("envelope_json"),
        UtcTime.read(rs, "created_at"));
  }

  private static String utc(Instant instant) {
    return UtcTime.column(instant);
  }
}
