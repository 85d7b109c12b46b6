package vn.citizenhub.retention;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.schema.JdbcDatabase;

/** The retention rules of the tables every channel has (schema {@code channel-intake}). */
@Factory
@Requires(property = HandoffSettings.ENABLED, value = "true")
class ChannelRetentionRules {

  @Bean
  @Named("channel_intake_outbox.sent")
  RetentionRule intakeOutboxSent(JdbcDatabase db, RetentionSettings settings) {
    // created_at, not sent_at: the index (state, created_at) finds them; sent is seconds later.
    return new SqlRetentionRule("channel_intake_outbox.sent", settings.getIntakeOutboxSent(),
        db.pool(), "DELETE FROM channel_intake_outbox WHERE state = 'SENT' AND created_at < ?"
            + " LIMIT ?");
  }

  @Bean
  @Named("channel_notification.done")
  RetentionRule notificationsDone(JdbcDatabase db, RetentionSettings settings) {
    return new SqlRetentionRule("channel_notification.done", settings.getNotificationsDone(),
        db.pool(), "DELETE FROM channel_notification WHERE state <> 'PENDING' AND done_at < ?"
            + " LIMIT ?");
  }
}
