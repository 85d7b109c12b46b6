package vn.citizenhub.channel.handoff;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * {@code hub_intake_pending}: accepted intake Kafka has not acknowledged yet; alert when it grows.
 * Registered at start-up rather than as a MeterBinder, because the registry is built before the
 * data source (whose pool reports its own metrics to it).
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
@Requires(beans = MeterRegistry.class)
class PendingIntakeMetrics {

  private final MeterRegistry registry;
  private final PendingIntakeStore store;

  PendingIntakeMetrics(MeterRegistry registry, PendingIntakeStore store) {
    this.registry = registry;
    this.store = store;
  }

  @EventListener
  void register(StartupEvent event) {
    Gauge.builder("hub.intake.pending", store, PendingIntakeStore::countPending)
        .description("Intake accepted from citizens and not yet acknowledged by Kafka")
        .register(registry);
  }
}
