package vn.citizenhub.channel.hotline.staff;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import java.util.Optional;

/** The staff token a request carries: a bearer header, else the console's HTTP-only cookie. */
public final class RawToken {

  static final String COOKIE = "HUB_STAFF";

  private RawToken() {}

  public static Optional<String> of(HttpRequest<?> request) {
    String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.of(header.substring(7).strip());
    }
    return request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
        .filter(v -> !v.isBlank());
  }
}
