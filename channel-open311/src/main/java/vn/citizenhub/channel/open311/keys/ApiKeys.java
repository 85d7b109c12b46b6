package vn.citizenhub.channel.open311.keys;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * The Open311 API keys: issued (the key shown once, its SHA-256 kept), checked on every post,
 * revoked. A key is 32 random bytes, so a plain SHA-256 is enough to keep it unguessable from
 * the table (a slow password hash guards low-entropy secrets; these are not).
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class ApiKeys {

  /** open311_api_key.name. */
  public static final int MAX_NAME = 120;
  /** open311_api_key.created_by. */
  public static final int MAX_CREATED_BY = 100;
  /** A key chosen by an operator (OPEN311_API_KEY) is at least this long. */
  public static final int MIN_KEY = 16;
  public static final int MAX_KEY = 200;
  static final String PREFIX = "o311_";

  private final JdbcDatabase database;
  private final Clock clock = Clock.systemUTC();
  private final SecureRandom random = new SecureRandom();

  ApiKeys(JdbcDatabase database) {
    this.database = database;
  }

  /** A key as an administrator sees it: never the key itself. */
  public record KeyInfo(long id, String name, Instant createdAt, String createdBy,
      Instant revokedAt) {}

  /** A key just issued: the only time {@code key} is known. */
  public record Issued(long id, String name, String key, Instant createdAt) {}

  public Issued issue(String name, String createdBy) throws SQLException {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return issue(name, createdBy, PREFIX + HexFormat.of().formatHex(bytes));
  }

  /** Issues {@code key} as given (the demo key an operator chose). */
  public Issued issue(String name, String createdBy, String key) throws SQLException {
    Instant now = clock.instant();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO open311_api_key (key_hash, name,"
            + " created_at, created_by) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, hash(key));
      s.setString(2, name);
      s.setObject(3, UtcTime.column(now));
      s.setString(4, createdBy);
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return new Issued(keys.getLong(1), name, key, now);
      }
    }
  }

  /** The id of the live key {@code key}, or empty (unknown or revoked). */
  public Optional<Long> idOf(String key) throws SQLException {
    if (key == null || key.isBlank() || key.length() > MAX_KEY) {
      return Optional.empty();
    }
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT id FROM open311_api_key"
            + " WHERE key_hash = ? AND revoked_at IS NULL")) {
      s.setString(1, hash(key.strip()));
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
      }
    }
  }

  /** True when the key was live and is now revoked. */
  public boolean revoke(long id) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE open311_api_key SET revoked_at = ?"
            + " WHERE id = ? AND revoked_at IS NULL")) {
      s.setObject(1, UtcTime.column(clock.instant()));
      s.setLong(2, id);
      return s.executeUpdate() == 1;
    }
  }

  public List<KeyInfo> all() throws SQLException {
    List<KeyInfo> keys = new ArrayList<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT id, name, created_at, created_by,"
            + " revoked_at FROM open311_api_key ORDER BY id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        keys.add(new KeyInfo(rs.getLong("id"), rs.getString("name"),
            UtcTime.read(rs, "created_at"), rs.getString("created_by"),
            UtcTime.read(rs, "revoked_at")));
      }
    }
    return keys;
  }

  /** True once any key has this name (the demo key is issued once). */
  public boolean named(String name) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT 1 FROM open311_api_key WHERE name = ?")) {
      s.setString(1, name);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  static String hash(String key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
