package vn.citizenhub.core.staff;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Sign-in sessions: a token names its session, and a session that ended refuses the token. The
 * account's role and agency are read here at every check, so a token issued before a demotion or a
 * move to another agency is refused at once.
 */
@Singleton
public class StaffSessions {

  private final JdbcDatabase database;

  StaffSessions(JdbcDatabase database) {
    this.database = database;
  }

  String open(long staffId, Instant now, Instant expiresAt) throws SQLException {
    String id = UUID.randomUUID().toString();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO staff_session (id, staff_id,"
            + " created_at, expires_at) VALUES (?, ?, ?, ?)")) {
      s.setString(1, id);
      s.setLong(2, staffId);
      s.setObject(3, UtcTime.column(now));
      s.setObject(4, UtcTime.column(expiresAt));
      s.executeUpdate();
    }
    return id;
  }

  void end(String sessionId, Instant now) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "UPDATE staff_session SET ended_at = ? WHERE id = ? AND ended_at IS NULL")) {
      s.setObject(1, UtcTime.column(now));
      s.setString(2, sessionId);
      s.executeUpdate();
    }
  }

  /**
   * The account behind a session while the session has neither ended nor expired and the account
   * is still active: its role and agency as the database holds them now, not as a token says.
   */
  public Optional<LiveAccount> liveAccount(String sessionId, Instant now) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT s.ended_at, s.expires_at, a.active,"
            + " a.role, a.agency_code FROM staff_session s"
            + " JOIN staff_account a ON a.id = s.staff_id WHERE s.id = ?")) {
      s.setString(1, sessionId);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next() && rs.getObject("ended_at") == null
            && UtcTime.read(rs, "expires_at").isAfter(now) && rs.getBoolean("active")) {
          return Optional.of(new LiveAccount(StaffRole.valueOf(rs.getString("role")),
              rs.getString("agency_code")));
        }
        return Optional.empty();
      }
    }
  }

  /** True while the session lives and its account still has the role and agency given. */
  public boolean holds(String sessionId, String role, String agency, Instant now)
      throws SQLException {
    return liveAccount(sessionId, now).filter(a -> a.matches(role, agency)).isPresent();
  }

  /** What the database says of a live session's account. */
  public record LiveAccount(StaffRole role, String agencyCode) {

    /** True when a token naming {@code role} and {@code agency} still describes this account. */
    public boolean matches(String tokenRole, String tokenAgency) {
      return role.name().equals(tokenRole)
          && java.util.Objects.equals(agencyCode, tokenAgency);
    }
  }
}
