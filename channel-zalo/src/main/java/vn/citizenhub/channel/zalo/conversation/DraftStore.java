package vn.citizenhub.channel.zalo.conversation;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.schema.UtcTime;

/** Drafts in the channel's database, as JSON, so that a restart loses no conversation. */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class DraftStore {

  /** An abandoned draft: whose, on which OA. */
  public record Expired(String userId, String oaName) {}

  public Optional<Draft> find(Connection c, String userId, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT draft_json, expires_at FROM zalo_draft WHERE user_id = ?")) {
      s.setString(1, userId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next() || !now.isBefore(UtcTime.read(rs, "expires_at"))) {
          return Optional.empty(); // an expired draft is the sweep's to drop and announce
        }
        return Optional.of(ContractJson.mapper().readValue(rs.getString(1), Draft.class));
      } catch (java.io.IOException e) {
        throw new SQLException("unreadable draft", e);
      }
    }
  }

  public void save(Connection c, String userId, String oaName, Draft draft, Instant now,
      Instant expiresAt) throws SQLException {
    String json = ContractJson.writeString(draft);
    try (PreparedStatement s = c.prepareStatement("UPDATE zalo_draft SET draft_json = ?,"
        + " oa_name = ?, updated_at = ?, expires_at = ? WHERE user_id = ?")) {
      s.setString(1, json);
      s.setString(2, oaName);
      s.setObject(3, UtcTime.column(now));
      s.setObject(4, UtcTime.column(expiresAt));
      s.setString(5, userId);
      if (s.executeUpdate() == 1) {
        return;
      }
    }
    // The user's row is locked by the caller, so nobody else inserts this draft meanwhile.
    try (PreparedStatement s = c.prepareStatement("INSERT INTO zalo_draft (user_id, oa_name,"
        + " draft_json, updated_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, userId);
      s.setString(2, oaName);
      s.setString(3, json);
      s.setObject(4, UtcTime.column(now));
      s.setObject(5, UtcTime.column(expiresAt));
      s.executeUpdate();
    }
  }

  public void delete(Connection c, String userId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM zalo_draft WHERE user_id = ?")) {
      s.setString(1, userId);
      s.executeUpdate();
    }
  }

  public List<Expired> expired(Connection c, Instant now, int limit) throws SQLException {
    List<Expired> found = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT user_id, oa_name FROM zalo_draft"
        + " WHERE expires_at <= ? ORDER BY expires_at LIMIT ?")) {
      s.setObject(1, UtcTime.column(now));
      s.setInt(2, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(new Expired(rs.getString(1), rs.getString(2)));
        }
      }
    }
    return found;
  }

  /** Deletes the draft only if it is still expired (the user may have written meanwhile). */
  public boolean deleteIfExpired(Connection c, String userId, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "DELETE FROM zalo_draft WHERE user_id = ? AND expires_at <= ?")) {
      s.setString(1, userId);
      s.setObject(2, UtcTime.column(now));
      return s.executeUpdate() == 1;
    }
  }
}
