package vn.citizenhub.channel.zalo.webhook;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.logging.ErrorText;
import vn.citizenhub.http.ApiError;

/**
 * An event the inbox could not keep in time is answered 503 at once (within Zalo's 2 s), so Zalo
 * sends it again; a retry of an event kept after all is recognised by its unique key.
 */
@Produces
@Singleton
class InboxUnavailableHandler
    implements ExceptionHandler<InboxUnavailable, HttpResponse<ApiError>> {

  private static final Logger LOG = LoggerFactory.getLogger(InboxUnavailableHandler.class);
  static final String RETRY_AFTER_SECONDS = "5";

  @Override
  public HttpResponse<ApiError> handle(HttpRequest request, InboxUnavailable e) {
    LOG.warn("Zalo event not stored, answered 503: {}", ErrorText.of(e));
    return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", RETRY_AFTER_SECONDS)
        .body(ApiError.of("NOT_RECEIVED",
            "Hệ thống tạm thời chưa nhận được sự kiện; vui lòng gửi lại sau.",
            "The event could not be received right now; please send it again later."));
  }
}
