package vn.citizenhub.channel.zalo.token;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import vn.citizenhub.channel.zalo.oa.OaAccount;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UniqueViolation;
import vn.citizenhub.schema.UtcTime;

/**
 * An OA's row in {@code zalo_oa_token}, in short statements of their own (autocommit): read,
 * seed, claim a refresh with a lease, store the new pair under the claim, release the claim. No
 * statement here runs while Zalo is being called, and none holds a lock past its own end.
 */
final class TokenRow {

  private final JdbcDatabase database;

  TokenRow(JdbcDatabase database) {
    this.database = database;
  }

  Optional<TokenPair> read(String oaName) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT access_token, refresh_token,"
            + " access_expires_at FROM zalo_oa_token WHERE oa_name = ?")) {
      s.setString(1, oaName);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(new TokenPair(rs.getString(1), rs.getString(2),
            UtcTime.read(rs, "access_expires_at"))) : Optional.empty();
      }
    }
  }

  /** The configured first pair; a replica that loses the race to seed it finds it seeded. */
  void seed(OaAccount oa, String access, Instant expires) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO zalo_oa_token (oa_name,"
            + " access_token, refresh_token, access_expires_at) VALUES (?, ?, ?, ?)")) {
      s.setString(1, oa.getName());
      s.setString(2, access);
      s.setString(3, oa.getInitialRefreshToken());
      s.setObject(4, UtcTime.column(expires));
      s.executeUpdate();
    } catch (SQLException e) {
      if (!UniqueViolation.is(e)) {
        throw e;
      }
    }
  }

  /**
   * Claims the refresh of the pair whose refresh token is {@code spent}, unless another claim is
   * still running or the pair was already replaced: true for exactly one claimant.
   */
  boolean claim(String oaName, String spent, String claimant, Instant now, Instant until)
      throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE zalo_oa_token SET"
            + " refresh_claimed_by = ?, refresh_claimed_until = ? WHERE oa_name = ?"
            + " AND refresh_token = ?"
            + " AND (refresh_claimed_until IS NULL OR refresh_claimed_until < ?)")) {
      s.setString(1, claimant);
      s.setObject(2, UtcTime.column(until));
      s.setString(3, oaName);
      s.setString(4, spent);
      s.setObject(5, UtcTime.column(now));
      return s.executeUpdate() == 1;
    }
  }

  /** Saves the new pair and ends the claim; false if the claim was lost (it had expired). */
  boolean store(String oaName, String claimant, TokenPair pair, Instant now)
      throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE zalo_oa_token SET access_token = ?,"
            + " refresh_token = ?, access_expires_at = ?, refreshed_at = ?,"
            + " refresh_count = refresh_count + 1, last_error = NULL,"
            + " refresh_claimed_by = NULL, refresh_claimed_until = NULL"
            + " WHERE oa_name = ? AND refresh_claimed_by = ?")) {
      s.setString(1, pair.accessToken());
      s.setString(2, pair.refreshToken());
      s.setObject(3, UtcTime.column(pair.accessExpiresAt()));
      s.setObject(4, UtcTime.column(now));
      s.setString(5, oaName);
      s.setString(6, claimant);
      return s.executeUpdate() == 1;
    }
  }

  /** Ends a claim whose refresh failed, with the reason operators read. */
  void release(String oaName, String claimant, String error) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE zalo_oa_token SET last_error = ?,"
            + " refresh_claimed_by = NULL, refresh_claimed_until = NULL"
            + " WHERE oa_name = ? AND refresh_claimed_by = ?")) {
      s.setString(1, error.length() > 300 ? error.substring(0, 300) : error);
      s.setString(2, oaName);
      s.setString(3, claimant);
      s.executeUpdate();
    }
  }
}
