package vn.citizenhub.channel.hotline;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import vn.citizenhub.http.ApiError;

/** Answers a {@link HotlineRefusal} with its status and bilingual reason. */
@Produces
@Singleton
class HotlineRefusalHandler implements ExceptionHandler<HotlineRefusal, HttpResponse<ApiError>> {

  @Override
  public HttpResponse<ApiError> handle(HttpRequest request, HotlineRefusal refusal) {
    return HttpResponse.<ApiError>status(refusal.status()).body(refusal.error());
  }
}
