package vn.citizenhub.core.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.sql.SQLException;
import java.time.Duration;
import vn.citizenhub.core.staffapi.JsonBody;
import vn.citizenhub.core.staffapi.StaffApiException;
import vn.citizenhub.http.ApiError;
import vn.citizenhub.http.client.ClientAddresses;
import vn.citizenhub.http.ratelimit.KeyedRateLimiter;
import vn.citizenhub.http.ratelimit.TooManyRequests;

/**
 * Staff sign-in. The console gets its token in an HTTP-only, same-site cookie that page scripts
 * cannot read; API clients get the same token as a bearer token. Attempts are throttled per client
 * address and per username before any password is hashed, and hashing itself is bounded.
 */
@Controller("/api/staff")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Sign-in")
class SignInController {

  private final SignInService signIn;
  private final SignInThrottle throttle;
  private final ClientAddresses addresses;
  private final long busyRetryAfterSeconds;
  private final boolean secureCookie;

  SignInController(SignInService signIn, SignInThrottle throttle, ClientAddresses addresses,
      SignInSettings settings,
      @io.micronaut.context.annotation.Value("${hub.staff.secure-cookie:false}") boolean secureCookie) {
    this.signIn = signIn;
    this.throttle = throttle;
    this.addresses = addresses;
    this.busyRetryAfterSeconds = Math.max(1, settings.getBusyRetryAfter().toSeconds());
    this.secureCookie = secureCookie;
  }

  /** A sign-in that was not attempted: throttled (429) or no hashing slot free (503). */
  private static final class NotAttempted extends RuntimeException {
    final HttpResponse<ApiError> answer;

    NotAttempted(HttpResponse<ApiError> answer) {
      super(null, null, false, false);
      this.answer = answer;
    }
  }

  record Credentials(String username, String password) {}

  record SignedIn(StaffView staff) {}

  record BearerToken(String accessToken, String tokenType, long expiresIn, StaffView staff) {}

  @Operation(summary = "Sign in to the console: sets an HTTP-only session cookie")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Post(value = "/session", consumes = MediaType.APPLICATION_JSON)
  HttpResponse<?> openSession(HttpRequest<?> request, @Body String body) throws SQLException {
    try {
      SignInService.Outcome outcome = attempt(request, body);
      return HttpResponse.ok(new SignedIn(StaffView.of(outcome.principal())))
          .cookie(sessionCookie(outcome.token(), outcome.validFor()));
    } catch (NotAttempted e) {
      return e.answer;
    }
  }

  @Operation(summary = "Sign in for API use: answers a bearer token")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Post(value = "/token", consumes = MediaType.APPLICATION_JSON)
  HttpResponse<?> token(HttpRequest<?> request, @Body String body) throws SQLException {
    try {
      SignInService.Outcome outcome = attempt(request, body);
      return HttpResponse.ok(new BearerToken(outcome.token(), "Bearer",
          outcome.validFor().toSeconds(), StaffView.of(outcome.principal())));
    } catch (NotAttempted e) {
      return e.answer;
    }
  }

  @Operation(summary = "Sign out: ends the session, so its token is refused from now on")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Delete("/session")
  HttpResponse<Void> closeSession(Authentication authentication) throws SQLException {
    signIn.signOut(StaffPrincipal.of(authentication));
    return HttpResponse.<Void>noContent().cookie(sessionCookie("", Duration.ZERO));
  }

  @Operation(summary = "Who is signed in")
  @Secured(SecurityRule.IS_AUTHENTICATED)
  @Get("/me")
  StaffView me(Authentication authentication) {
    return StaffView.of(StaffPrincipal.of(authentication));
  }

  private SignInService.Outcome attempt(HttpRequest<?> request, String body) throws SQLException {
    refuseIfThrottled(throttle.addressAttempt(addresses.of(request)));
    Credentials credentials = JsonBody.read(body, Credentials.class);
    refuseIfThrottled(throttle.usernameAttempt(credentials.username()));
    SignInService.Outcome outcome;
    try {
      outcome = signIn.signIn(credentials.username(), credentials.password());
    } catch (BoundedPasswordCheck.Busy e) {
      throw new NotAttempted(HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
          .header("Retry-After", Long.toString(busyRetryAfterSeconds))
          .body(ApiError.of("SIGN_IN_BUSY",
              "Hệ thống đang bận xử lý nhiều lượt đăng nhập. Vui lòng thử lại sau giây lát.",
              "Too many sign-ins are being checked right now. Please try again shortly.")));
    }
    if (outcome.result() == SignInService.Result.SIGNED_IN) {
      return outcome;
    }
    // One answer for an unknown user, a wrong password and a locked account.
    throw new StaffApiException(HttpStatus.UNAUTHORIZED, "SIGN_IN_REFUSED",
        "Tên đăng nhập hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa do đăng nhập sai"
            + " nhiều lần (thử lại sau 15 phút hoặc liên hệ quản trị hệ thống).",
        "Wrong username or password, or the account is locked after repeated failed sign-ins"
            + " (try again in 15 minutes or ask an administrator).");
  }

  private static void refuseIfThrottled(KeyedRateLimiter.Decision decision) {
    if (!decision.allowed()) {
      throw new NotAttempted(TooManyRequests.answer(decision.retryAfterSeconds(),
          "Bạn đã thử đăng nhập quá nhiều lần. Vui lòng thử lại sau ít phút.",
          "Too many sign-in attempts. Please try again in a few minutes."));
    }
  }

  private Cookie sessionCookie(String token, Duration maxAge) {
    return Cookie.of(StaffCookieTokenReader.COOKIE, token)
        .httpOnly(true)
        .sameSite(SameSite.Strict)
        .secure(secureCookie)
        .path("/")
        .maxAge(maxAge);
  }
}
