package vn.citizenhub.core.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides which agency is competent for a report. The most specific matching rule wins; among
 * equally specific ones, the oldest rule. No match means a coordinator triages it.
 */
public final class RoutingRules {

  private static final Comparator<RoutingRule> PRECEDENCE =
      Comparator.comparingInt(RoutingRule::specificity).reversed()
          .thenComparingInt(RoutingRule::id);

  private final List<RoutingRule> rules;

  public RoutingRules(List<RoutingRule> rules) {
    this.rules = rules.stream().sorted(PRECEDENCE).toList();
  }

  /** The rule that routes (category, commune); empty when the report needs triage. */
  public Optional<RoutingRule> decide(String categoryCode, String communeCode) {
    return rules.stream().filter(rule -> rule.matches(categoryCode, communeCode)).findFirst();
  }

  public int size() {
    return rules.size();
  }
}
