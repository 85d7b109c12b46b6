package vn.citizenhub.core.reference;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.core.CoreSchema;
import vn.citizenhub.core.routing.CommuneResolver;
import vn.citizenhub.core.routing.RoutingRule;
import vn.citizenhub.core.routing.RoutingRules;
import vn.citizenhub.logging.ErrorText;

/**
 * Keeps the reference tables in memory: they are read on every intake and change rarely. A change
 * made through this instance (an administrator's edit of an agency's contact) is read again at
 * once with {@link #reload()}; other replicas pick it up within the refresh interval.
 */
@Singleton
public class ReferenceData {

  private static final Logger LOG = LoggerFactory.getLogger(ReferenceData.class);

  private final ReferenceRepositories.Categories categories;
  private final ReferenceRepositories.Agencies agencies;
  private final ReferenceRepositories.Communes communes;
  private final ReferenceRepositories.ClockRules clocks;
  private final ReferenceRepositories.RoutingRules rules;
  private volatile ReferenceSnapshot current;

  ReferenceData(
      CoreSchema schema,
      ReferenceRepositories.Categories categories,
      ReferenceRepositories.Agencies agencies,
      ReferenceRepositories.Communes communes,
      ReferenceRepositories.ClockRules clocks,
      ReferenceRepositories.RoutingRules rules) {
    this.categories = categories;
    this.agencies = agencies;
    this.communes = communes;
    this.clocks = clocks;
    this.rules = rules;
    this.current = load();
  }

  public ReferenceSnapshot current() {
    return current;
  }

  /**
   * Reads the tables again now, after a change this instance made: the next reader sees it.
   * Unlike the scheduled refresh, a failure is the caller's to answer.
   */
  public void reload() {
    current = load();
  }

  @Scheduled(fixedDelay = "${hub.reference.refresh:5m}", initialDelay = "${hub.reference.refresh:5m}")
  void refresh() {
    try {
      current = load();
    } catch (RuntimeException e) {
      LOG.warn("Reference data refresh failed; keeping the previous copy: {}", ErrorText.of(e));
    }
  }

  private ReferenceSnapshot load() {
    List<RoutingRule> routing = rules.findAllOrderById().stream()
        .map(r -> new RoutingRule(r.id(), r.categoryCode(), r.communeCode(), r.agencyCode()))
        .toList();
    Map<String, CommuneRow> communeRows =
        ReferenceSnapshot.byKey(communes.findAllOrderByName(), CommuneRow::code);
    Map<String, String> communeNames = new HashMap<>();
    communeRows.values().forEach(c -> communeNames.put(c.code(), c.name()));
    return new ReferenceSnapshot(
        ReferenceSnapshot.byKey(categories.findAllOrderByCode(), CategoryRow::code),
        ReferenceSnapshot.byKey(agencies.findAllOrderByCode(), AgencyRow::code),
        communeRows,
        ReferenceSnapshot.byKey(clocks.findAllOrderByCode(), ClockRuleRow::code),
        new RoutingRules(routing),
        new CommuneResolver(communeNames));
  }
}
