package vn.citizenhub.core.feedback;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code hub.feedback.*}: how long a private feedback link works, and how many requests one client
 * address may make to {@code /api/public/feedback/**} (on top of the public API's own limit).
 */
@ConfigurationProperties("hub.feedback")
public class FeedbackSettings {

  /** Half a year: long enough to say "not fixed" after the next rainy season's first flood. */
  public static final Duration DEFAULT_TOKEN_VALIDITY = Duration.ofDays(180);
  public static final int DEFAULT_PER_ADDRESS_LIMIT = 30;
  public static final Duration DEFAULT_PER_ADDRESS_PERIOD = Duration.ofMinutes(10);
  public static final int DEFAULT_MAX_TRACKED_KEYS = 100_000;

  private Duration tokenValidity = DEFAULT_TOKEN_VALIDITY;
  private int perAddressLimit = DEFAULT_PER_ADDRESS_LIMIT;
  private Duration perAddressPeriod = DEFAULT_PER_ADDRESS_PERIOD;
  private int maxTrackedKeys = DEFAULT_MAX_TRACKED_KEYS;

  public Duration getTokenValidity() {
    return tokenValidity;
  }

  public void setTokenValidity(Duration tokenValidity) {
    this.tokenValidity = tokenValidity;
  }

  public int getPerAddressLimit() {
    return perAddressLimit;
  }

  public void setPerAddressLimit(int perAddressLimit) {
    this.perAddressLimit = perAddressLimit;
  }

  public Duration getPerAddressPeriod() {
    return perAddressPeriod;
  }

  public void setPerAddressPeriod(Duration perAddressPeriod) {
    this.perAddressPeriod = perAddressPeriod;
  }

  /** Client addresses remembered at once; the least recently seen are forgotten first. */
  public int getMaxTrackedKeys() {
    return maxTrackedKeys;
  }

  public void setMaxTrackedKeys(int maxTrackedKeys) {
    this.maxTrackedKeys = maxTrackedKeys;
  }
}
