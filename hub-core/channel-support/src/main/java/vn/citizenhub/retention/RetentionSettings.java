package vn.citizenhub.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How the purge jobs run ({@code hub.retention.*}) and how long the channels' shared tables keep
 * their rows. Each module's own periods are under {@code hub.retention.core}, {@code .zalo},
 * {@code .hotline}; docs/retention.md says why each period is what it is.
 */
@ConfigurationProperties("hub.retention")
public interface RetentionSettings {

  /** Property that switches every purge job off (on by default). */
  String ENABLED = "hub.retention.enabled";

  /** Rows (or files) one statement removes: small, so that no purge holds locks for long. */
  @Bindable(defaultValue = "500")
  int getBatchSize();

  /** At most this many batches of one rule per run; the rest waits for the next run. */
  @Bindable(defaultValue = "200")
  int getMaxBatchesPerRun();

  /**
   * An intake row Kafka acknowledged holds the whole report (name, phone, address) only for the
   * idempotency of the citizen's retries, which come within minutes; kept this long after.
   */
  @Bindable(defaultValue = "7d")
  Duration getIntakeOutboxSent();

  /** A notification delivered, failed or handed back: its outcome is on the ticket's timeline. */
  @Bindable(defaultValue = "30d")
  Duration getNotificationsDone();
}
