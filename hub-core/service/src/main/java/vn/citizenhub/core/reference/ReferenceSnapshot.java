package vn.citizenhub.core.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.citizenhub.core.routing.CommuneResolver;
import vn.citizenhub.core.routing.RoutingRules;
import vn.citizenhub.core.sla.ClockRule;
import vn.citizenhub.core.sla.DayType;

/** One consistent read of the reference tables, shared by routing, deadlines and the catalog. */
public record ReferenceSnapshot(
    Map<String, CategoryRow> categories,
    Map<String, AgencyRow> agencies,
    Map<String, CommuneRow> communes,
    Map<String, ClockRuleRow> clockRows,
    RoutingRules routing,
    CommuneResolver communeResolver) {

  static <K, V> Map<K, V> byKey(List<V> rows, Function<V, K> key) {
    Map<K, V> map = new LinkedHashMap<>();
    rows.forEach(row -> map.put(key.apply(row), row));
    return map;
  }

  public Optional<CategoryRow> category(String code) {
    return Optional.ofNullable(code).map(categories::get);
  }

  public Optional<AgencyRow> agency(String code) {
    return Optional.ofNullable(code).map(agencies::get);
  }

  /** The clock with this code as the deadline arithmetic uses it. */
  public Optional<ClockRule> clock(String code) {
    return Optional.ofNullable(code).map(clockRows::get).map(c -> new ClockRule(c.code(),
        DayType.valueOf(c.dayType()), c.firstResponseDays(), c.resolutionDays(),
        c.extensionDays()));
  }

  public Optional<CommuneRow> commune(String code) {
    return Optional.ofNullable(code).map(communes::get);
  }
}
