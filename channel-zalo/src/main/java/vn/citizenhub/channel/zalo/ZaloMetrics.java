package vn.citizenhub.channel.zalo;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.conversation.ConversationStep;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * {@code hub_zalo_events_pending} (webhook events stored, not yet processed) and
 * {@code hub_zalo_replies_pending} (replies not yet accepted by Zalo): both grow while Zalo's API
 * or the database is in trouble; alert when they do. {@code hub_zalo_steps_taken_over_total}
 * counts conversation steps that outlived their lease (hub.zalo.step-lease) and were finished by
 * another replica: harmless, but a sign the lease is short for how slowly Kafka or hub-core answer.
 */
@Singleton
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
@Requires(beans = MeterRegistry.class)
class ZaloMetrics {

  private final MeterRegistry registry;
  private final DataSource pool;
  private final ConversationStep steps;

  ZaloMetrics(MeterRegistry registry, JdbcDatabase database, ConversationStep steps) {
    this.registry = registry;
    this.pool = database.pool();
    this.steps = steps;
  }

  @EventListener
  void register(StartupEvent event) {
    Gauge.builder("hub.zalo.events.pending", this,
            m -> m.count("SELECT COUNT(*) FROM zalo_inbox WHERE state = 'NEW'"))
        .description("Zalo webhook events stored and not yet processed").register(registry);
    Gauge.builder("hub.zalo.replies.pending", this,
            m -> m.count("SELECT COUNT(*) FROM zalo_reply WHERE state = 'PENDING'"))
        .description("Zalo conversation replies not yet accepted by Zalo").register(registry);
    FunctionCounter.builder("hub.zalo.steps.taken.over", steps, ConversationStep::takenOver)
        .description("Zalo conversation steps that outlived their lease and were taken over by"
            + " another replica").register(registry);
  }

  private double count(String sql) {
    try (Connection c = pool.getConnection();
        PreparedStatement s = c.prepareStatement(sql);
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (Exception e) {
      return Double.NaN;
    }
  }
}
