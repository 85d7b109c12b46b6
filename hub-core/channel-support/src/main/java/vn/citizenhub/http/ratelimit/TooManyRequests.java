package vn.citizenhub.http.ratelimit;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import vn.citizenhub.http.ApiError;

/** The one 429 every limit answers: a bilingual body and how many seconds to wait. */
public final class TooManyRequests {

  public static final String CODE = "RATE_LIMITED";

  private TooManyRequests() {}

  public static MutableHttpResponse<ApiError> answer(long retryAfterSeconds) {
    return answer(retryAfterSeconds,
        "Bạn đã gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.",
        "Too many requests. Please try again in a few minutes.");
  }

  public static MutableHttpResponse<ApiError> answer(long retryAfterSeconds, String message,
      String messageEn) {
    return HttpResponse.<ApiError>status(HttpStatus.TOO_MANY_REQUESTS)
        .header("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)))
        .body(ApiError.of(CODE, message, messageEn));
  }
}
