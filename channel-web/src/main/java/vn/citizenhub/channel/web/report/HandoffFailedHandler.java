package vn.citizenhub.channel.web.report;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.channel.handoff.HandoffStoreException;
import vn.citizenhub.http.ApiError;
import vn.citizenhub.logging.ErrorText;

/**
 * The channel could not store the report, so it must not say "received": it says so, and the
 * portal keeps the form for the citizen to send again.
 */
@Produces
@Singleton
class HandoffFailedHandler implements ExceptionHandler<HandoffStoreException, HttpResponse<ApiError>> {

  private static final Logger LOG = LoggerFactory.getLogger(HandoffFailedHandler.class);
  /** Under overload thousands a second are refused: one line per interval says it all. */
  private static final long LOG_EVERY_NANOS = 10_000_000_000L;

  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

  @Override
  public HttpResponse<ApiError> handle(HttpRequest request, HandoffStoreException e) {
    long count = refused.incrementAndGet();
    long last = lastLogged.get();
    if (System.nanoTime() - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last,
        System.nanoTime())) {
      LOG.warn("Web report not stored, answered 503 ({} so far): {}", count, ErrorText.of(e));
    }
    return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", "30")
        .body(ApiError.of("NOT_RECEIVED",
            "Hệ thống tạm thời chưa nhận được phản ánh. Vui lòng gửi lại sau ít phút;"
                + " nội dung bạn đã nhập vẫn được giữ trên trang.",
            "The report could not be received right now. Please send it again in a few"
                + " minutes; what you typed is kept on the page."));
  }
}
