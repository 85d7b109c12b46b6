package vn.citizenhub.core.figures;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code hub.figures.*}: how often the public figures' current and previous months are recounted
 * ({@code refresh-interval}, read by {@link FigureRefresher}'s schedule), how many past months are
 * filled in at start when missing ({@code backfill-months}), and how long a replica serves the
 * figures it read before reading them again ({@code cache-ttl}: another replica may have recounted).
 */
@ConfigurationProperties("hub.figures")
public class FiguresSettings {

  private Duration refreshInterval = Duration.ofMinutes(1);
  private int backfillMonths = 24;
  private Duration cacheTtl = Duration.ofSeconds(15);

  public Duration getRefreshInterval() {
    return refreshInterval;
  }

  public void setRefreshInterval(Duration refreshInterval) {
    this.refreshInterval = refreshInterval;
  }

  public int getBackfillMonths() {
    return backfillMonths;
  }

  public void setBackfillMonths(int backfillMonths) {
    this.backfillMonths = backfillMonths;
  }

  public Duration getCacheTtl() {
    return cacheTtl;
  }

  public void setCacheTtl(Duration cacheTtl) {
    this.cacheTtl = cacheTtl;
  }
}
