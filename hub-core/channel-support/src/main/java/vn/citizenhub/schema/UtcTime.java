package vn.citizenhub.schema;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants in DATETIME columns, always as UTC, whatever the JVM's or the session's time zone:
 * the database never converts, so MySQL, MariaDB and H2 agree.
 */
public final class UtcTime {
  private UtcTime() {}

  public static LocalDateTime column(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  public static Instant read(ResultSet rs, String column) throws SQLException {
    LocalDateTime value = rs.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }
}
