package vn.citizenhub.retention;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.logging.ErrorText;

/**
 * Runs every {@link RetentionRule} of this process, batch by batch, each batch its own short
 * statement. Several replicas may run it at once: a row deleted by one is simply not found by
 * the other. The log line and the counter {@code hub_retention_purged_total{rule}} carry counts
 * only, never what was purged.
 */
@Singleton
@Requires(property = RetentionSettings.ENABLED, notEquals = "false")
public class RetentionSweep {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionSweep.class);

  private final List<RetentionRule> rules;
  private final RetentionSettings settings;
  private final Optional<MeterRegistry> metrics;
  private final Clock clock = Clock.systemUTC();

  public RetentionSweep(List<RetentionRule> rules, RetentionSettings settings,
      Optional<MeterRegistry> metrics) {
    this.rules = rules;
    this.settings = settings;
    this.metrics = metrics;
  }

  @Scheduled(fixedDelay = "${hub.retention.interval:1h}",
      initialDelay = "${hub.retention.initial-delay:5m}")
  void scheduled() {
    Map<String, Integer> purged = run(clock.instant());
    if (purged.values().stream().anyMatch(n -> n > 0)) {
      LOG.info("Retention purge: {}", purged);
    }
  }

  /** One run over every rule at {@code now}; how many items each rule removed. */
  public Map<String, Integer> run(Instant now) {
    Map<String, Integer> purged = new LinkedHashMap<>();
    for (RetentionRule rule : rules) {
      int total = 0;
      try {
        for (int batch = 0; batch < settings.getMaxBatchesPerRun(); batch++) {
          int n = rule.purgeBatch(now, settings.getBatchSize());
          total += n;
          if (n < settings.getBatchSize()) {
            break;
          }
        }
      } catch (Exception e) {
        LOG.warn("Retention rule {} failed after {} purged; the next run retries: {}",
            rule.name(), total, ErrorText.of(e));
      }
      purged.put(rule.name(), total);
      int counted = total;
      metrics.ifPresent(m -> m.counter("hub.retention.purged", "rule", rule.name())
          .increment(counted));
    }
    return purged;
  }
}
