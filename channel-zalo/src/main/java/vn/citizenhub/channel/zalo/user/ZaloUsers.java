package vn.citizenhub.channel.zalo.user;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.schema.UniqueViolation;
import vn.citizenhub.schema.UtcTime;

/**
 * The channel's users, their reports and their data-subject requests, on the caller's
 * connection so that a conversation step changes them in one transaction.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class ZaloUsers {

  private static final String COLUMNS = "user_id, oa_name, last_interaction_at, phone,"
      + " reply_ticket_code, reply_ticket_until, opted_out_at";

  /** A report the user sent, for "my recent reports". */
  public record SentReport(String trackingCode, String categoryCode, Instant submittedAt) {}

  /**
   * Creates the user's row if needed and locks it until the transaction ends: one conversation
   * step at a time per user, whichever replica runs it.
   */
  public ZaloUser lock(Connection c, String userId, String oaName, Instant now)
      throws SQLException {
    Optional<ZaloUser> found = find(c, userId, true);
    if (found.isPresent()) {
      return found.get();
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO zalo_user (user_id, oa_name,"
        + " created_at) VALUES (?, ?, ?)")) {
      s.setString(1, userId);
      s.setString(2, oaName);
      s.setObject(3, UtcTime.column(now));
      s.executeUpdate();
    } catch (SQLException e) {
      if (!UniqueViolation.is(e)) {
        throw e; // else another replica created it meanwhile: lock theirs
      }
    }
    return find(c, userId, true).orElseThrow();
  }

  public Optional<ZaloUser> find(Connection c, String userId, boolean forUpdate)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
        + " FROM zalo_user WHERE user_id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
      s.setString(1, userId);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  /** A message, a follow: the 7-day window of consultation messages starts again. */
  public void interacted(Connection c, String userId, Instant at) throws SQLException {
    update(c, "UPDATE zalo_user SET last_interaction_at = ?, opted_out_at = NULL"
        + " WHERE user_id = ?", UtcTime.column(at), userId);
  }

  public void rememberPhone(Connection c, String userId, String phone, String consentVersion,
      Instant at) throws SQLException {
    update(c, "UPDATE zalo_user SET phone = ?, phone_consent_version = ?, phone_given_at = ?"
        + " WHERE user_id = ?", phone, consentVersion, UtcTime.column(at), userId);
  }

  /** After a notice about a ticket, the user's next free text answers it until {@code until}. */
  public void expectReply(Connection c, String userId, String trackingCode, Instant until)
      throws SQLException {
    update(c, "UPDATE zalo_user SET reply_ticket_code = ?, reply_ticket_until = ?"
        + " WHERE user_id = ?", trackingCode, UtcTime.column(until), userId);
  }

  public void reported(Connection c, String userId, String oaName, String trackingCode,
      String categoryCode, Instant at) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO zalo_report (user_id, oa_name,"
        + " tracking_code, category_code, submitted_at) VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, userId);
      s.setString(2, oaName);
      s.setString(3, trackingCode);
      s.setString(4, categoryCode);
      s.setObject(5, UtcTime.column(at));
      s.executeUpdate();
    } catch (SQLException e) {
      if (!UniqueViolation.is(e)) {
        throw e; // a retried step: the report is already on record
      }
    }
  }

  public List<SentReport> recentReports(Connection c, String userId, int limit)
      throws SQLException {
    List<SentReport> reports = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT tracking_code, category_code,"
        + " submitted_at FROM zalo_report WHERE user_id = ? ORDER BY submitted_at DESC, id DESC"
        + " LIMIT ?")) {
      s.setString(1, userId);
      s.setInt(2, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          reports.add(new SentReport(rs.getString(1), rs.getString(2),
              UtcTime.read(rs, "submitted_at")));
        }
      }
    }
    return reports;
  }

  /** The user who sent the report with this code through Zalo, if one did. */
  public Optional<String> userOfReport(Connection c, String trackingCode) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT user_id FROM zalo_report WHERE tracking_code = ?")) {
      s.setString(1, trackingCode);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  /**
   * Unfollow or withdrawal: no more messages, and the conversation data goes (draft, replies not
   * yet sent, the list of their reports, the phone, the bodies of their stored events, and their
   * photos, which the caller deleted and counted in {@code photos}). What the
   * law requires stays: the tickets themselves live in hub-core; here remain the user's id with
   * the date they opted out (so no message is sent them) and the record of the request.
   */
  public String forget(Connection c, String userId, String oaName, String kind, Instant receivedAt,
      Instant now, int photos) throws SQLException {
    int drafts = update(c, "DELETE FROM zalo_draft WHERE user_id = ?", userId);
    int replies = update(c, "DELETE FROM zalo_reply WHERE user_id = ? AND state = 'PENDING'",
        userId);
    int reports = update(c, "DELETE FROM zalo_report WHERE user_id = ?", userId);
    int events = update(c, "UPDATE zalo_inbox SET body = NULL WHERE user_id = ?", userId);
    update(c, "UPDATE zalo_user SET phone = NULL, phone_consent_version = NULL,"
        + " phone_given_at = NULL, reply_ticket_code = NULL, reply_ticket_until = NULL,"
        + " opted_out_at = ? WHERE user_id = ?", UtcTime.column(now), userId);
    String outcome = "messaging stopped; deleted " + drafts + " draft(s), " + replies
        + " pending repl(ies), " + reports + " report link(s), phone, " + events
        + " event bodies, " + photos + " photo(s); tickets kept by hub-core";
    try (PreparedStatement s = c.prepareStatement("INSERT INTO zalo_data_request (oa_name,"
        + " user_hash, kind, received_at, handled_at, outcome) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, oaName);
      s.setString(2, hash(userId));
      s.setString(3, kind);
      s.setObject(4, UtcTime.column(receivedAt));
      s.setObject(5, UtcTime.column(now));
      s.setString(6, outcome);
      s.executeUpdate();
    }
    return outcome;
  }

  /** How a user is named in records that must not hold their id. */
  public static String hash(String userId) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(userId.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static int update(Connection c, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    }
  }

  private static ZaloUser read(ResultSet rs) throws SQLException {
    return new ZaloUser(rs.getString("user_id"), rs.getString("oa_name"),
        UtcTime.read(rs, "last_interaction_at"), rs.getString("phone"),
        rs.getString("reply_ticket_code"), UtcTime.read(rs, "reply_ticket_until"),
        UtcTime.read(rs, "opted_out_at"));
  }
}
