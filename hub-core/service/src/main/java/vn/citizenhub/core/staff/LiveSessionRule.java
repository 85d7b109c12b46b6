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
 * Refuses a valid token whose session has ended (signed out) or whose account was disabled, before
 * any other rule can allow it. A JWT alone cannot be taken back; this makes sign-out real.
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
    if (authentication == null || !authentication.getAttributes().containsKey(StaffPrincipal.SESSION)) {
      return Publishers.just(SecurityRuleResult.UNKNOWN);
    }
    String sessionId = (String) authentication.getAttributes().get(StaffPrincipal.SESSION);
    // The lookup is JDBC: off the event loop.
    return Publishers.fromCompletableFuture(
        CompletableFuture.supplyAsync(() -> live(sessionId), blocking));
  }

  private SecurityRuleResult live(String sessionId) {
    try {
      return sessions.isLive(sessionId, clock.instant())
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
