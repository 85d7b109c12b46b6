package vn.citizenhub.core.staffapi;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.http.ApiError;
import vn.citizenhub.logging.LogText;

/**
 * A request refused for want of a sign-in (401) or of a role (403), answered like every other
 * refusal: a code and a message in Vietnamese and English, instead of an empty body.
 */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class StaffAuthorizationHandler
    implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

  private static final Logger LOG = LoggerFactory.getLogger(StaffAuthorizationHandler.class);

  @Override
  public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException e) {
    // Forbidden: a token was presented, but its role may not do this or its session has ended.
    boolean forbidden = e.isForbidden();
    LOG.info("Staff request {} {} refused: {}", request.getMethod(),
        LogText.path(request.getPath()),
        forbidden ? "role not allowed or session ended" : "not signed in");
    if (!forbidden) {
      return HttpResponse.status(HttpStatus.UNAUTHORIZED).body(ApiError.of("SIGN_IN_REQUIRED",
          "Vui lòng đăng nhập (phiên làm việc đã hết hạn hoặc đã đăng xuất).",
          "Please sign in (the session has expired or was signed out)."));
    }
    return HttpResponse.status(HttpStatus.FORBIDDEN).body(ApiError.of("FORBIDDEN",
        "Vai trò của bạn không được truy cập chức năng này, hoặc phiên làm việc đã kết thúc.",
        "Your role may not use this, or your session has ended."));
  }
}
