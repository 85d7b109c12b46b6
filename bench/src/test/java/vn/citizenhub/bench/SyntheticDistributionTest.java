package vn.citizenhub.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.TrackingCode;

/** The generator's distribution helper and its tracking codes, without a database. */
class SyntheticDistributionTest {

  @Test
  void picksFollowTheWeights() {
    WeightedChoice<String> choice = WeightedChoice.of(Map.of("big", 70, "middle", 25, "small", 5,
        "never", 0));
    Map<String, Integer> counts = new HashMap<>();
    SplittableRandom random = new SplittableRandom(1);
    for (int i = 0; i < 100_000; i++) {
      counts.merge(choice.pick(random), 1, Integer::sum);
    }
    assertEquals(0.70, counts.get("big") / 100_000.0, 0.01);
    assertEquals(0.25, counts.get("middle") / 100_000.0, 0.01);
    assertEquals(0.05, counts.get("small") / 100_000.0, 0.005);
    assertTrue(!counts.containsKey("never"), "a value weighing nothing is never picked");
  }

  @Test
  void refusesWeightsThatCannotBeDrawn() {
    assertThrows(IllegalArgumentException.class, () -> WeightedChoice.of(Map.of("a", 0)));
    assertThrows(IllegalArgumentException.class, () -> WeightedChoice.of(Map.of("a", -1)));
    assertThrows(IllegalArgumentException.class, () -> WeightedChoice.of(List.<String>of(),
        s -> 1));
  }

  @Test
  void trackingCodesAreValidAndDistinct() {
    Set<String> seen = new HashSet<>();
    for (long id = 1; id <= 200_000; id++) {
      String code = SyntheticTickets.trackingCode(Channel.values()[(int) (id % 4)], id);
      assertTrue(TrackingCode.parse(code).isPresent(), code);
      assertTrue(seen.add(code.substring(1)), "the same code twice: " + code);
    }
  }

  @Test
  void aboutOneTicketInSixteenIsOpenOverTwoYears() {
    double open = 0;
    for (int age = 0; age < SyntheticTickets.HISTORY_DAYS; age++) {
      open += SyntheticLifecycle.openShare(age);
    }
    double share = open / SyntheticTickets.HISTORY_DAYS;
    assertTrue(share > 0.05 && share < 0.10, "open share " + share);
  }
}
