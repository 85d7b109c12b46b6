package vn.citizenhub.channel.app.devices;

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
import vn.citizenhub.schema.UtcTime;

/** The app users' devices for push ({@code app_device}, channel-app V3). */
@Singleton
public class DeviceRegistry {

  /** What a registration did. */
  public enum Registration {
    /** A token not seen before. */
    CREATED,
    /** A token already registered by this app: seen again, perhaps for another of its users. */
    REFRESHED,
    /** The token is registered by another app; nothing changed. */
    OTHER_APP
  }

  private final JdbcDatabase database;

  public DeviceRegistry(JdbcDatabase database) {
    this.database = database;
  }

  /**
   * Registers {@code token} for the caller, idempotently: the same token again only refreshes
   * it. Race-safe: the unique token decides who inserted, the loser updates the winner's row.
   */
  public Registration register(AppCaller caller, String token, Platform platform, Instant now)
      throws SQLException {
    return database.inTransaction(c -> {
      Registration result;
      try (PreparedStatement insert = c.prepareStatement("INSERT IGNORE INTO app_device"
          + " (app_id, app_user_id, fcm_token, platform, created_at, last_seen_at)"
          + " VALUES (?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, caller.appId());
        insert.setString(2, caller.appUserId());
        insert.setString(3, token);
        insert.setString(4, platform.name());
        insert.setObject(5, UtcTime.column(now));
        insert.setObject(6, UtcTime.column(now));
        result = insert.executeUpdate() == 1 ? Registration.CREATED : refresh(c, caller, token,
            platform, now);
      }
      if (result != Registration.OTHER_APP) {
        forgetBeyondLimit(c, caller);
      }
      return result;
    });
  }

  private static Registration refresh(Connection c, AppCaller caller, String token,
      Platform platform, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT app_id FROM app_device WHERE fcm_token = ? FOR UPDATE")) {
      s.setString(1, token);
      try (ResultSet rs = s.executeQuery()) {
        if (rs.next() && !rs.getString(1).equals(caller.appId())) {
          return Registration.OTHER_APP;
        }
      }
    }
    // The install is now signed in to by this user (or still is): their pushes go there.
    try (PreparedStatement s = c.prepareStatement("UPDATE app_device SET app_user_id = ?,"
        + " platform = ?, last_seen_at = ? WHERE fcm_token = ?")) {
      s.setString(1, caller.appUserId());
      s.setString(2, platform.name());
      s.setObject(3, UtcTime.column(now));
      s.setString(4, token);
      s.executeUpdate();
    }
    return Registration.REFRESHED;
  }

  private static void forgetBeyondLimit(Connection c, AppCaller caller) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT id FROM app_device"
        + " WHERE app_id = ? AND app_user_id = ? ORDER BY last_seen_at DESC, id DESC")) {
      s.setString(1, caller.appId());
      s.setString(2, caller.appUserId());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    for (long id : ids.subList(Math.min(ids.size(), DeviceLimits.MAX_DEVICES_PER_USER),
        ids.size())) {
      delete(c, id);
    }
  }

  /** Forgets the caller's device with this token; false when the caller has none such. */
  public boolean forget(AppCaller caller, String token) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("DELETE FROM app_device"
            + " WHERE fcm_token = ? AND app_id = ? AND app_user_id = ?")) {
      s.setString(1, token);
      s.setString(2, caller.appId());
      s.setString(3, caller.appUserId());
      return s.executeUpdate() > 0;
    }
  }

  /** The user's devices, the one seen most recently first. */
  public List<Device> devicesOf(String appId, String appUserId) throws SQLException {
    List<Device> devices = new ArrayList<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT id, fcm_token, platform, last_seen_at"
            + " FROM app_device WHERE app_id = ? AND app_user_id = ?"
            + " ORDER BY last_seen_at DESC, id DESC")) {
      s.setString(1, appId);
      s.setString(2, appUserId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          devices.add(new Device(rs.getLong(1), rs.getString(2),
              Platform.valueOf(rs.getString(3)), UtcTime.read(rs, "last_seen_at")));
        }
      }
    }
    return devices;
  }

  /** Forgets a device FCM no longer knows (the app was uninstalled, the token expired). */
  public void remove(long deviceId) throws SQLException {
    try (Connection c = database.pool().getConnection()) {
      delete(c, deviceId);
    }
  }

  private static void delete(Connection c, long id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM app_device WHERE id = ?")) {
      s.setLong(1, id);
      s.executeUpdate();
    }
  }
}
