package vn.citizenhub.channel.app.signing;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.citizenhub.channel.app.partner.AppCaller;
import vn.citizenhub.channel.app.partner.AppPartner;
import vn.citizenhub.channel.app.partner.AppPartners;
import vn.citizenhub.channel.handoff.HandoffSettings;

/**
 * Decides whether a request is signed by a registered, active app: headers well formed, app
 * known and active, timestamp within the window either way, signature right (compared in
 * constant time), and only then its nonce recorded, so a refused request stores nothing and a
 * replayed one is refused.
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
public class SignatureCheck {

  public static final Pattern APP_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,39}$");
  /** The app's own user id: no spaces, so it fits the identity {@code app:<app>:<uid>}. */
  public static final Pattern APP_USER = Pattern.compile("^[A-Za-z0-9._@:+-]{1,100}$");
  static final Pattern TIMESTAMP = Pattern.compile("^[0-9]{1,12}$");
  static final Pattern NONCE = Pattern.compile("^[A-Za-z0-9_-]{16,64}$");
  static final Pattern SIGNATURE = Pattern.compile("^[0-9a-fA-F]{64}$");

  private final AppPartners partners;
  private final NonceLedger nonces;
  private final SigningSettings settings;
  private final Clock clock;

  SignatureCheck(AppPartners partners, NonceLedger nonces, SigningSettings settings) {
    this.partners = partners;
    this.nonces = nonces;
    this.settings = settings;
    this.clock = Clock.systemUTC();
  }

  /** The headers of a request as received; any may be null. */
  public record Signed(String appId, String timestamp, String nonce, String signature,
      String appUser, String method, String pathWithQuery) {}

  /** Either the proven caller or why not. */
  public record Verdict(AppCaller caller, SignatureRefusal refusal) {
    static Verdict refused(SignatureRefusal why) {
      return new Verdict(null, why);
    }
  }

  /** True when the headers are there and well formed; checked before the body is read. */
  public static boolean wellFormed(Signed s) {
    return s.appId() != null && APP_ID.matcher(s.appId()).matches()
        && s.timestamp() != null && TIMESTAMP.matcher(s.timestamp()).matches()
        && s.nonce() != null && NONCE.matcher(s.nonce()).matches()
        && s.signature() != null && SIGNATURE.matcher(s.signature()).matches()
        && (s.appUser() == null || APP_USER.matcher(s.appUser()).matches());
  }

  public Verdict check(Signed s, String bodySha256Hex) throws SQLException {
    if (!wellFormed(s)) {
      return Verdict.refused(SignatureRefusal.HEADERS_MISSING);
    }
    Optional<AppPartner> partner = partners.find(s.appId());
    if (partner.isEmpty() || !partner.get().active()) {
      return Verdict.refused(SignatureRefusal.APP_NOT_ALLOWED);
    }
    long skew = Math.abs(clock.instant().getEpochSecond() - Long.parseLong(s.timestamp()));
    if (skew > settings.getWindow().toSeconds()) {
      return Verdict.refused(SignatureRefusal.TIMESTAMP_OUT_OF_WINDOW);
    }
    String canonical = RequestSignature.canonical(s.method(), s.pathWithQuery(), s.timestamp(),
        s.nonce(), bodySha256Hex);
    if (!RequestSignature.matches(partner.get().secret(), canonical, s.signature())) {
      return Verdict.refused(SignatureRefusal.SIGNATURE_INVALID);
    }
    if (!nonces.firstUse(s.appId(), s.nonce())) {
      return Verdict.refused(SignatureRefusal.NONCE_REUSED);
    }
    return new Verdict(new AppCaller(s.appId(), s.appUser()), null);
  }
}
