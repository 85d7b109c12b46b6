package vn.citizenhub.core.staff;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;

/**
 * {@code hub.staff.sign-in.*}: how often sign-in may be tried, per client address and per
 * username, before any password is hashed; and how many passwords are hashed at once. A guess
 * costs the server a PBKDF2 hash (about a third of a second of one core), so unthrottled guessing
 * is also a way to stop every staff member from signing in.
 */
@ConfigurationProperties("hub.staff.sign-in")
public class SignInSettings {

  /** An office behind one NAT address: a few dozen staff signing in within minutes. */
  public static final int DEFAULT_PER_ADDRESS_LIMIT = 30;
  public static final Duration DEFAULT_PER_ADDRESS_PERIOD = Duration.ofMinutes(5);
  /** Twice the lockout's five failures, so a typo-prone user meets the lockout first. */
  public static final int DEFAULT_PER_USERNAME_LIMIT = 10;
  public static final Duration DEFAULT_PER_USERNAME_PERIOD = Duration.ofMinutes(15);
  public static final int DEFAULT_MAX_TRACKED_KEYS = 50_000;
  /** Zero: as many hashes at once as the machine has cores. */
  public static final int DEFAULT_CONCURRENT_HASHES = 0;
  public static final Duration DEFAULT_HASH_QUEUE_WAIT = Duration.ofSeconds(2);
  public static final Duration DEFAULT_BUSY_RETRY_AFTER = Duration.ofSeconds(5);

  private int perAddressLimit = DEFAULT_PER_ADDRESS_LIMIT;
  private Duration perAddressPeriod = DEFAULT_PER_ADDRESS_PERIOD;
  private int perUsernameLimit = DEFAULT_PER_USERNAME_LIMIT;
  private Duration perUsernamePeriod = DEFAULT_PER_USERNAME_PERIOD;
  private int maxTrackedKeys = DEFAULT_MAX_TRACKED_KEYS;
  private int concurrentHashes = DEFAULT_CONCURRENT_HASHES;
  private Duration hashQueueWait = DEFAULT_HASH_QUEUE_WAIT;
  private Duration busyRetryAfter = DEFAULT_BUSY_RETRY_AFTER;

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

  public int getPerUsernameLimit() {
    return perUsernameLimit;
  }

  public void setPerUsernameLimit(int perUsernameLimit) {
    this.perUsernameLimit = perUsernameLimit;
  }

  public Duration getPerUsernamePeriod() {
    return perUsernamePeriod;
  }

  public void setPerUsernamePeriod(Duration perUsernamePeriod) {
    this.perUsernamePeriod = perUsernamePeriod;
  }

  public int getMaxTrackedKeys() {
    return maxTrackedKeys;
  }

  public void setMaxTrackedKeys(int maxTrackedKeys) {
    this.maxTrackedKeys = maxTrackedKeys;
  }

  public int getConcurrentHashes() {
    return concurrentHashes;
  }

  public void setConcurrentHashes(int concurrentHashes) {
    this.concurrentHashes = concurrentHashes;
  }

  /** The bulkhead's size: the configured number, or the number of cores. */
  int hashSlots() {
    return concurrentHashes > 0 ? concurrentHashes : Runtime.getRuntime().availableProcessors();
  }

  /** How long a sign-in waits for a hashing slot before it is answered 503. */
  public Duration getHashQueueWait() {
    return hashQueueWait;
  }

  public void setHashQueueWait(Duration hashQueueWait) {
    this.hashQueueWait = hashQueueWait;
  }

  public Duration getBusyRetryAfter() {
    return busyRetryAfter;
  }

  public void setBusyRetryAfter(Duration busyRetryAfter) {
    this.busyRetryAfter = busyRetryAfter;
  }
}
