package vn.citizenhub.bench.drill;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.citizenhub.bench.drill.TicketLedger.Ticket;

/**
 * Accepted reports against the tickets made: which accepted codes became a ticket, which did not
 * (losses), and which tickets answer no accepted code (a report whose answer never reached the
 * driver). Plain data in, plain data out.
 */
final class DrillTally {

  private final Map<String, Long> ticketAt = new HashMap<>();
  private final List<String> lost = new ArrayList<>();
  private final int accepted;
  private final int unclaimed;

  private DrillTally(int accepted, int unclaimed) {
    this.accepted = accepted;
    this.unclaimed = unclaimed;
  }

  /** {@code acceptedAt}: the tracking codes answered 202, each to when it was posted. */
  static DrillTally of(Map<String, Long> acceptedAt, List<Ticket> tickets) {
    Map<String, Long> firstTicket = new HashMap<>();
    for (Ticket t : tickets) {
      firstTicket.merge(t.trackingCode(), t.createdAtMillis(), Math::min);
    }
    int unclaimed = (int) firstTicket.keySet().stream()
        .filter(code -> !acceptedAt.containsKey(code)).count();
    DrillTally tally = new DrillTally(acceptedAt.size(), unclaimed);
    acceptedAt.keySet().stream().sorted().forEach(code -> {
      Long made = firstTicket.get(code);
      if (made == null) {
        tally.lost.add(code);
      } else {
        tally.ticketAt.put(code, made);
      }
    });
    return tally;
  }

  int accepted() {
    return accepted;
  }

  /** Accepted codes that have a ticket. */
  int ticketed() {
    return ticketAt.size();
  }

  /** Accepted codes without a ticket, sorted. */
  List<String> lost() {
    return lost;
  }

  /** Tickets whose code the driver was never answered with. */
  int unclaimed() {
    return unclaimed;
  }

  /** For each ticketed accepted code, when its (first) ticket was made. */
  Map<String, Long> ticketAt() {
    return ticketAt;
  }
}
