package vn.citizenhub.core.workspace;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.core.lifecycle.Actor;
import vn.citizenhub.core.lifecycle.TicketLifecycle;
import vn.citizenhub.core.outbox.OutboxRelay;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.core.sla.TicketClock;
import vn.citizenhub.schema.JdbcDatabase;
import vn.citizenhub.schema.UtcTime;

/**
 * The hub's regular look at every running clock: escalates tickets due soon (to the agency's
 * lead) and overdue (to the coordinator), and closes resolved tickets after the quiet period.
 * Safe with several replicas: each ticket is re-checked under its row lock, so a level is raised
 * once.
 */
@Singleton
@Requires(property = "hub.workspace.sweep.enabled", notEquals = "false")
public class ClockSweep {

  private static final Logger LOG = LoggerFactory.getLogger(ClockSweep.class);
  private static final int BATCH = 500;

  private final JdbcDatabase database;
  private final LifecycleService lifecycle;
  private final TicketClock ticketClock;
  private final OutboxRelay relay;
  private final Clock clock;
  private final Duration closeAfter;

  ClockSweep(JdbcDatabase database, LifecycleService lifecycle, TicketClock ticketClock,
      OutboxRelay relay, Clock clock,
      @Value("${hub.workspace.close-after:7d}") Duration closeAfter) {
    this.database = database;
    this.lifecycle = lifecycle;
    this.ticketClock = ticketClock;
    this.relay = relay;
    this.clock = clock;
    this.closeAfter = closeAfter;
  }

  /** What one sweep did. */
  public record Result(int escalated, int closed) {}

  @Scheduled(fixedDelay = "${hub.workspace.sweep.interval:10m}", initialDelay = "30s")
  void scheduled() {
    try {
      Result r = sweep();
      if (r.escalated() + r.closed() > 0) {
        LOG.info("Clock sweep: {} escalated, {} closed", r.escalated(), r.closed());
      }
    } catch (SQLException | RuntimeException e) {
      LOG.warn("Clock sweep failed; the next one will retry", e);
    }
  }

  public Result sweep() throws SQLException {
    Instant now = clock.instant();
    LocalDate today = now.atZone(Deadlines.PROVINCE_ZONE).toLocalDate();
    // inbox_stage: open (0) and resolved (1) tickets in due order in ix_ticket_province_inbox.
    int escalated = apply(candidates("SELECT id FROM ticket WHERE inbox_stage = 0"
        + " AND status IN ('ROUTED', 'TRIAGE', 'RECEIVED', 'ASSIGNED', 'IN_PROGRESS', 'REOPENED')"
        + " AND due_date <= ?"
        + " AND (escalation = 0 OR (escalation = 1 AND due_date < ?))"
        + " ORDER BY due_date LIMIT " + BATCH,
        ticketClock.nextWorkingDayAfter(today), today), TicketLifecycle.ESCALATE, now);
    int closed = apply(candidates("SELECT id FROM ticket WHERE inbox_stage = 1"
        + " AND resolved_at < ? LIMIT " + BATCH, UtcTime.column(now.minus(closeAfter)), null),
        TicketLifecycle.CLOSE, now);
    if (escalated + closed > 0) {
      relay.wake();
    }
    return new Result(escalated, closed);
  }

  private List<Long> candidates(String sql, Object first, Object second) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Connection c = database.pool().getConnection();
        PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, first);
      if (second != null) {
        s.setObject(2, second);
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }

  private int apply(List<Long> ids, String action, Instant now) throws SQLException {
    int done = 0;
    for (long id : ids) {
      boolean changed = database.inTransaction(c ->
          lifecycle.actInside(c, id, action, Actor.SYSTEM, null, now).isPresent());
      if (changed) {
        done++;
      }
    }
    return done;
  }
}
