package vn.citizenhub.core.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import vn.citizenhub.core.sla.ClockRule;
import vn.citizenhub.core.sla.TicketClock;

/**
 * What an action may consult besides the ticket: the time, the ticket's clock, the agencies, the
 * staff directory and, for a merge, the target ticket. Plain interfaces, so the rules are tested
 * without a database.
 */
public record LifecycleContext(
    Instant now,
    LocalDate today,
    ClockRule clock,
    TicketClock ticketClock,
    Agencies agencies,
    Staff staff,
    Tickets tickets,
    boolean transfersNeedApproval) {

  /** Agency names by code. */
  public interface Agencies {
    Optional<AgencyName> name(String agencyCode);
  }

  public record AgencyName(String nameVi, String nameEn) {}

  /** The agency of an active officer or lead, if the staff id is one. */
  public interface Staff {
    Optional<String> agencyOfHandler(long staffId);
  }

  /** Another ticket's state, for a merge. */
  public interface Tickets {
    Optional<TicketState> find(long ticketId);
  }
}
