package vn.citizenhub.channel.app.push;

import java.util.Optional;
import vn.citizenhub.contract.Channel;

/**
 * The app user a notice is for, read from the citizen identity {@code app:<appId>:<appUserId>}
 * (the app id holds no ':'; the app's own user id may).
 */
public record AppRecipient(String appId, String appUserId) {

  public static Optional<AppRecipient> of(String citizenIdentity) {
    String prefix = Channel.APP.identity("");
    if (citizenIdentity == null || !citizenIdentity.startsWith(prefix)) {
      return Optional.empty();
    }
    String rest = citizenIdentity.substring(prefix.length());
    int colon = rest.indexOf(':');
    if (colon <= 0 || colon == rest.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(new AppRecipient(rest.substring(0, colon), rest.substring(colon + 1)));
  }
}
