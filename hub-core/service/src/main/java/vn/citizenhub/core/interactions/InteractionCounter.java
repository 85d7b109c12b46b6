package vn.citizenhub.core.interactions;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * Adds to the week's interaction counts (table {@code interaction_count}) with one upsert per
 * event. Inside an intake transaction the increments are exact: a batch that rolls back counts
 * nothing, and an envelope processed twice is processed once. Each increment lands on one of
 * {@link #SLOTS} rows at random, so concurrent transactions seldom queue on one row lock; the
 * events are written in a fixed order, so two transactions never wait on each other's rows.
 */
@Singleton
public class InteractionCounter {

  static final int SLOTS = 8;

  private final JdbcDatabase database;

  InteractionCounter(JdbcDatabase database) {
    this.database = database;
  }

  /** The Monday that starts the ISO week of {@code at}, in the province's time zone. */
  public static LocalDate weekOf(Instant at) {
    return at.atZone(Deadlines.PROVINCE_ZONE).toLocalDate()
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** Adds the counts in the caller's transaction (call it last, after the tickets' writes). */
  public void add(Connection c, Map<InteractionEvent, Integer> counts, Instant now)
      throws SQLException {
    Map<InteractionEvent, Integer> ordered = new EnumMap<>(InteractionEvent.class);
    counts.forEach((event, n) -> {
      if (n != null && n > 0) {
        ordered.merge(event, n, Integer::sum);
      }
    });
    if (ordered.isEmpty()) {
      return;
    }
    int slot = ThreadLocalRandom.current().nextInt(SLOTS);
    try (PreparedStatement s = c.prepareStatement("INSERT INTO interaction_count (week_start,"
        + " event, slot, total) VALUES (?, ?, ?, ?) ON DUPLICATE KEY UPDATE total = total + ?")) {
      for (Map.Entry<InteractionEvent, Integer> e : ordered.entrySet()) {
        s.setObject(1, weekOf(now));
        s.setString(2, e.getKey().name());
        s.setInt(3, slot);
        s.setLong(4, e.getValue());
        s.setLong(5, e.getValue());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Adds one event in a transaction of its own (what a page reports). */
  public void addOne(InteractionEvent event, Instant now) throws SQLException {
    try (Connection c = database.pool().getConnection()) {
      add(c, Map.of(event, 1), now);
    }
  }
}
