package vn.citizenhub.core.staffapi;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.core.lifecycle.LifecycleRefusal;
import vn.citizenhub.http.ApiError;
import vn.citizenhub.logging.LogText;

/** An action the lifecycle refused: 409 for an illegal transition, 403 for a role, else 400. */
@Produces
@Singleton
class LifecycleRefusalHandler implements ExceptionHandler<LifecycleRefusal, HttpResponse<ApiError>> {

  private static final Logger LOG = LoggerFactory.getLogger(LifecycleRefusalHandler.class);

  @Override
  public HttpResponse<ApiError> handle(HttpRequest request, LifecycleRefusal e) {
    HttpStatus status = switch (e.kind()) {
      case ILLEGAL_TRANSITION -> HttpStatus.CONFLICT;
      case NOT_ALLOWED -> HttpStatus.FORBIDDEN;
      case INVALID -> HttpStatus.BAD_REQUEST;
    };
    LOG.info("Staff action {} {} refused: {}", request.getMethod(), LogText.path(request.getPath()),
        e.getMessage());
    return HttpResponse.<ApiError>status(status)
        .body(ApiError.of(e.code(), e.reasonVi(), e.reasonEn()));
  }
}
