package vn.citizenhub.channel.hotline.sms;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * The SMS gateway ({@code hub.hotline.sms.*}): where it is, how it is told who sends, and the
 * limits of the route. Defaults are those of a Vietnamese brandname route without Unicode.
 */
@ConfigurationProperties("hub.hotline.sms")
public interface SmsSettings {

  /** The gateway's send endpoint; empty keeps SMS waiting (kept, retried) until it is set. */
  @Nullable
  String getUrl();

  /** Sent as {@code Authorization: Bearer <key>}. */
  @Nullable
  String getApiKey();

  /** The registered sender name the route shows. */
  @Bindable(defaultValue = "UBND TAY NINH")
  String getBrandname();

  /** True when the route carries Unicode (70 characters a part); else no diacritics, GSM-7. */
  @Bindable(defaultValue = "false")
  boolean isUnicode();

  /** Most parts one notice may take; longer texts are shortened, the tracking code kept. */
  @Bindable(defaultValue = "3")
  int getMaxParts();

  @Bindable(defaultValue = "2s")
  Duration getConnectTimeout();

  /** The whole exchange with the gateway, for one attempt. */
  @Bindable(defaultValue = "10s")
  Duration getCallTimeout();

  /** Attempts in quick succession for one notice before it waits for the next round. */
  @Bindable(defaultValue = "3")
  int getAttempts();

  /** Wait before the second attempt; doubled before each next. */
  @Bindable(defaultValue = "500ms")
  Duration getRetryWait();

  /** After this many failures in the last ten calls out of ten, stop calling for a while. */
  @Bindable(defaultValue = "30s")
  Duration getBreakerOpenFor();
}
