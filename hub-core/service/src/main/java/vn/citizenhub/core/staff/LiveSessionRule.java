package vn.citizenhub.core.staff;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpRequest;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.reactivestreams.Publisher;

/**
 * Refuses a valid token without a session id, or whose session has ended (signed out), or whose
 * account was disabled or no longer has the token's role and agency, before any other rule can
 * allow it. A JWT alone cannot be taken back; this makes sign-out and demotion real.
 */
@Singleton
class LiveSessionRule implements SecurityRule<HttpRequest<?>> {

  // Before the rules that allow (secured annotations, the intercept-url map).
  static final int ORDER = -1000;

  private final StaffSessions sessions;
  private final Clock clock;
  private final ExecutorService blocking;

  LiveSessionRule(StaffSessions sessions, Clock clock,
      @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
    this.sessions = sessions;
    this.clock = clock;
    this.blocking = blocking;
  }

  @Override
  public Publisher<SecurityRuleResult> check(@Nullable HttpRequest<?> request,
      @Nullable Authentication authentication) {
    if (authentication == null) {
      return Publishers.just(SecurityRuleResult.UNKNOWN);
    }
    if (!(authentication.getAttributes().get(StaffPrincipal.SESSION) instanceof String sessionId)
        || sessionId.isBlank()) {
      // Every token hub-core signs names its session; one that does not cannot be signed out.
      return Publishers.just(SecurityRuleResult.REJECTED);
    }
    String role = authentication.getRoles().stream().findFirst().orElse(null);
    Object agency = authentication.getAttributes().get(StaffPrincipal.AGENCY);
    // The lookup is JDBC: off the event loop.
    return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(
        () -> live(sessionId, role, agency instanceof String a ? a : null), blocking));
  }

  private SecurityRuleResult live(String sessionId, String role, String agency) {
    try {
      // The role and agency in force are the database's: a demoted or moved account's old token
      // no longer matches and is refused; signing in again gives a token that does.
      return sessions.holds(sessionId, role, agency, clock.instant())
          ? SecurityRuleResult.UNKNOWN : SecurityRuleResult.REJECTED;
    } catch (SQLException e) {
      // Fail closed: without the database no session can be shown to be live.
      return SecurityRuleResult.REJECTED;
    }
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
