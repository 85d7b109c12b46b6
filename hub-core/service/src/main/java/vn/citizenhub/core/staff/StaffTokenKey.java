package vn.citizenhub.core.staff;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.StoredSecret;

/**
 * The secret that signs staff tokens. The platform's secret ({@code HUB_STAFF_TOKEN_SECRET}) wins;
 * without one, a random key is made once and kept in the database, so every hub-core replica
 * signs and verifies with the same key and a restart does not sign everyone out. No key is ever
 * in the repository.
 */
@Singleton
class StaffTokenKey {

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
      this.secret = StoredSecret.readOrCreate(database, "staff_token_key",
          "the staff token signing key");
    }
  }

  String secret() {
    return secret;
  }
}
