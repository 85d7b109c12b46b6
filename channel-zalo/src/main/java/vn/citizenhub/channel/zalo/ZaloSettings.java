package vn.citizenhub.channel.zalo;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Settings of the Zalo channel as a whole ({@code hub.zalo.*}); each Official Account has its own
 * under {@code hub.zalo.oas.<name>}. Every default here is what production runs with.
 */
@ConfigurationProperties("hub.zalo")
public interface ZaloSettings {

  /**
   * Property that switches the whole channel on; the all-in-one hub and the service set it. Every
   * bean also requires the intake hand-off ({@code hub.intake-handoff.enabled}): a process that
   * takes no intake from citizens (hub-core alone) runs no channel.
   */
  String ENABLED = "hub.zalo.enabled";

  /** Where photos downloaded from Zalo's CDN are kept with the ticket. */
  @Bindable(defaultValue = "./data/zalo-media")
  String getMediaDir();

  /** Largest photo kept; Zalo's own images are far smaller. */
  @Bindable(defaultValue = "10485760")
  long getMaxMediaBytes();

  /** Largest webhook body accepted; Zalo's events are a few hundred bytes. */
  @Bindable(defaultValue = "32768")
  int getMaxBodyBytes();

  /** An unfinished report the citizen has not touched for this long is dropped, politely. */
  @Bindable(defaultValue = "24h")
  Duration getDraftTtl();

  /** Zalo allows consultation messages this long after the user's last interaction. */
  @Bindable(defaultValue = "7d")
  Duration getInteractionWindow();

  /** After a notice about a ticket, the citizen's next free text is taken as their answer. */
  @Bindable(defaultValue = "48h")
  Duration getReplyWindow();

  /** How often the channel looks for webhook events and replies another replica left. */
  @Bindable(defaultValue = "2s")
  Duration getPollInterval();

  /**
   * A conversation step that calls Kafka or hub-core claims its event for this long, so that no
   * row stays locked during the calls; if its replica dies, another takes the event over once the
   * lease ends. Far above what a step takes (the hand-off answers within 1.5 s, a tracking call
   * gives up after 15 s); a step that overruns it is taken over and records nothing itself.
   */
  @Bindable(defaultValue = "60s")
  Duration getStepLease();

  /**
   * Processed webhook events are kept this long (Zalo retries for about two hours), then purged
   * by the retention sweep (channel-zalo retention rules); older events are refused as replays.
   */
  @Bindable(defaultValue = "3d")
  Duration getInboxRetention();

  /**
   * Reports one Zalo user may send in {@link #getReportsPerUserPeriod()}: the web portal's limit
   * per citizen (5 an hour). The next is not sent; the citizen is told when to send it again and
   * the draft is kept. Counted from the channel's own record of sent reports, so every replica
   * counts the same and a restart forgets nothing.
   */
  @Bindable(defaultValue = "5")
  int getReportsPerUser();

  @Bindable(defaultValue = "1h")
  Duration getReportsPerUserPeriod();

  /** API calls a minute per Zalo app, under Zalo's 4,000 a minute with room for others. */
  @Bindable(defaultValue = "3600")
  int getRequestsPerMinute();
}
