package vn.citizenhub.core.interactions;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.citizenhub.schema.JdbcDatabase;

/** The interaction counts of the last weeks, newest first; a week with nothing counts zeros. */
@Singleton
public class InteractionWeeks {

  /** One ISO week: {@code week} as {@code 2026-W05}, starting on Monday {@code startsOn}. */
  public record Week(String week, LocalDate startsOn, Map<InteractionEvent, Long> counts) {}

  /** An event's labels, so the console needs no list of its own. */
  public record Label(InteractionEvent event, String label, String labelEn) {}

  public record Weeks(List<Label> events, List<Week> weeks) {}

  private final JdbcDatabase database;

  InteractionWeeks(JdbcDatabase database) {
    this.database = database;
  }

  public Weeks last(int weeks, Instant now) throws SQLException {
    LocalDate newest = InteractionCounter.weekOf(now);
    LocalDate oldest = newest.minusWeeks(weeks - 1L);
    Map<LocalDate, Map<InteractionEvent, Long>> counted = new HashMap<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT week_start, event, SUM(total)"
            + " FROM interaction_count WHERE week_start >= ? GROUP BY week_start, event")) {
      s.setObject(1, oldest);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          InteractionEvent event = known(rs.getString(2));
          if (event != null) {
            counted.computeIfAbsent(rs.getObject(1, LocalDate.class), k -> new HashMap<>())
                .put(event, rs.getLong(3));
          }
        }
      }
    }
    List<Week> result = new ArrayList<>();
    for (LocalDate week = newest; !week.isBefore(oldest); week = week.minusWeeks(1)) {
      Map<InteractionEvent, Long> counts = new EnumMap<>(InteractionEvent.class);
      Map<InteractionEvent, Long> found = counted.getOrDefault(week, Map.of());
      for (InteractionEvent e : InteractionEvent.values()) {
        counts.put(e, found.getOrDefault(e, 0L));
      }
      result.add(new Week(label(week), week, counts));
    }
    List<Label> labels = new ArrayList<>();
    for (InteractionEvent e : InteractionEvent.values()) {
      labels.add(new Label(e, e.labelVi(), e.labelEn()));
    }
    return new Weeks(labels, result);
  }

  private static String label(LocalDate monday) {
    return String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
        monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static InteractionEvent known(String name) {
    try {
      return InteractionEvent.valueOf(name);
    } catch (IllegalArgumentException e) {
      return null; // an event a newer hub counts: this one has no column for it
    }
  }
}
