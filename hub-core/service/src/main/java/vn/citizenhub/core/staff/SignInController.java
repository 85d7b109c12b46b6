package vn.citizenhub.core.staff;

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

/**
 * Staff sign-in. The console gets its token in an HTTP-only, same-site cookie that page scripts
 * cannot read; API clients get the same token as a bearer token.
 */
@Controller("/api/staff")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Sign-in")
class SignInController {

  private final SignInService signIn;
  private final boolean secureCookie;

  SignInController(SignInService signIn,
      @io.micronaut.context.annotation.Value("${hub.staff.secure-cookie:false}") boolean secureCookie) {
    this.signIn = signIn;
    this.secureCookie = secureCookie;
  }

  record Credentials(String username, String password) {}

  record SignedIn(StaffView staff) {}

  record BearerToken(String accessToken, String tokenType, long expiresIn, StaffView staff) {}

  @Operation(summary = "Sign in to the console: sets an HTTP-only session cookie")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Post(value = "/session", consumes = MediaType.APPLICATION_JSON)
  HttpResponse<SignedIn> openSession(@Body String body) throws SQLException {
    SignInService.Outcome outcome = attempt(body);
    return HttpResponse.ok(new SignedIn(StaffView.of(outcome.principal())))
        .cookie(sessionCookie(outcome.token(), outcome.validFor()));
  }

  @Operation(summary = "Sign in for API use: answers a bearer token")
  @Secured(SecurityRule.IS_ANONYMOUS)
  @Post(value = "/token", consumes = MediaType.APPLICATION_JSON)
  BearerToken token(@Body String body) throws SQLException {
    SignInService.Outcome outcome = attempt(body);
    return new BearerToken(outcome.token(), "Bearer", outcome.validFor().toSeconds(),
        StaffView.of(outcome.principal()));
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

  private SignInService.Outcome attempt(String body) throws SQLException {
    Credentials credentials = JsonBody.read(body, Credentials.class);
    SignInService.Outcome outcome = signIn.signIn(credentials.username(), credentials.password());
    return switch (outcome.result()) {
      case SIGNED_IN -> outcome;
      case LOCKED -> throw new StaffApiException(HttpStatus.LOCKED, "ACCOUNT_LOCKED",
          "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút"
              + " hoặc liên hệ quản trị hệ thống.",
          "The account is locked after repeated failed sign-ins. Try again in 15 minutes"
              + " or ask an administrator.");
      case REFUSED -> throw new StaffApiException(HttpStatus.UNAUTHORIZED, "SIGN_IN_REFUSED",
          "Tên đăng nhập hoặc mật khẩu không đúng.", "Wrong username or password.");
    };
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
