package vn.citizenhub.channel.zalo.oa;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The enabled Official Accounts, found by name or by the ids inside a webhook event. */
@Singleton
public class OaDirectory {

  private static final Logger LOG = LoggerFactory.getLogger(OaDirectory.class);

  private final List<OaAccount> accounts;

  public OaDirectory(List<OaAccount> accounts) {
    // An entry without its ids and keys (a typo, or a name the environment's variables spelt
    // differently) cannot verify or send anything: it is left out, with a warning.
    this.accounts = accounts.stream().filter(OaAccount::isEnabled).filter(a -> {
      boolean complete = a.getAppId() != null && a.getOaId() != null
          && a.getOaSecretKey() != null && a.getAppSecret() != null;
      if (!complete) {
        LOG.warn("Zalo OA '{}' left out: app-id, oa-id, oa-secret-key and app-secret are all"
            + " required", a.getName());
      }
      return complete;
    }).toList();
    LOG.info("Zalo OAs served: {}", this.accounts.stream().map(OaAccount::getName).toList());
  }

  public List<OaAccount> all() {
    return accounts;
  }

  public Optional<OaAccount> byName(String name) {
    return accounts.stream().filter(a -> a.getName().equals(name)).findFirst();
  }

  /**
   * The OA an event is for: by app id, and by OA id when one app serves several OAs. An event for
   * an app this hub does not serve has no OA, so it cannot be verified and is refused.
   */
  public Optional<OaAccount> forEvent(String appId, String oaId) {
    List<OaAccount> ofApp = accounts.stream()
        .filter(a -> a.getAppId().equals(appId)).toList();
    if (ofApp.size() <= 1 || oaId == null) {
      return ofApp.stream().findFirst();
    }
    return ofApp.stream().filter(a -> a.getOaId().equals(oaId)).findFirst();
  }
}
