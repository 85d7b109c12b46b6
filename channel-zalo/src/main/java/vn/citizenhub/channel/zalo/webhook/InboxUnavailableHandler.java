package vn.citizenhub.channel.zalo.webhook;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.logging.ErrorText;
import vn.citizenhub.http.ApiError;

/**
 * An event the inbox could not keep in time is answered 503 at once (within Zalo's 2 s), so Zalo
 * sends it again (after 30 s, then 5, 15, 30 and 60 minutes); a retry of an event kept after all
 * is recognised by its unique key. Nothing else makes the webhook refuse: an event the inbox kept
 * is a 200 however far the conversation behind it lags (zalo-oa.md: after its last retry Zalo
 * drops the OA's subscription, so a 503 must only ever mean "not kept").
 */
@Produces
@Singleton
class InboxUnavailableHandler
    implements ExceptionHandler<InboxUnavailable, HttpResponse<ApiError>> {

  private static final Logger LOG = LoggerFactory.getLogger(InboxUnavailableHandler.class);
  static final String RETRY_AFTER_SECONDS = "5";
  /** Under overload hundreds a second are refused: one line per interval says it all. */
  private static final long LOG_EVERY_NANOS = 10_000_000_000L;

  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

  @Override
  public HttpResponse<ApiError> handle(HttpRequest request, InboxUnavailable e) {
    long count = refused.incrementAndGet();
    long last = lastLogged.get();
    if (System.nanoTime() - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last,
        System.nanoTime())) {
      LOG.warn("Zalo event not stored, answered 503 ({} so far): {}", count, ErrorText.of(e));
    }
    return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", RETRY_AFTER_SECONDS)
        .body(ApiError.of("NOT_RECEIVED",
            "Hệ thống tạm thời chưa nhận được sự kiện; vui lòng gửi lại sau.",
            "The event could not be received right now; please send it again later."));
  }
}
