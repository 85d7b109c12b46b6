package vn.citizenhub.core.staff;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/** Reads and writes staff accounts. */
@Singleton
public class StaffAccounts {

  private static final String COLUMNS = "id, username, display_name, role, agency_code,"
      + " password_hash, failed_attempts, locked_until, active";

  private final JdbcDatabase database;

  StaffAccounts(JdbcDatabase database) {
    this.database = database;
  }

  public Optional<StaffAccount> byUsername(String username) throws SQLException {
    return one("SELECT " + COLUMNS + " FROM staff_account WHERE username = ?", username);
  }

  public Optional<StaffAccount> byId(long id) throws SQLException {
    return one("SELECT " + COLUMNS + " FROM staff_account WHERE id = ?", id);
  }

  /** The active officers and leads of one agency, for the assign list. */
  public List<StaffAccount> ofAgency(String agencyCode) throws SQLException {
    List<StaffAccount> found = new ArrayList<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
            + " FROM staff_account WHERE agency_code = ? AND active = TRUE ORDER BY display_name")) {
      s.setString(1, agencyCode);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(read(rs));
        }
      }
    }
    return found;
  }

  /** The agency of an active officer or lead; empty for anyone else. */
  public Optional<String> handlerAgency(long staffId) throws SQLException {
    return byId(staffId)
        .filter(a -> a.active() && a.role().boundToAgency() && a.agencyCode() != null)
        .map(StaffAccount::agencyCode);
  }

  public long create(String username, String displayName, StaffRole role, String agencyCode,
      String passwordHash, Instant now) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO staff_account (username,"
            + " display_name, role, agency_code, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, username);
      s.setString(2, displayName);
      s.setString(3, role.name());
      s.setString(4, agencyCode);
      s.setString(5, passwordHash);
      s.setObject(6, UtcTime.column(now));
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Counts a failed sign-in; the account locks until {@code lockUntil} once it reaches the limit. */
  void recordFailure(long id, int limit, Instant lockUntil) throws SQLException {
    update("UPDATE staff_account SET failed_attempts = failed_attempts + 1,"
        + " locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END"
        + " WHERE id = ?", limit, UtcTime.column(lockUntil), id);
  }

  void recordSuccess(long id) throws SQLException {
    update("UPDATE staff_account SET failed_attempts = 0, locked_until = NULL WHERE id = ?", id);
  }

  private void update(String sql, Object... args) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      s.executeUpdate();
    }
  }

  private Optional<StaffAccount> one(String sql, Object key) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, key);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static StaffAccount read(ResultSet rs) throws SQLException {
    return new StaffAccount(rs.getLong("id"), rs.getString("username"),
        rs.getString("display_name"), StaffRole.valueOf(rs.getString("role")),
        rs.getString("agency_code"), rs.getString("password_hash"),
        rs.getInt("failed_attempts"), UtcTime.read(rs, "locked_until"),
        rs.getBoolean("active"));
  }
}
