package vn.citizenhub.channel.zalo.retention;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import java.time.Instant;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.zalo.ZaloSettings;
import vn.citizenhub.channel.zalo.media.MediaStore;
import vn.citizenhub.retention.RetentionRule;
import vn.citizenhub.retention.SqlRetentionRule;
import vn.citizenhub.schema.JdbcDatabase;

/** The Zalo channel's retention rules (docs/retention.md). */
@Factory
@Requires(property = ZaloSettings.ENABLED, value = "true")
@Requires(property = HandoffSettings.ENABLED, value = "true")
class ZaloRetentionRules {

  /** The webhook ignores events older than this, so a purged dedupe key cannot be replayed. */
  @Bean
  @Named("zalo_inbox.done")
  RetentionRule inbox(JdbcDatabase db, ZaloSettings zalo) {
    return new SqlRetentionRule("zalo_inbox.done", zalo.getInboxRetention(), db.pool(),
        "DELETE FROM zalo_inbox WHERE state IN ('DONE', 'FAILED') AND received_at < ? LIMIT ?");
  }

  @Bean
  @Named("zalo_reply.done")
  RetentionRule replies(JdbcDatabase db, ZaloRetentionSettings settings) {
    return new SqlRetentionRule("zalo_reply.done", settings.getReplies(), db.pool(),
        "DELETE FROM zalo_reply WHERE state <> 'PENDING' AND created_at < ? LIMIT ?");
  }

  @Bean
  @Named("zalo_report.inactive")
  RetentionRule reportLinks(JdbcDatabase db, ZaloRetentionSettings settings) {
    return new SqlRetentionRule("zalo_report.inactive", settings.getInactiveUser(), db.pool(),
        "DELETE FROM zalo_report WHERE submitted_at < ? LIMIT ?");
  }

  /** De-identified, not deleted: the row keeps the opt-out that stops all messaging. */
  @Bean
  @Named("zalo_user.phone")
  RetentionRule userPhone(JdbcDatabase db, ZaloRetentionSettings settings) {
    return new SqlRetentionRule("zalo_user.phone", settings.getInactiveUser(), db.pool(),
        "UPDATE zalo_user SET phone = NULL, phone_consent_version = NULL, phone_given_at = NULL"
            + " WHERE phone IS NOT NULL AND last_interaction_at < ? LIMIT ?");
  }

  @Bean
  @Named("zalo_data_request")
  RetentionRule dataRequests(JdbcDatabase db, ZaloRetentionSettings settings) {
    return new SqlRetentionRule("zalo_data_request", settings.getDataRequests(), db.pool(),
        "DELETE FROM zalo_data_request WHERE handled_at < ? LIMIT ?");
  }

  @Bean
  @Named("zalo_media")
  RetentionRule media(MediaStore media, ZaloRetentionSettings settings) {
    return new RetentionRule() {
      @Override
      public String name() {
        return "zalo_media";
      }

      @Override
      public int purgeBatch(Instant now, int limit) throws Exception {
        return media.purgeKeptBefore(now.minus(settings.getMedia()), limit);
      }
    };
  }
}
