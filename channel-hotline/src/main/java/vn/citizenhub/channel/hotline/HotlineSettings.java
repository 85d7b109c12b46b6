package vn.citizenhub.channel.hotline;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Settings of the hotline channel ({@code hub.hotline.*}); the SMS gateway and the phone system
 * have their own under {@code hub.hotline.sms} and {@code hub.hotline.events}. Every default here
 * is what production runs with.
 */
@ConfigurationProperties("hub.hotline")
public interface HotlineSettings {

  /** Property that switches the whole channel on; on unless a province has no 1022 line. */
  String ENABLED = "hub.hotline.enabled";

  /** The version of the consent text operators read out; recorded with each report. */
  @Bindable(defaultValue = "hotline-2025-07")
  String getConsentTextVersion();

  /** How often each replica looks for new call events to pop up on its operators' screens. */
  @Bindable(defaultValue = "300ms")
  Duration getScreenPollInterval();

  /** A call event older than this is not popped up any more (a replica that was down). */
  @Bindable(defaultValue = "2m")
  Duration getScreenPopMaxAge();

  /** A comment line on every open event stream this often, so proxies keep it open. */
  @Bindable(defaultValue = "20s")
  Duration getScreenHeartbeat();
}
