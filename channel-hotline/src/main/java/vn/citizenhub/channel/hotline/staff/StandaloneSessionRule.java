package vn.citizenhub.channel.hotline.staff;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.staff.StaffSessionCheck;

/**
 * Makes hub-core's sign-out real for the hotline on its own: a JWT stays valid until it expires,
 * so the hotline asks hub-core ({@code GET /api/staff/me}) whether the token's session is still
 * live, at most once a minute per session, and refuses it once hub-core says it ended (401) or
 * that the account's role or agency changed (403). A token without a session id is refused
 * outright. While hub-core cannot be reached the token's signature and expiry decide (operators
 * keep taking calls through a hub-core outage). The screen stream asks the same question through
 * {@link StaffSessionCheck}, so it ends within the cached minute of a sign-out. Beside hub-core,
 * hub-core's own session rule and check do this.
 */
@Singleton
@Requires(missingClasses = StandaloneStaffTokens.HUB_CORE)
@Requires(property = "hub.hotline.session-check", notEquals = "false")
class StandaloneSessionRule implements SecurityRule<HttpRequest<?>>, StaffSessionCheck {

  private static final Logger LOG = LoggerFactory.getLogger(StandaloneSessionRule.class);
  /** Before the rules that allow: secured annotations, the intercept-url map. */
  private static final int ORDER = -1000;
  /** How long hub-core's answer is kept: a sign-out reaches a separate hotline within this. */
  static final String CACHED_DEFAULT = "60s";

  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(2)).build();
  private final URI me;
  private final ExecutorService blocking;
  private final Map<String, Checked> sessions = new ConcurrentHashMap<>();
  private final Duration cached;

  private record Checked(boolean live, Instant at) {}

  StandaloneSessionRule(@Value("${hub.core.url:`http://127.0.0.1:8081`}") String coreUrl,
      @Value("${hub.hotline.session-cache:" + CACHED_DEFAULT + "}") Duration cached,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.cached = cached;
    this.me = URI.create(coreUrl.replaceAll("/+$", "") + "/api/staff/me");
    this.blocking = blocking;
  }

  @Override
  public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request,
      @Nullable Authentication authentication) {
    if (request == null || authentication == null) {
      return Publishers.just(SecurityRuleResult.UNKNOWN);
    }
    if (!(authentication.getAttributes().get("sid") instanceof String sid) || sid.isBlank()) {
      return Publishers.just(SecurityRuleResult.REJECTED); // hub-core's tokens all name one
    }
    Checked known = sessions.get(sid);
    if (known != null && known.at().plus(cached).isAfter(Instant.now())) {
      return Publishers.just(known.live() ? SecurityRuleResult.UNKNOWN
          : SecurityRuleResult.REJECTED);
    }
    Optional<String> token = RawToken.of(request);
    if (token.isEmpty()) {
      return Publishers.just(SecurityRuleResult.UNKNOWN);
    }
    return Publishers.fromCompletableFuture(
        CompletableFuture.supplyAsync(() -> ask(sid, token.get()), blocking));
  }

  /** The screen stream's periodic question: hub-core's cached answer, asked again when stale. */
  @Override
  public boolean holds(String sessionId, String role, String agency, String token) {
    if (sessionId == null || sessionId.isBlank()) {
      return false;
    }
    Checked known = sessions.get(sessionId);
    if (known != null && known.at().plus(cached).isAfter(Instant.now())) {
      return known.live();
    }
    return token == null || ask(sessionId, token) != SecurityRuleResult.REJECTED;
  }

  private SecurityRuleResult ask(String sid, String token) {
    try {
      HttpResponse<Void> answer = http.send(java.net.http.HttpRequest.newBuilder(me)
          .timeout(Duration.ofSeconds(3)).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
          .GET().build(), HttpResponse.BodyHandlers.discarding());
      // 401: the session ended; 403: it lives but the account's role or agency changed.
      if (answer.statusCode() == 200 || answer.statusCode() == 401
          || answer.statusCode() == 403) {
        boolean live = answer.statusCode() == 200;
        sessions.put(sid, new Checked(live, Instant.now()));
        sessions.values().removeIf(c -> c.at().plus(cached.multipliedBy(10))
            .isBefore(Instant.now()));
        return live ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED;
      }
      LOG.warn("hub-core answered {} on the session check; the token alone decides",
          answer.statusCode());
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      LOG.warn("hub-core unreachable for the session check ({}); the token alone decides",
          e.getClass().getSimpleName());
    }
    return SecurityRuleResult.UNKNOWN;
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
