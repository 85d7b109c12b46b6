package vn.citizenhub.channel.web.pow;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;

/**
 * {@code hub.web.proof-of-work.*}: the portal's self-hosted challenge. Off by default; a province
 * under a flood of scripted reports turns it on, and each report then costs its sender about
 * 2^difficulty SHA-256 hashes (a second or two in a browser at the default).
 */
@ConfigurationProperties("hub.web.proof-of-work")
public class ProofOfWorkSettings {

  public static final boolean DEFAULT_ENABLED = false;
  /** Leading zero bits: 2^16 hashes on average, about a second with crypto.subtle on a phone. */
  public static final int DEFAULT_DIFFICULTY = 16;
  public static final int MAX_DIFFICULTY = 32;
  public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
  public static final int DEFAULT_MAX_REMEMBERED = 200_000;

  private boolean enabled = DEFAULT_ENABLED;
  private int difficulty = DEFAULT_DIFFICULTY;
  private Duration lifetime = DEFAULT_LIFETIME;
  private int maxRemembered = DEFAULT_MAX_REMEMBERED;
  @Nullable private String secret;

  public boolean isEnabled() {
    return enabled;
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public int getDifficulty() {
    return difficulty;
  }

  public void setDifficulty(int difficulty) {
    this.difficulty = difficulty;
  }

  /** How long a challenge may be used; a used one is remembered that long, so it is used once. */
  public Duration getLifetime() {
    return lifetime;
  }

  public void setLifetime(Duration lifetime) {
    this.lifetime = lifetime;
  }

  /** Used challenges remembered at most (per instance). */
  public int getMaxRemembered() {
    return maxRemembered;
  }

  public void setMaxRemembered(int maxRemembered) {
    this.maxRemembered = maxRemembered;
  }

  /**
   * Signs challenges (32+ characters). Replicas must share it, or a challenge issued by one is
   * refused by another; without one, each instance makes its own at start.
   */
  @Nullable
  public String getSecret() {
    return secret;
  }

  public void setSecret(@Nullable String secret) {
    this.secret = secret;
  }
}
