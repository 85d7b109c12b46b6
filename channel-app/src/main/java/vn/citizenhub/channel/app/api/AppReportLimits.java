package vn.citizenhub.channel.app.api;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * How many reports one app user may send ({@code hub.app.rate-limit.*}): an app is trusted to be
 * itself, not to police each of its users, so a runaway client or one user's flood is held here,
 * per app user, before anything is stored (429 with Retry-After).
 */
@ConfigurationProperties("hub.app.rate-limit")
public interface AppReportLimits {

  @Bindable(defaultValue = "true")
  boolean isEnabled();

  /** Reports one app user may send per {@link #getPeriod()}. */
  @Bindable(defaultValue = "30")
  int getPerUserLimit();

  @Bindable(defaultValue = "1h")
  Duration getPeriod();

  /** App users tracked at once (the oldest are forgotten beyond it). */
  @Bindable(defaultValue = "100000")
  int getMaxTracked();
}
