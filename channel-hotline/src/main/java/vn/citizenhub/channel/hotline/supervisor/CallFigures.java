package vn.citizenhub.channel.hotline.supervisor;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.schema.JdbcDatabase;

/** Counts the call log by day, operator and hour; {@link Figures} does the arithmetic. */
@Singleton
class CallFigures {

  private final JdbcDatabase database;

  CallFigures(JdbcDatabase database) {
    this.database = database;
  }

  Figures between(LocalDate from, LocalDate to) throws SQLException {
    try (Connection c = database.pool().getConnection()) {
      return Figures.of(from, to, operatorDays(c, from, to), hours(c, from, to));
    }
  }

  private static List<OperatorDay> operatorDays(Connection c, LocalDate from, LocalDate to)
      throws SQLException {
    List<OperatorDay> rows = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT local_day, operator,"
        + " MAX(o.display_name) AS operator_name, COUNT(*) AS calls,"
        + " SUM(CASE WHEN outcome IN ('NEW_TICKET', 'FOLLOW_UP', 'ANSWERED_ON_THE_SPOT')"
        + " THEN 1 ELSE 0 END) AS genuine,"
        + " SUM(CASE WHEN outcome = 'ANSWERED_ON_THE_SPOT' THEN 1 ELSE 0 END) AS on_the_spot,"
        + " SUM(CASE WHEN outcome = 'MISSED' THEN 1 ELSE 0 END) AS missed,"
        + " SUM(CASE WHEN outcome IN ('WRONG_NUMBER', 'NUISANCE') THEN 1 ELSE 0 END) AS idle,"
        + " COUNT(handling_seconds) AS timed, COALESCE(SUM(handling_seconds), 0) AS handling,"
        + " COUNT(DISTINCT local_hour) AS hours"
        + " FROM hotline_call LEFT JOIN hotline_operator o ON o.username = operator"
        + " WHERE local_day BETWEEN ? AND ? AND outcome IS NOT NULL"
        + " GROUP BY local_day, operator ORDER BY local_day, operator")) {
      s.setObject(1, from);
      s.setObject(2, to);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(new OperatorDay(rs.getObject("local_day", LocalDate.class),
              rs.getString("operator"), rs.getString("operator_name"), rs.getLong("calls"),
              rs.getLong("genuine"),
              rs.getLong("on_the_spot"), rs.getLong("missed"), rs.getLong("idle"),
              rs.getLong("timed"), rs.getLong("handling"), rs.getLong("hours")));
        }
      }
    }
    return rows;
  }

  private static List<Figures.Hour> hours(Connection c, LocalDate from, LocalDate to)
      throws SQLException {
    List<Figures.Hour> hours = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT local_day, local_hour, COUNT(*)"
        + " FROM hotline_call WHERE local_day BETWEEN ? AND ? AND outcome IS NOT NULL"
        + " GROUP BY local_day, local_hour ORDER BY local_day, local_hour")) {
      s.setObject(1, from);
      s.setObject(2, to);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          hours.add(new Figures.Hour(rs.getObject(1, LocalDate.class), rs.getInt(2),
              rs.getLong(3)));
        }
      }
    }
    return hours;
  }
}
