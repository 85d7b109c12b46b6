package vn.citizenhub.core.routing;

/** (category, commune) -> agency; a null side matches anything. */
public record RoutingRule(int id, String categoryCode, String communeCode, String agencyCode) {

  boolean matches(String category, String commune) {
    return (categoryCode == null || categoryCode.equals(category))
        && (communeCode == null || communeCode.equals(commune));
  }

  /**
   * How specific the rule is: a rule for this category in this commune beats one for this
   * category anywhere, which beats one for anything in this commune.
   */
  int specificity() {
    return (categoryCode != null ? 2 : 0) + (communeCode != null ? 1 : 0);
  }
}
