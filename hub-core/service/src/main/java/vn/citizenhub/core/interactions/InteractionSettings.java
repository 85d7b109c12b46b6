package vn.citizenhub.core.interactions;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code hub.interactions.*}: how many events one client address may report to
 * {@code POST /api/public/interactions} (on top of the public API's own limit), so that one
 * script cannot inflate the portal's figures; and how many weeks the staff may ask for.
 */
@ConfigurationProperties("hub.interactions")
public class InteractionSettings {

  /** A visit, a report started and a search or two per page: room for a family behind one NAT. */
  public static final int DEFAULT_PER_ADDRESS_LIMIT = 60;
  public static final Duration DEFAULT_PER_ADDRESS_PERIOD = Duration.ofMinutes(10);
  public static final int DEFAULT_MAX_TRACKED_KEYS = 100_000;

  private int perAddressLimit = DEFAULT_PER_ADDRESS_LIMIT;
  private Duration perAddressPeriod = DEFAULT_PER_ADDRESS_PERIOD;
  private int maxTrackedKeys = DEFAULT_MAX_TRACKED_KEYS;

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
