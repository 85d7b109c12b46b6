package vn.citizenhub.channel.hotline.screen;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * Which operator sits at which extension. The phone system names extensions; an operator claims
 * theirs from the console, which frees whatever desk they had and takes the extension from
 * whoever had it (the previous shift).
 */
@Singleton
public class Desks {

  private final JdbcDatabase database;

  Desks(JdbcDatabase database) {
    this.database = database;
  }

  public void claim(String extension, String operator, Instant now) throws SQLException {
    database.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "DELETE FROM hotline_desk WHERE extension = ? OR operator = ?")) {
        s.setString(1, extension);
        s.setString(2, operator);
        s.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO hotline_desk (extension, operator, claimed_at) VALUES (?, ?, ?)")) {
        s.setString(1, extension);
        s.setString(2, operator);
        s.setObject(3, UtcTime.column(now));
        s.executeUpdate();
      }
      return null;
    });
  }

  public void release(String operator) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("DELETE FROM hotline_desk WHERE operator = ?")) {
      s.setString(1, operator);
      s.executeUpdate();
    }
  }

  public Optional<String> extensionOf(String operator) throws SQLException {
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT extension FROM hotline_desk WHERE operator = ?")) {
      s.setString(1, operator);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }
}
