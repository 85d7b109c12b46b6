package vn.citizenhub.channel.web.report;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.citizenhub.http.ApiError;

/**
 * A body over the size cap (micronaut.server.max-request-size, the whole upload; a photo part
 * over micronaut.server.multipart.max-file-size) is refused in both languages.
 */
@Produces
@Singleton
@Replaces(ContentLengthExceededHandler.class)
class BodyTooLargeHandler
    implements ExceptionHandler<ContentLengthExceededException, HttpResponse<ApiError>> {

  private static final Logger LOG = LoggerFactory.getLogger(BodyTooLargeHandler.class);

  @Override
  public HttpResponse<ApiError> handle(HttpRequest request, ContentLengthExceededException e) {
    LOG.info("Refused an oversized body on {}: {}", request.getPath(), e.getMessage());
    return tooLarge();
  }

  static HttpResponse<ApiError> tooLarge() {
    return HttpResponse.<ApiError>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).body(ApiError.of(
        "BODY_TOO_LARGE",
        "Nội dung gửi lên quá lớn. Mô tả tối đa 4.000 ký tự; tối đa 5 ảnh, mỗi ảnh 8 MB.",
        "The request body is too large. Descriptions have at most 4,000 characters; at most"
            + " 5 photos of 8 MB each."));
  }
}
