package vn.citizenhub.core.staff;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UniqueViolation;
import vn.citizenhub.schema.UtcTime;

/**
 * The secret that signs staff tokens. The platform's secret ({@code HUB_STAFF_TOKEN_SECRET}) wins;
 * without one, a random key is made once and kept in the database, so every hub-core replica
 * signs and verifies with the same key and a restart does not sign everyone out. No key is ever
 * in the repository.
 */
@Singleton
class StaffTokenKey {

  private static final Logger LOG = LoggerFactory.getLogger(StaffTokenKey.class);
  private static final int MIN_SECRET_LENGTH = 32;

  private final String secret;

  StaffTokenKey(JdbcDatabase database,
      @Nullable @Value("${hub.staff.token-secret:}") String configured) throws SQLException {
    if (configured != null && !configured.isBlank()) {
      if (configured.length() < MIN_SECRET_LENGTH) {
        throw new IllegalStateException("HUB_STAFF_TOKEN_SECRET must be at least "
            + MIN_SECRET_LENGTH + " characters");
      }
      this.secret = configured;
    } else {
      this.secret = storedOrNew(database);
    }
  }

  String secret() {
    return secret;
  }

  private static String storedOrNew(JdbcDatabase database) throws SQLException {
    try (Connection c = database.pool().getConnection()) {
      String stored = read(c);
      if (stored != null) {
        return stored;
      }
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO staff_token_key (id, secret, created_at) VALUES (1, ?, ?)")) {
        s.setString(1, HexFormat.of().formatHex(random));
        s.setObject(2, UtcTime.column(Instant.now()));
        s.executeUpdate();
        LOG.info("Made the staff token signing key and stored it in the database");
      } catch (SQLException e) {
        if (!UniqueViolation.is(e)) {
          throw e;
        }
        // Another replica made it first: use theirs.
      }
      return read(c);
    }
  }

  private static String read(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT secret FROM staff_token_key WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
