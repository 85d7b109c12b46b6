package vn.citizenhub.channel.app.partner;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.app.api.HubCoreAddress;
import vn.citizenhub.contract.ContractJson;

/**
 * Whether a request comes from a signed-in administrator: hub-core owns staff accounts and
 * sessions, so it is asked ({@code GET /api/staff/me} with the request's staff token, bearer or
 * the console's cookie), which checks the token, that the session still holds and the account's
 * role now. Beside hub-core and on its own alike. Fails closed: hub-core unreachable means no.
 */
@Singleton
class StaffAdministrators {

  static final String ROLE = "ADMINISTRATOR";
  private static final String COOKIE = "HUB_STAFF";
  private static final Logger LOG = LoggerFactory.getLogger(StaffAdministrators.class);

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();
  private final HubCoreAddress core;

  StaffAdministrators(HubCoreAddress core) {
    this.core = core;
  }

  /** The administrator's username, or empty when the request is not an administrator's. */
  Optional<String> administrator(HttpRequest<?> request) {
    Optional<String> token = token(request);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    try {
      HttpResponse<byte[]> answer = http.send(java.net.http.HttpRequest
          .newBuilder(URI.create(core.base() + "/api/staff/me")).timeout(Duration.ofSeconds(3))
          .header(HttpHeaders.AUTHORIZATION, "Bearer " + token.get()).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      if (answer.statusCode() != 200) {
        return Optional.empty();
      }
      var staff = ContractJson.mapper().readTree(answer.body());
      return ROLE.equals(staff.path("role").asText())
          ? Optional.of(staff.path("username").asText()) : Optional.empty();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.warn("hub-core unreachable for the administrator check ({})",
          e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  private static Optional<String> token(HttpRequest<?> request) {
    String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.of(header.substring(7).strip()).filter(t -> !t.isBlank());
    }
    return request.getCookies().findCookie(COOKIE).map(Cookie::getValue)
        .filter(v -> !v.isBlank());
  }
}
