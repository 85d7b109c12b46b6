package vn.citizenhub.channel.hotline.staff;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Staff tokens when the hotline runs as its own service: it verifies (never issues) hub-core's
 * HS256 tokens with the same secret, {@code HUB_STAFF_TOKEN_SECRET}, read from the console's
 * HTTP-only cookie or a bearer header. Beside hub-core in one JVM (the all-in-one launcher, and
 * the module's own tests) hub-core's key, cookie reader and session rule do this, and these beans
 * stand aside, so no two beans ever claim the same job.
 */
@Factory
@Requires(missingClasses = StandaloneStaffTokens.HUB_CORE)
public class StandaloneStaffTokens {

  /**
   * A class only hub-core has: present means hub-core's security beans and its shared page
   * files run in this JVM, and the hotline's own stand aside.
   */
  public static final String HUB_CORE = "vn.citizenhub.core.HubCoreApplication";
  static final String COOKIE = "HUB_STAFF";
  private static final int MIN_SECRET_LENGTH = 32;

  // Made at start-up, so a missing secret stops the service at once, not at the first request.
  @Context
  @Named("hub-staff")
  SignatureConfiguration staffTokenSignature(
      @Nullable @Value("${hub.hotline.staff-token-secret:}") String secret) {
    if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
      throw new IllegalStateException("channel-hotline on its own verifies hub-core's staff"
          + " tokens: set HUB_STAFF_TOKEN_SECRET to hub-core's secret (at least "
          + MIN_SECRET_LENGTH + " characters)");
    }
    SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("hub-staff");
    configuration.setSecret(secret);
    return new SecretSignature(configuration);
  }

  /** The console's session cookie, as hub-core sets it at sign-in on the same origin. */
  @Singleton
  TokenReader<HttpRequest<?>> staffCookie() {
    return request -> request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
        .filter(value -> !value.isBlank());
  }
}
