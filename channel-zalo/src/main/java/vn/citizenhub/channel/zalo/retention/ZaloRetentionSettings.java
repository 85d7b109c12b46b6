package vn.citizenhub.channel.zalo.retention;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How long the Zalo channel keeps what it holds about citizens ({@code hub.retention.zalo.*});
 * processed webhook events go after {@code hub.zalo.inbox-retention} (3 days).
 */
@ConfigurationProperties("hub.retention.zalo")
public interface ZaloRetentionSettings {

  /** Replies sent or given up: the conversation's record; what mattered is on the timeline. */
  @Bindable(defaultValue = "30d")
  Duration getReplies();

  /**
   * Photos in the media folder: evidence for the agency while the ticket is worked on (the legal
   * clocks end within 45 working days, a reopening or complaint within 90 days of the answer).
   */
  @Bindable(defaultValue = "180d")
  Duration getMedia();

  /**
   * The user's list of their reports (for "tra cứu", ratings and "not fixed" on their own
   * tickets), and their phone: gone after this long without a word from them.
   */
  @Bindable(defaultValue = "730d")
  Duration getInactiveUser();

  /** The record that an unfollow or withdrawal was honoured (the user named by a hash). */
  @Bindable(defaultValue = "1095d")
  Duration getDataRequests();
}
