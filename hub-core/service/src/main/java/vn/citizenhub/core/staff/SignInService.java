package vn.citizenhub.core.staff;

import io.micronaut.context.annotation.Value;
import io.micronaut.security.token.generator.TokenGenerator;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a username and password, locks an account after repeated failures, and issues a signed
 * token naming a new session. Every refusal reads the same to the caller, so the answer never
 * tells whether a username exists.
 */
@Singleton
public class SignInService {

  private static final Logger LOG = LoggerFactory.getLogger(SignInService.class);

  private final StaffAccounts accounts;
  private final StaffSessions sessions;
  private final BoundedPasswordCheck check;
  private final TokenGenerator tokens;
  private final Clock clock;
  private final int maxFailures;
  private final Duration lockout;
  private final Duration sessionLength;
  // Verified against when the username is unknown, so both refusals take as long.
  private final String decoyHash;

  SignInService(StaffAccounts accounts, StaffSessions sessions, PasswordHasher hasher,
      BoundedPasswordCheck check, TokenGenerator tokens, Clock clock,
      @Value("${hub.staff.max-failed-sign-ins:5}") int maxFailures,
      @Value("${hub.staff.lockout:15m}") Duration lockout,
      @Value("${hub.staff.session-length:10h}") Duration sessionLength) {
    this.accounts = accounts;
    this.sessions = sessions;
    this.check = check;
    this.tokens = tokens;
    this.clock = clock;
    this.maxFailures = maxFailures;
    this.lockout = lockout;
    this.sessionLength = sessionLength;
    this.decoyHash = hasher.decoy();
  }

  /** The outcome of one attempt; {@code token} is present only on success. */
  public record Outcome(Result result, StaffPrincipal principal, String token, Duration validFor) {
    static final Outcome REFUSED = new Outcome(Result.REFUSED, null, null, null);
  }

  /**
   * Unknown, inactive, wrong password and locked are one refusal: telling them apart would tell
   * an outsider which usernames exist and which accounts they have locked.
   */
  public enum Result { SIGNED_IN, REFUSED }

  /**
   * Every path hashes exactly once (a decoy for an unknown user, the real hash for a locked one),
   * so the three refusals also take as long as each other.
   *
   * @throws BoundedPasswordCheck.Busy when every hashing slot stays taken for the allowed wait
   */
  public Outcome signIn(String username, String password) throws SQLException {
    Instant now = clock.instant();
    String given = password == null ? "" : password;
    Optional<StaffAccount> found = username == null ? Optional.empty()
        : accounts.byUsername(username.trim().toLowerCase());
    if (found.isEmpty() || !found.get().active()) {
      check.matches(given, decoyHash);
      LOG.info("Sign-in refused: unknown or inactive account");
      return Outcome.REFUSED;
    }
    StaffAccount account = found.get();
    boolean matches = check.matches(given, account.passwordHash());
    if (account.lockedAt(now)) {
      LOG.warn("Sign-in refused: account {} is locked until {}", account.id(), account.lockedUntil());
      return Outcome.REFUSED;
    }
    if (password == null || !matches) {
      accounts.recordFailure(account.id(), maxFailures, now.plus(lockout));
      boolean nowLocked = account.failedAttempts() + 1 >= maxFailures;
      LOG.warn("Sign-in refused: wrong password for account {}{}", account.id(),
          nowLocked ? "; account locked for " + lockout : "");
      return Outcome.REFUSED;
    }
    accounts.recordSuccess(account.id());
    String sessionId = sessions.open(account.id(), now, now.plus(sessionLength));
    StaffPrincipal principal = new StaffPrincipal(account.id(), account.username(),
        account.displayName(), account.role(), account.agencyCode(), sessionId);
    String token = tokens.generateToken(principal.toAuthentication(),
        (int) sessionLength.toSeconds()).orElseThrow(
            () -> new IllegalStateException("the token generator produced no token"));
    LOG.info("Staff account {} signed in as {}", account.id(), account.role());
    return new Outcome(Result.SIGNED_IN, principal, token, sessionLength);
  }

  public void signOut(StaffPrincipal principal) throws SQLException {
    sessions.end(principal.sessionId(), clock.instant());
    LOG.info("Staff account {} signed out", principal.staffId());
  }
}
