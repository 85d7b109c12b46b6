package vn.citizenhub.channel.open311.keys;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.logging.ErrorText;

/**
 * Who may issue and revoke keys: a signed-in administrator. hub-core decides: the caller's own
 * credentials (bearer token or session cookie) are put to hub-core's {@code GET /api/staff/me},
 * which refuses an ended session, a disabled account or a changed role, and names the role. Beside
 * hub-core (the all-in-one hub: hub-core's classes are here) the question goes to this same
 * server; a channel on its own asks the hub-core of {@code hub.core.url}. Fails closed: no
 * answer, no key.
 */
@Singleton
public class KeyAdministrators {

  private static final Logger LOG = LoggerFactory.getLogger(KeyAdministrators.class);
  static final String ADMINISTRATOR = "ADMINISTRATOR";
  /** Present when hub-core runs in this process. */
  static final String HUB_CORE = "vn.citizenhub.core.HubCoreApplication";

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();
  private final String coreUrl;
  private final Provider<EmbeddedServer> server;

  KeyAdministrators(@Value("${hub.core.url:}") String coreUrl,
      Provider<EmbeddedServer> server) {
    this.coreUrl = coreUrl;
    this.server = server;
  }

  /** The administrator's username when the request is theirs; empty otherwise. */
  public Optional<String> administrator(HttpRequest<?> request) {
    Optional<String> authorization = request.getHeaders().findFirst(HttpHeaders.AUTHORIZATION);
    Optional<String> cookie = request.getHeaders().findFirst(HttpHeaders.COOKIE);
    if (authorization.isEmpty() && cookie.isEmpty()) {
      return Optional.empty();
    }
    var ask = java.net.http.HttpRequest.newBuilder(me()).timeout(Duration.ofSeconds(3)).GET();
    authorization.ifPresent(a -> ask.header(HttpHeaders.AUTHORIZATION, a));
    cookie.ifPresent(c -> ask.header(HttpHeaders.COOKIE, c));
    try {
      HttpResponse<byte[]> answer = http.send(ask.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (answer.statusCode() != 200) {
        return Optional.empty();
      }
      var staff = ContractJson.mapper().readTree(answer.body());
      return ADMINISTRATOR.equals(staff.path("role").asText())
          ? Optional.of(staff.path("username").asText()) : Optional.empty();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.warn("hub-core unreachable for the administrator check: {}", ErrorText.of(e));
      return Optional.empty();
    }
  }

  private URI me() {
    String base = besideHubCore() || coreUrl == null || coreUrl.isBlank()
        ? server.get().getURL().toString() : coreUrl;
    return URI.create(base.replaceAll("/+$", "") + "/api/staff/me");
  }

  private static boolean besideHubCore() {
    try {
      Class.forName(HUB_CORE, false, KeyAdministrators.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
