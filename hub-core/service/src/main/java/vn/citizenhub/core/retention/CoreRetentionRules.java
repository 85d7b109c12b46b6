package vn.citizenhub.core.retention;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import vn.citizenhub.retention.RetentionRule;
import vn.citizenhub.retention.SqlRetentionRule;
import vn.citizenhub.schema.JdbcDatabase;

/**
 * hub-core's retention rules (docs/retention.md). Tickets, their timelines, citizens and consents
 * are the administrative record and are not purged here; outbox rows are deleted as they are sent.
 */
@Factory
class CoreRetentionRules {

  @Bean
  @Named("processed_intake")
  RetentionRule processedIntake(JdbcDatabase db, CoreRetentionSettings settings) {
    return new SqlRetentionRule("processed_intake", settings.getProcessedIntake(), db.pool(),
        "DELETE FROM processed_intake WHERE processed_at < ? LIMIT ?");
  }

  @Bean
  @Named("staff_session")
  RetentionRule staffSessions(JdbcDatabase db, CoreRetentionSettings settings) {
    return new SqlRetentionRule("staff_session", settings.getStaffSessions(), db.pool(),
        "DELETE FROM staff_session WHERE expires_at < ? LIMIT ?");
  }

  @Bean
  @Named("personal_data_access")
  RetentionRule personalDataAccess(JdbcDatabase db, CoreRetentionSettings settings) {
    return new SqlRetentionRule("personal_data_access", settings.getPersonalDataAccess(),
        db.pool(), "DELETE FROM personal_data_access WHERE accessed_at < ? LIMIT ?");
  }

  @Bean
  @Named("feedback_token")
  RetentionRule feedbackTokens(JdbcDatabase db, CoreRetentionSettings settings) {
    return new SqlRetentionRule("feedback_token", settings.getFeedbackTokens(), db.pool(),
        "DELETE FROM feedback_token WHERE expires_at < ? LIMIT ?");
  }
}
