package vn.citizenhub.channel.web.abuse;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import vn.citizenhub.contract.intake.PhoneNumber;
import vn.citizenhub.http.client.ClientAddress;
import vn.citizenhub.http.ratelimit.KeyedRateLimiter;

/** The web channel's limits: per client address, then per phone and per citizen reference. */
@Singleton
public class WebReportLimits {

  private static final KeyedRateLimiter.Decision ALLOWED = new KeyedRateLimiter.Decision(true, 0);
  private static final int MAX_REF_KEY = 100;

  private final boolean enabled;
  private final KeyedRateLimiter perAddress;
  private final KeyedRateLimiter perCitizen;

  WebReportLimits(WebRateLimitSettings settings) {
    this.enabled = settings.isEnabled();
    this.perAddress = new KeyedRateLimiter("web-address", settings.getPerAddressLimit(),
        settings.getPerAddressPeriod(), settings.getMaxTrackedKeys());
    this.perCitizen = new KeyedRateLimiter("web-citizen", settings.getPerCitizenLimit(),
        settings.getPerCitizenPeriod(), settings.getMaxTrackedKeys());
  }

  /** Every POST counts against its address, valid or not: refusing is work too. */
  public KeyedRateLimiter.Decision addressAttempt(ClientAddress address) {
    return enabled ? perAddress.acquire(address.limitKey()) : ALLOWED;
  }

  /**
   * A valid report counts against its phone and its citizen reference (each, when given); the
   * first refusal is the answer. The phone is counted in its one normal form, so "0912 345 678"
   * and "+84912345678" share a budget.
   */
  public KeyedRateLimiter.Decision citizenAttempt(String phone, String citizenRef) {
    if (!enabled) {
      return ALLOWED;
    }
    for (String key : citizenKeys(phone, citizenRef)) {
      KeyedRateLimiter.Decision decision = perCitizen.acquire(key);
      if (!decision.allowed()) {
        return decision;
      }
    }
    return ALLOWED;
  }

  static List<String> citizenKeys(String phone, String citizenRef) {
    List<String> keys = new ArrayList<>(2);
    if (phone != null && !phone.isBlank()) {
      keys.add("phone:" + PhoneNumber.normalize(phone).orElse(phone.strip()));
    }
    if (citizenRef != null && !citizenRef.isBlank()) {
      String ref = citizenRef.strip();
      keys.add("ref:" + (ref.length() > MAX_REF_KEY ? ref.substring(0, MAX_REF_KEY) : ref));
    }
    return keys;
  }
}
