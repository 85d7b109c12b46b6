package vn.citizenhub.bench.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.citizenhub.bench.drill.TicketLedger.Ticket;

class DrillTallyTest {

  @Test
  void an_accepted_code_without_a_ticket_is_a_loss_and_a_ticket_without_one_is_unclaimed() {
    Map<String, Long> accepted = Map.of("WAAAAAAAAA", 1_000L, "WBBBBBBBBB", 1_100L,
        "WCCCCCCCCC", 1_200L);
    List<Ticket> tickets = List.of(
        new Ticket("WAAAAAAAAA", "intake-a", 1_300L),
        new Ticket("WCCCCCCCCC", "intake-c", 1_900L),
        new Ticket("WZZZZZZZZZ", "intake-z", 2_000L));

    DrillTally tally = DrillTally.of(accepted, tickets);

    assertEquals(3, tally.accepted());
    assertEquals(2, tally.ticketed());
    assertEquals(List.of("WBBBBBBBBB"), tally.lost());
    assertEquals(1, tally.unclaimed());
    assertEquals(Map.of("WAAAAAAAAA", 1_300L, "WCCCCCCCCC", 1_900L), tally.ticketAt());
  }

  @Test
  void a_code_made_twice_counts_once_with_its_first_ticket() {
    DrillTally tally = DrillTally.of(Map.of("WAAAAAAAAA", 1_000L), List.of(
        new Ticket("WAAAAAAAAA", "intake-a", 1_500L),
        new Ticket("WAAAAAAAAA", "intake-a", 1_400L)));

    assertEquals(1, tally.ticketed());
    assertEquals(1_400L, tally.ticketAt().get("WAAAAAAAAA"));
  }
}
