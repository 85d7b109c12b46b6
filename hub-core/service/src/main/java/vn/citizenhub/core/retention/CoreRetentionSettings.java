package vn.citizenhub.core.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** How long hub-core's bookkeeping tables keep their rows ({@code hub.retention.core.*}). */
@ConfigurationProperties("hub.retention.core")
public interface CoreRetentionSettings {

  /**
   * Intake ids already made into tickets: they make a redelivered envelope a no-op, which matters
   * only while Kafka may still redeliver it (the intake topic keeps 14 days) plus a week.
   */
  @Bindable(defaultValue = "21d")
  Duration getProcessedIntake();

  /** A staff session after it expired (or ended, which is earlier): kept for security reviews. */
  @Bindable(defaultValue = "90d")
  Duration getStaffSessions();

  /**
   * Who opened which ticket page with a citizen's contact: the record a citizen's or an
   * inspector's question about access is answered from (Decree 13/2023, art. 27); two years.
   */
  @Bindable(defaultValue = "730d")
  Duration getPersonalDataAccess();

  /**
   * A citizen's photos and files after their ticket was closed: evidence while a reopening or a
   * complaint may still come (within 90 days of the answer), then gone, file and row. The ticket
   * and its timeline stay; the ticket page says the photo was removed.
   */
  @Bindable(defaultValue = "180d")
  Duration getAttachmentsAfterClosing();

  /**
   * A private feedback token after it expired (it opens nothing from then on): its hash, ticket
   * and citizen ids are of no further use. Deleted at once.
   */
  @Bindable(defaultValue = "0d")
  Duration getFeedbackTokens();
}
