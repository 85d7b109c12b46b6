package vn.citizenhub.bench.drill;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScaleOutDrillTest {

  @Test
  void a_follower_is_the_highest_node_that_does_not_lead_the_controller_quorum() {
    assertEquals(3, ScaleOutDrill.brokerToKill("follower", 1, 3));
    assertEquals(2, ScaleOutDrill.brokerToKill("follower", 3, 3));
    assertEquals(1, ScaleOutDrill.brokerToKill("controller", 1, 3));
    assertEquals(2, ScaleOutDrill.brokerToKill("2", 1, 3));
  }
}
