package vn.citizenhub.core.publicapi;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.http.ApiError;
import vn.citizenhub.logging.LogText;

/** Answers a refused public request with its status and bilingual error; logs only the code. */
@Produces
@Singleton
class PublicRefusalHandler implements ExceptionHandler<PublicRefusal, HttpResponse<ApiError>> {

  private static final Logger LOG = LoggerFactory.getLogger(PublicRefusalHandler.class);

  @Override
  public HttpResponse<ApiError> handle(HttpRequest request, PublicRefusal e) {
    LOG.info("Public request {} {} refused: {} {}", request.getMethod(),
        LogText.path(request.getPath()), e.status().getCode(), e.error().error());
    return HttpResponse.<ApiError>status(e.status()).body(e.error());
  }
}
