package vn.citizenhub.channel.hotline;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import vn.citizenhub.http.ApiError;

/** Answers a {@link HotlineRefusal} with its status and bilingual reason. */
@Produces
@Singleton
class HotlineRefusalHandler implements ExceptionHandler<HotlineRefusal, HttpResponse<ApiError>> {

  static final String RETRY_AFTER_SECONDS = "5";

  @Override
  public HttpResponse<ApiError> handle(HttpRequest request, HotlineRefusal refusal) {
    MutableHttpResponse<ApiError> answer =
        HttpResponse.<ApiError>status(refusal.status()).body(refusal.error());
    // Nothing was kept; the operator (or the phone system) may send it again shortly.
    return refusal.status() == HttpStatus.SERVICE_UNAVAILABLE
        ? answer.header("Retry-After", RETRY_AFTER_SECONDS) : answer;
  }
}
