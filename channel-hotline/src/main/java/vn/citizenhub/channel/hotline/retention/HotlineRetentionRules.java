package vn.citizenhub.channel.hotline.retention;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import vn.citizenhub.channel.hotline.HotlineSettings;
import vn.citizenhub.retention.RetentionRule;
import vn.citizenhub.retention.SqlRetentionRule;
import vn.citizenhub.schema.JdbcDatabase;

/** The hotline's retention rules (docs/retention.md). */
@Factory
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
class HotlineRetentionRules {

  @Bean
  @Named("hotline_call_event")
  RetentionRule callEvents(JdbcDatabase db, HotlineRetentionSettings settings) {
    return new SqlRetentionRule("hotline_call_event", settings.getCallEvents(), db.pool(),
        "DELETE FROM hotline_call_event WHERE received_at < ? LIMIT ?");
  }

  /** De-identified, not deleted: the call still counts in the supervisors' figures. */
  @Bean
  @Named("hotline_call.caller_phone")
  RetentionRule callerPhone(JdbcDatabase db, HotlineRetentionSettings settings) {
    return new SqlRetentionRule("hotline_call.caller_phone", settings.getCallerPhone(), db.pool(),
        "UPDATE hotline_call SET caller_phone = NULL WHERE caller_phone IS NOT NULL"
            + " AND started_at < ? LIMIT ?");
  }
}
