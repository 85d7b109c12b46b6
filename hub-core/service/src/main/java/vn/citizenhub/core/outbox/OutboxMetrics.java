package vn.citizenhub.core.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * {@code hub_outbox_backlog}: events and notifications written but not yet published. Registered
 * at start-up, after the registry and the data source exist.
 */
@Singleton
@Requires(beans = MeterRegistry.class)
class OutboxMetrics {

  private final MeterRegistry registry;
  private final JdbcDatabase database;
  private final OutboxStore store;

  OutboxMetrics(MeterRegistry registry, JdbcDatabase database, OutboxStore store) {
    this.registry = registry;
    this.database = database;
    this.store = store;
  }

  @EventListener
  void register(StartupEvent event) {
    Gauge.builder("hub.outbox.backlog", this, OutboxMetrics::backlog)
        .description("Outbox rows waiting for the relay")
        .register(registry);
  }

  private double backlog() {
    try (Connection c = database.pool().getConnection()) {
      return store.backlog(c);
    } catch (SQLException e) {
      return Double.NaN;
    }
  }
}
