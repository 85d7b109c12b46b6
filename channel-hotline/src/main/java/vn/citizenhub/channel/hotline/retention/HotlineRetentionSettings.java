package vn.citizenhub.channel.hotline.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/** How long the hotline keeps callers' numbers ({@code hub.retention.hotline.*}). */
@ConfigurationProperties("hub.retention.hotline")
public interface HotlineRetentionSettings {

  /**
   * The phone system's events (each with the caller's number) exist to pop the caller up on an
   * operator's screen within seconds; a day covers any replica's restart and an inquiry.
   */
  @Bindable(defaultValue = "1d")
  Duration getCallEvents();

  /**
   * The caller's number on the call log: needed while the call's follow-up may be (tickets keep
   * their own copy in hub-core); after this the row keeps only what the supervisors' figures use.
   */
  @Bindable(defaultValue = "90d")
  Duration getCallerPhone();
}
