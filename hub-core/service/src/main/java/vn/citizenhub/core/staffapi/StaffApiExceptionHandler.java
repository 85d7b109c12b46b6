package vn.citizenhub.core.staffapi;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.http.ApiError;
import vn.citizenhub.logging.LogText;

/** Answers a refused staff request with its status and bilingual error, and logs why. */
@Produces
@Singleton
@Requires(classes = {StaffApiException.class, ExceptionHandler.class})
class StaffApiExceptionHandler
    implements ExceptionHandler<StaffApiException, HttpResponse<ApiError>> {

  private static final Logger LOG = LoggerFactory.getLogger(StaffApiExceptionHandler.class);

  @Override
  public HttpResponse<ApiError> handle(HttpRequest request, StaffApiException e) {
    LOG.info("Staff request {} {} refused: {} {}", request.getMethod(),
        LogText.path(request.getPath()),
        e.status().getCode(), e.getMessage());
    return HttpResponse.<ApiError>status(e.status()).body(e.error());
  }
}
