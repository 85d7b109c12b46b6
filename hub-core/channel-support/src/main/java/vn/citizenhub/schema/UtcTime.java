package vn.citizenhub.schema;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants in DATETIME(3) columns, always as UTC, whatever the JVM's or the session's time zone:
 * the database never converts, so MySQL, MariaDB and H2 agree.
 *
 * <p>Written as text: MySQL Connector/J takes MariaDB 10.x (which announces itself as
 * "5.5.5-10.11") for a server without fractional seconds and would cut the milliseconds off a
 * temporal parameter; every one of the three servers reads this literal exactly.
 */
public final class UtcTime {

  private static final DateTimeFormatter LITERAL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

  private UtcTime() {}

  /** The value to bind with {@code setObject} for a DATETIME(3) column. */
  public static String column(Instant instant) {
    return instant == null ? null : LITERAL.format(instant);
  }

  public static Instant read(ResultSet rs, String column) throws SQLException {
    LocalDateTime value = rs.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }
}
