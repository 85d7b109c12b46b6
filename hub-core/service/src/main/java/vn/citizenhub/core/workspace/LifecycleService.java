package vn.citizenhub.core.workspace;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import vn.citizenhub.core.lifecycle.ActionInput;
import vn.citizenhub.core.lifecycle.Actor;
import vn.citizenhub.core.lifecycle.Change;
import vn.citizenhub.core.lifecycle.LifecycleContext;
import vn.citizenhub.core.lifecycle.TicketLifecycle;
import vn.citizenhub.core.lifecycle.TicketState;
import vn.citizenhub.core.outbox.OutboxRelay;
import vn.citizenhub.core.reference.ReferenceData;
import vn.citizenhub.core.reference.ReferenceSnapshot;
import vn.citizenhub.core.sla.Deadlines;
import vn.citizenhub.core.sla.TicketClock;
import vn.citizenhub.core.staff.StaffAccounts;
import vn.citizenhub.core.staff.StaffPrincipal;
import vn.citizenhub.core.staffapi.StaffApiException;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * Runs lifecycle actions against the database: a staff member's action in its own transaction,
 * or the citizen's and the hub's inside a transaction the caller owns (intake, daily sweeps).
 */
@Singleton
public class LifecycleService {

  private final JdbcDatabase database;
  private final TicketStates states;
  private final ChangeWriter writer;
  private final TicketLifecycle lifecycle;
  private final ReferenceData referenceData;
  private final TicketClock ticketClock;
  private final StaffAccounts staff;
  private final OutboxRelay relay;
  private final Clock clock;
  private final boolean transfersNeedApproval;

  LifecycleService(JdbcDatabase database, TicketStates states, ChangeWriter writer,
      ReferenceData referenceData, TicketClock ticketClock, StaffAccounts staff,
      OutboxRelay relay, Clock clock,
      @Value("${hub.workspace.transfers-need-approval:true}") boolean transfersNeedApproval) {
    this.database = database;
    this.states = states;
    this.writer = writer;
    this.lifecycle = TicketLifecycle.standard();
    this.referenceData = referenceData;
    this.ticketClock = ticketClock;
    this.staff = staff;
    this.relay = relay;
    this.clock = clock;
    this.transfersNeedApproval = transfersNeedApproval;
  }

  public TicketLifecycle lifecycle() {
    return lifecycle;
  }

  /**
   * A staff member's action. The ticket must be within their scope (else it does not exist for
   * them) and at the version they saw (else 409).
   */
  public TicketState act(long ticketId, ActionInput input, StaffPrincipal principal)
      throws SQLException {
    if (input.version() == null) {
      throw StaffApiException.versionRequired();
    }
    TicketState result;
    try {
      result = database.inTransaction(c -> {
        lockMergeTargetFirstIfLower(c, ticketId, input);
        TicketState current = states.lock(c, ticketId)
            .filter(t -> principal.mayHandle(t.agencyCode))
            .orElseThrow(StaffApiException::ticketNotFound);
        if (current.version != input.version()) {
          throw StaffApiException.stale(current.version);
        }
        Instant now = clock.instant();
        Change change = lifecycle.apply(current, input, Actor.of(principal),
            context(c, current, now, principal));
        writer.write(c, current, change, principal.username(), null, now);
        return change.next();
      });
    } catch (SQLException | RuntimeException e) {
      // The lifecycle's lookups wrap SQLException in runtime exceptions: look through them.
      if (!(e instanceof StaffApiException) && lockConflict(e)) {
        // Another action held one of the tickets too long (or the database broke a deadlock
        // with a transaction from intake): nothing was changed, the staff member may retry.
        throw new StaffApiException(HttpStatus.CONFLICT, "TICKET_BUSY",
            "Phiếu đang được thao tác khác cập nhật. Vui lòng tải lại rồi thử lại.",
            "The ticket is being updated by another action. Reload it and try again.");
      }
      throw e;
    }
    relay.wake();
    return result;
  }

  private static boolean lockConflict(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && (String.valueOf(sql.getSQLState()).startsWith("40")
          || sql.getErrorCode() == 1213 || sql.getErrorCode() == 1205)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A merge locks two tickets. Taken in the order of their ids, two merges racing over the same
   * pair (A into B, B into A) queue on the lower id instead of deadlocking: the second one then
   * finds its ticket changed (the first touched both) and is refused with a 409.
   */
  private void lockMergeTargetFirstIfLower(Connection c, long ticketId, ActionInput input)
      throws SQLException {
    Long into = input.intoTicketId();
    if (TicketLifecycle.MERGE.equals(input.action()) && into != null && into < ticketId) {
      states.lock(c, into);
    }
  }

  /**
   * An action by the citizen or the hub inside the caller's transaction; empty when the ticket is
   * not in a state the action applies to (a follow-up on a ticket that was not waiting, say).
   */
  public Optional<Change> actInside(Connection c, long ticketId, String action, Actor actor,
      String intakeId, Instant now) throws SQLException {
    Optional<TicketState> found = states.lock(c, ticketId);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    TicketState current = found.get();
    LifecycleContext ctx = context(c, current, now, null);
    if (!lifecycle.available(current, actor).contains(action)
        || (action.equals(TicketLifecycle.ESCALATE) && !lifecycle.escalationDue(current, ctx))) {
      return Optional.empty();
    }
    Change change = lifecycle.apply(current, ActionInput.of(action), actor, ctx);
    writer.write(c, current, change, actor.name(), intakeId, now);
    return Optional.of(change);
  }

  /** What the rules consult, scoped so a merge can only reach the actor's own tickets. */
  public LifecycleContext context(Connection c, TicketState ticket, Instant now,
      StaffPrincipal principal) {
    ReferenceSnapshot ref = referenceData.current();
    return new LifecycleContext(now, now.atZone(Deadlines.PROVINCE_ZONE).toLocalDate(),
        ref.clock(ticket.clockCode).orElseThrow(() -> new IllegalStateException(
            "ticket " + ticket.id + " has unknown clock " + ticket.clockCode)),
        ticketClock,
        code -> ref.agency(code).map(a -> new LifecycleContext.AgencyName(a.nameVi(), a.nameEn())),
        staffId -> {
          try {
            return staff.handlerAgency(staffId);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        },
        id -> {
          try {
            return states.lock(c, id)
                .filter(t -> principal == null || principal.mayHandle(t.agencyCode));
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        },
        transfersNeedApproval);
  }
}
