package vn.citizenhub.core.publicapi;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import java.util.List;

/**
 * {@code hub.public-api.rate-limit.*}: requests per client address on {@code /api/public/**}
 * (tracking lookups, the catalog). A client may spend its whole {@code burst} at once and then
 * gets {@code burst} more every {@code burst / per-minute} minutes.
 */
@ConfigurationProperties("hub.public-api.rate-limit")
public class PublicRateLimitSettings {

  public static final int DEFAULT_PER_MINUTE = 120;
  public static final int DEFAULT_BURST = 30;
  public static final int DEFAULT_MAX_CLIENTS = 100_000;

  private int perMinute = DEFAULT_PER_MINUTE;
  private int burst = DEFAULT_BURST;
  private int maxClients = DEFAULT_MAX_CLIENTS;
  private List<String> internalCallers = List.of();

  public int getPerMinute() {
    return perMinute;
  }

  public void setPerMinute(int perMinute) {
    this.perMinute = perMinute;
  }

  public int getBurst() {
    return burst;
  }

  public void setBurst(int burst) {
    this.burst = burst;
  }

  /** How many clients are remembered at once; the least recently seen are forgotten first. */
  public int getMaxClients() {
    return maxClients;
  }

  public void setMaxClients(int maxClients) {
    this.maxClients = maxClients;
  }

  /**
   * Address blocks (CIDR) of the hub's own channel services, which read this API for their users
   * (Zalo's tracking replies, Open311's lists, the hotline's search) and limit those users at
   * their own edge: their calls are not counted, or one service's address would share one
   * client's budget among all its users. None by default; the distributed deployment names its
   * service network. A request through a trusted proxy is judged by the client the proxy names,
   * so a citizen behind the ingress is still limited.
   */
  public List<String> getInternalCallers() {
    return internalCallers;
  }

  public void setInternalCallers(List<String> internalCallers) {
    this.internalCallers = internalCallers == null ? List.of() : List.copyOf(internalCallers);
  }

  /** The window in which {@code burst} requests are allowed, keeping the average per minute. */
  Duration window() {
    return Duration.ofMillis(Math.max(1, 60_000L * burst / Math.max(1, perMinute)));
  }
}
