package vn.citizenhub.bench.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.citizenhub.bench.drill.Recovery.Effect;
import vn.citizenhub.bench.drill.Recovery.Incident;

class RecoveryTest {

  private static final long THRESHOLD = 2_000;
  private static final long LOOKBACK = 5_000;

  @Test
  void each_incident_owns_the_held_up_reports_posted_from_just_before_it_to_the_next() {
    List<Incident> incidents = List.of(new Incident("kill core", 60_000),
        new Incident("kill broker", 90_000));
    Map<String, Long> posted = Map.of(
        "prompt", 50_000L,          // 300 ms: not held up
        "in-flight", 59_000L,       // posted before the kill, made 12 s later
        "orphaned", 66_000L,        // the last one held up by the first kill
        "after-rebalance", 72_000L, // prompt again
        "relayed", 95_000L);        // held up by the broker kill
    Map<String, Long> made = Map.of(
        "prompt", 50_300L,
        "in-flight", 71_000L,
        "orphaned", 73_500L,
        "after-rebalance", 72_400L,
        "relayed", 115_000L);

    List<Effect> effects = Recovery.of(incidents, posted, made, THRESHOLD, LOOKBACK);

    Effect core = effects.get(0);
    assertEquals(2, core.heldUp());
    assertEquals(12_000, core.worstMillis());
    assertEquals(6_000, core.flowingAgainAfterMillis());
    assertEquals(13_500, core.drainedAfterMillis());
    Effect broker = effects.get(1);
    assertEquals(1, broker.heldUp());
    assertEquals(20_000, broker.worstMillis());
    assertEquals(5_000, broker.flowingAgainAfterMillis());
    assertEquals(25_000, broker.drainedAfterMillis());
  }

  @Test
  void an_incident_that_held_nothing_up_took_no_time_and_lost_reports_are_not_timed() {
    List<Effect> effects = Recovery.of(List.of(new Incident("kill", 10_000)),
        Map.of("prompt", 11_000L, "lost", 12_000L), Map.of("prompt", 11_200L),
        THRESHOLD, LOOKBACK);

    assertEquals(new Effect(new Incident("kill", 10_000), 0, 0, 0, 0), effects.get(0));
  }
}
