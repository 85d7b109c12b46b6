package vn.citizenhub.core.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoutingRulesTest {

  private static final String TAN_AN = "27712";
  private static final String LONG_AN = "27694";

  private static final RoutingRule LIGHTS_ANYWHERE =
      new RoutingRule(2, "STREET_LIGHT", null, "SXD");
  private static final RoutingRule LIGHTS_IN_TAN_AN =
      new RoutingRule(16, "STREET_LIGHT", TAN_AN, "UBND-27712");
  private static final RoutingRule ANYTHING_IN_TAN_AN =
      new RoutingRule(40, null, TAN_AN, "UBND-TA");
  private static final RoutingRule WASTE_ANYWHERE =
      new RoutingRule(4, "WASTE_SANITATION", null, "SNNMT");

  private static final List<RoutingRule> RULES =
      List.of(ANYTHING_IN_TAN_AN, LIGHTS_ANYWHERE, WASTE_ANYWHERE, LIGHTS_IN_TAN_AN);

  @Test
  void aRuleForTheCategoryInTheCommuneBeatsOneForTheCategoryAnywhere() {
    assertEquals(Optional.of(LIGHTS_IN_TAN_AN),
        new RoutingRules(RULES).decide("STREET_LIGHT", TAN_AN));
  }

  @Test
  void aRuleForTheCategoryAnywhereBeatsOneForAnythingInTheCommune() {
    assertEquals(Optional.of(WASTE_ANYWHERE),
        new RoutingRules(RULES).decide("WASTE_SANITATION", TAN_AN));
  }

  @Test
  void aRuleForAnythingInTheCommuneCatchesOtherCategoriesThere() {
    assertEquals(Optional.of(ANYTHING_IN_TAN_AN),
        new RoutingRules(RULES).decide("PUBLIC_ORDER", TAN_AN));
  }

  @Test
  void aCategoryRuleAppliesInOtherCommunesAndWithoutACommune() {
    RoutingRules rules = new RoutingRules(RULES);
    assertEquals(Optional.of(LIGHTS_ANYWHERE), rules.decide("STREET_LIGHT", LONG_AN));
    assertEquals(Optional.of(LIGHTS_ANYWHERE), rules.decide("STREET_LIGHT", null));
  }

  @Test
  void aCatchAllRuleComesLast() {
    RoutingRule catchAll = new RoutingRule(1, null, null, "VPUBND");
    List<RoutingRule> withCatchAll = new ArrayList<>(RULES);
    withCatchAll.add(catchAll);
    RoutingRules rules = new RoutingRules(withCatchAll);
    assertEquals(Optional.of(ANYTHING_IN_TAN_AN), rules.decide("PUBLIC_ORDER", TAN_AN));
    assertEquals(Optional.of(catchAll), rules.decide("PUBLIC_ORDER", LONG_AN));
  }

  @Test
  void amongEquallySpecificRulesTheLowestIdWins() {
    RoutingRule newer = new RoutingRule(31, "STREET_LIGHT", TAN_AN, "NEWER");
    RoutingRule older = new RoutingRule(7, "STREET_LIGHT", TAN_AN, "OLDER");
    RoutingRule newest = new RoutingRule(90, "STREET_LIGHT", TAN_AN, "NEWEST");
    assertEquals(Optional.of(older),
        new RoutingRules(List.of(newer, newest, older)).decide("STREET_LIGHT", TAN_AN));
  }

  @Test
  void noMatchingRuleMeansTriage() {
    RoutingRules rules = new RoutingRules(RULES);
    assertTrue(rules.decide("PUBLIC_ORDER", LONG_AN).isEmpty());
    assertTrue(rules.decide(null, null).isEmpty());
    assertTrue(new RoutingRules(List.of()).decide("STREET_LIGHT", TAN_AN).isEmpty());
  }

  @Test
  void theOrderOfTheRulesDoesNotMatter() {
    List<String[]> questions = List.of(
        new String[] {"STREET_LIGHT", TAN_AN}, new String[] {"WASTE_SANITATION", TAN_AN},
        new String[] {"PUBLIC_ORDER", TAN_AN}, new String[] {"STREET_LIGHT", LONG_AN},
        new String[] {"PUBLIC_ORDER", LONG_AN});
    List<RoutingRule> all = new ArrayList<>(RULES);
    all.add(new RoutingRule(3, "STREET_LIGHT", TAN_AN, "DUPLICATE-LOWER-ID"));
    all.add(new RoutingRule(99, null, null, "VPUBND"));
    RoutingRules reference = new RoutingRules(all);
    Random random = new Random(20261129);
    for (int round = 0; round < 200; round++) {
      List<RoutingRule> shuffled = new ArrayList<>(all);
      Collections.shuffle(shuffled, random);
      RoutingRules rules = new RoutingRules(shuffled);
      for (String[] q : questions) {
        assertEquals(reference.decide(q[0], q[1]), rules.decide(q[0], q[1]), shuffled::toString);
      }
    }
    assertEquals("DUPLICATE-LOWER-ID",
        reference.decide("STREET_LIGHT", TAN_AN).orElseThrow().agencyCode());
  }

  @Test
  void sizeCountsEveryRule() {
    assertEquals(4, new RoutingRules(RULES).size());
  }
}
