package vn.citizenhub.schema;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A random key made once and kept in a one-row table ({@code id = 1, secret, created_at}), so
 * every replica of a module uses the same one and a restart keeps it: the staff token key, the
 * web channel's mail key. The first replica to start makes it; one that loses the race reads the
 * winner's.
 */
public final class StoredSecret {

  private static final Logger LOG = LoggerFactory.getLogger(StoredSecret.class);

  private StoredSecret() {}

  /**
   * The 32-byte key in {@code table}, hex-encoded, made now if there is none.
   *
   * @param table a table name from the code (never from input)
   * @param what what the key is, for the one line logged when it is made
   */
  public static String readOrCreate(JdbcDatabase database, String table, String what)
      throws SQLException {
    try (Connection c = database.pool().getConnection()) {
      String stored = read(c, table);
      if (stored != null) {
        return stored;
      }
      byte[] random = new byte[32];
      new SecureRandom().nextBytes(random);
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO " + table + " (id, secret, created_at) VALUES (1, ?, ?)")) {
        s.setString(1, HexFormat.of().formatHex(random));
        s.setObject(2, UtcTime.column(Instant.now()));
        s.executeUpdate();
        LOG.info("Made {} and stored it in the database", what);
      } catch (SQLException e) {
        if (!UniqueViolation.is(e)) {
          throw e;
        }
        // Another replica made it first: use theirs.
      }
      return read(c, table);
    }
  }

  private static String read(Connection c, String table) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT secret FROM " + table + " WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      return rs.next() ? rs.getString(1) : null;
    }
  }
}
