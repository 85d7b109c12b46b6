package vn.citizenhub.channel.open311.wire;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/**
 * The specification's errors: a list of {@code code} and {@code description}; the description
 * in Vietnamese first, then English, in one string. 400: an argument is missing or wrong; 403:
 * the api_key is missing or not valid; 404: no such service, request or token; 429: too many
 * requests, with {@code Retry-After}.
 */
public record Open311Error(String code, String descriptionVi, String descriptionEn) {

  public String description() {
    return descriptionVi + " / " + descriptionEn;
  }

  /** The answer that carries these errors with {@code status}. */
  public static MutableHttpResponse<String> answer(HttpStatus status, Format format,
      List<Open311Error> errors) {
    Items items = new Items("error", errors.stream()
        .map(e -> new Fields().put("code", e.code()).put("description", e.description()))
        .toList());
    return HttpResponse.<String>status(status)
        .contentType(format.contentType())
        .body(Open311Writer.write(Answer.list("errors", items), format));
  }

  public static MutableHttpResponse<String> answer(HttpStatus status, Format format, String code,
      String vi, String en) {
    return answer(status, format, List.of(new Open311Error(code, vi, en)));
  }

  /**
   * A 429: {@code whoVi} / {@code whoEn} say who sent too many ("Khóa API này", "This API key");
   * the description and {@code Retry-After} say when to come back.
   */
  public static MutableHttpResponse<String> tooManyRequests(Format format, long retryAfterSeconds,
      String whoVi, String whoEn) {
    return answer(HttpStatus.TOO_MANY_REQUESTS, format, "429",
        whoVi + " đã gửi quá nhiều yêu cầu; vui lòng thử lại sau " + retryAfterSeconds + " giây",
        whoEn + " sent too many requests; please try again in " + retryAfterSeconds + " seconds")
        .header("Retry-After", String.valueOf(retryAfterSeconds));
  }
}
