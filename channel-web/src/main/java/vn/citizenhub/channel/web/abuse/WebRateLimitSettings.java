package vn.citizenhub.channel.web.abuse;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code hub.web.rate-limit.*}: reports accepted per client address and per citizen (phone or the
 * portal's citizen reference). Mobile carriers put thousands of phones behind one address
 * (carrier-grade NAT), so the address limit is generous and the citizen's own limit is the tight
 * one; a report without a phone or reference is limited by its address alone.
 */
@ConfigurationProperties("hub.web.rate-limit")
public class WebRateLimitSettings {

  public static final boolean DEFAULT_ENABLED = true;
  public static final int DEFAULT_PER_ADDRESS_LIMIT = 60;
  public static final Duration DEFAULT_PER_ADDRESS_PERIOD = Duration.ofMinutes(10);
  public static final int DEFAULT_PER_CITIZEN_LIMIT = 5;
  public static final Duration DEFAULT_PER_CITIZEN_PERIOD = Duration.ofHours(1);
  public static final int DEFAULT_MAX_TRACKED_KEYS = 200_000;

  private boolean enabled = DEFAULT_ENABLED;
  private int perAddressLimit = DEFAULT_PER_ADDRESS_LIMIT;
  private Duration perAddressPeriod = DEFAULT_PER_ADDRESS_PERIOD;
  private int perCitizenLimit = DEFAULT_PER_CITIZEN_LIMIT;
  private Duration perCitizenPeriod = DEFAULT_PER_CITIZEN_PERIOD;
  private int maxTrackedKeys = DEFAULT_MAX_TRACKED_KEYS;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
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

  public int getPerCitizenLimit() {
    return perCitizenLimit;
  }

  public void setPerCitizenLimit(int perCitizenLimit) {
    this.perCitizenLimit = perCitizenLimit;
  }

  public Duration getPerCitizenPeriod() {
    return perCitizenPeriod;
  }

  public void setPerCitizenPeriod(Duration perCitizenPeriod) {
    this.perCitizenPeriod = perCitizenPeriod;
  }

  /** Keys remembered per limit; the least recently seen are forgotten first. */
  public int getMaxTrackedKeys() {
    return maxTrackedKeys;
  }

  public void setMaxTrackedKeys(int maxTrackedKeys) {
    this.maxTrackedKeys = maxTrackedKeys;
  }
}
