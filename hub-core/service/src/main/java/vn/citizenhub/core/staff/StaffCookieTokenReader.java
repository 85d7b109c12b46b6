package vn.citizenhub.core.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads the console's token from its HTTP-only cookie. Our own reader rather than Micronaut's
 * cookie mode, whose switch lives in a configuration file the all-in-one launcher does not load;
 * bearer tokens are read by Micronaut's own reader as usual.
 */
@Singleton
class StaffCookieTokenReader implements TokenReader<HttpRequest<?>> {

  static final String COOKIE = "HUB_STAFF";

  @Override
  public Optional<String> findToken(HttpRequest<?> request) {
    return request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
        .filter(value -> !value.isBlank());
  }
}
