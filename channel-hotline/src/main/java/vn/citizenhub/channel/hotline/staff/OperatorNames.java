package vn.citizenhub.channel.hotline.staff;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UniqueViolation;
import vn.citizenhub.schema.UtcTime;

/** Keeps the name each operator goes by (from their staff token) for the supervisor's figures. */
@Singleton
public class OperatorNames {

  private final JdbcDatabase database;

  OperatorNames(JdbcDatabase database) {
    this.database = database;
  }

  public void remember(Operator operator, Instant now) throws SQLException {
    try (Connection c = database.pool().getConnection()) {
      if (update(c, operator, now) == 0) {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO hotline_operator"
            + " (username, display_name, seen_at) VALUES (?, ?, ?)")) {
          s.setString(1, operator.username());
          s.setString(2, operator.displayName());
          s.setObject(3, UtcTime.column(now));
          s.executeUpdate();
        } catch (SQLException e) {
          if (!UniqueViolation.is(e)) {
            throw e;
          }
          update(c, operator, now); // another request of theirs inserted it first
        }
      }
    }
  }

  private static int update(Connection c, Operator operator, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE hotline_operator SET display_name = ?,"
        + " seen_at = ? WHERE username = ?")) {
      s.setString(1, operator.displayName());
      s.setObject(2, UtcTime.column(now));
      s.setString(3, operator.username());
      return s.executeUpdate();
    }
  }
}
