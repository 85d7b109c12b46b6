package vn.citizenhub.channel.app.api;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.channel.app.partner.AppCaller;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UniqueViolation;
import vn.citizenhub.schema.UtcTime;

/**
 * Which tickets each app user reported through this channel: their "my reports", and the rule
 * that only a ticket's own reporter rates it, follows it up or says it is not fixed. Kept by the
 * channel (hub-core keeps who reported what by citizen, not by app user), written once the
 * hand-off kept the report, so a report the user was told about is always theirs here.
 */
@Singleton
class AppReports {

  /** One of the user's reports as the list shows it: no personal data. */
  record Mine(String trackingCode, String kind, String categoryCode, Instant submittedAt) {}

  private final JdbcDatabase database;

  AppReports(JdbcDatabase database) {
    this.database = database;
  }

  void record(AppCaller caller, String trackingCode, String kind, String categoryCode,
      Instant at) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO app_report (app_id, app_user_id,"
            + " tracking_code, kind, category_code, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, caller.appId());
      s.setString(2, caller.appUserId());
      s.setString(3, trackingCode);
      s.setString(4, kind);
      s.setString(5, categoryCode);
      s.setObject(6, UtcTime.column(at));
      s.executeUpdate();
    } catch (SQLException e) {
      if (!UniqueViolation.is(e)) { // a resubmission with the same key: recorded already
        throw e;
      }
    }
  }

  boolean owns(AppCaller caller, String trackingCode) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT 1 FROM app_report WHERE app_id = ?"
            + " AND app_user_id = ? AND tracking_code = ?")) {
      s.setString(1, caller.appId());
      s.setString(2, caller.appUserId());
      s.setString(3, trackingCode);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** The user's reports, newest first, at most {@code limit}. */
  List<Mine> mine(AppCaller caller, int limit) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT tracking_code, kind, category_code,"
            + " created_at FROM app_report WHERE app_id = ? AND app_user_id = ?"
            + " ORDER BY created_at DESC, tracking_code LIMIT ?")) {
      s.setString(1, caller.appId());
      s.setString(2, caller.appUserId());
      s.setInt(3, limit);
      List<Mine> found = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(new Mine(rs.getString(1), rs.getString(2), rs.getString(3),
              UtcTime.read(rs, "created_at")));
        }
      }
      return found;
    }
  }
}
