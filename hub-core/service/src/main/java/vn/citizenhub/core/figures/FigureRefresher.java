package vn.citizenhub.core.figures;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * Keeps the public figures current: every {@code hub.figures.refresh-interval} it recounts the
 * current month and the previous one (a ticket resolved just before midnight on the 1st, a late
 * rating); on its first run it also counts any of the last {@code backfill-months} that have no
 * rows (a new install, a bulk-loaded database). Several replicas may recount the same month at
 * once: each recount replaces the month's rows in one transaction, and a failed one is retried on
 * the next run.
 */
@Singleton
@Requires(property = "hub.figures.enabled", notEquals = "false")
public class FigureRefresher {

  private static final Logger LOG = LoggerFactory.getLogger(FigureRefresher.class);

  private final FigureRollup rollup;
  private final FigureStore store;
  private final JdbcDatabase database;
  private final FiguresSettings settings;
  private final Clock clock;
  private final AtomicBoolean backfilled = new AtomicBoolean();

  FigureRefresher(FigureRollup rollup, FigureStore store, JdbcDatabase database,
      FiguresSettings settings, Clock clock) {
    this.rollup = rollup;
    this.store = store;
    this.database = database;
    this.settings = settings;
    this.clock = clock;
  }

  @Scheduled(fixedDelay = "${hub.figures.refresh-interval:1m}", initialDelay = "2s")
  void scheduled() {
    try {
      if (!backfilled.get()) {
        long started = System.nanoTime();
        int counted = backfillMissing();
        backfilled.set(true);
        if (counted > 0) {
          LOG.info("Public figures: {} missing months counted in {} ms", counted,
              Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
      }
      refresh();
    } catch (SQLException | RuntimeException e) {
      LOG.warn("Public figures refresh failed; the next one will retry", e);
    }
  }

  /** Recounts the current and the previous month now. */
  public void refresh() throws SQLException {
    YearMonth current = YearMonth.now(clock.withZone(Deadlines.PROVINCE_ZONE));
    rollup.recount(current.minusMonths(1));
    rollup.recount(current);
    store.forget();
  }

  /**
   * Recounts every one of the last {@code months} months, the current one included: for a
   * database loaded in bulk (the benchmark's million) or after the definitions change.
   */
  public void rebuild(int months) throws SQLException {
    YearMonth current = YearMonth.now(clock.withZone(Deadlines.PROVINCE_ZONE));
    for (int i = months - 1; i >= 0; i--) {
      rollup.recount(current.minusMonths(i));
    }
    store.forget();
  }

  private int backfillMissing() throws SQLException {
    Set<String> have = new HashSet<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT DISTINCT figure_month FROM public_figure_month");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        have.add(rs.getString(1));
      }
    }
    YearMonth current = YearMonth.now(clock.withZone(Deadlines.PROVINCE_ZONE));
    int counted = 0;
    for (int i = settings.getBackfillMonths() - 1; i >= 2; i--) {
      YearMonth month = current.minusMonths(i);
      if (!have.contains(month.toString())) {
        rollup.recount(month);
        counted++;
      }
    }
    return counted;
  }
}
