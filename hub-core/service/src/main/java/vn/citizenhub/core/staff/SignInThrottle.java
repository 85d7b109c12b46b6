package vn.citizenhub.core.staff;

import jakarta.inject.Singleton;
import java.util.Locale;
import vn.citizenhub.http.client.ClientAddress;
import vn.citizenhub.http.ratelimit.KeyedRateLimiter;

/**
 * Counts sign-in attempts per client address and per username, and refuses the excess before
 * any password is hashed. Every attempt counts, right or wrong, so a refusal tells nothing about
 * the password.
 */
@Singleton
class SignInThrottle {

  private static final int MAX_USERNAME_KEY = 100;

  private final KeyedRateLimiter perAddress;
  private final KeyedRateLimiter perUsername;

  SignInThrottle(SignInSettings settings) {
    this.perAddress = new KeyedRateLimiter("sign-in-address", settings.getPerAddressLimit(),
        settings.getPerAddressPeriod(), settings.getMaxTrackedKeys());
    this.perUsername = new KeyedRateLimiter("sign-in-username", settings.getPerUsernameLimit(),
        settings.getPerUsernamePeriod(), settings.getMaxTrackedKeys());
  }

  /** The address's permit first: an address that is over its limit spends no username's. */
  KeyedRateLimiter.Decision addressAttempt(ClientAddress address) {
    return perAddress.acquire(address.limitKey());
  }

  KeyedRateLimiter.Decision usernameAttempt(String username) {
    return perUsername.acquire(key(username));
  }

  /** The same normalisation as the account lookup, so "CanBo " and "canbo" share a budget. */
  static String key(String username) {
    String k = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    return k.length() > MAX_USERNAME_KEY ? k.substring(0, MAX_USERNAME_KEY) : k;
  }
}
