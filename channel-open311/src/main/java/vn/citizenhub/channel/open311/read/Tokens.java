package vn.citizenhub.channel.open311.read;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * {@code tokens/{token}}: the token of a posted request is its tracking code, which the answer
 * to the post already carries as service_request_id; the token stays meaningful for clients
 * written for servers that answer tokens. Known to this channel from its intake table until hub-core
 * has the ticket.
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class Tokens {

  private final JdbcDatabase database;

  Tokens(JdbcDatabase database) {
    this.database = database;
  }

  /** True when this channel took in a request under this code (stored form). */
  public boolean taken(String trackingCode) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT 1 FROM channel_intake_outbox"
            + " WHERE assigned_code = ? AND channel = 'OPEN311'")) {
      s.setString(1, trackingCode);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }
}
