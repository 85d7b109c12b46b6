package vn.citizenhub.http;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * The errors Micronaut answers before any of our code runs (a method the path does not take, a
 * body it cannot read, a request line over its limit) come in our bilingual shape, Vietnamese
 * first, instead of Micronaut's English-only HAL body. Our own refusals keep their own texts: this
 * only replaces the framework's default processor.
 */
@Singleton
final class BilingualErrors implements ErrorResponseProcessor<ApiError> {

  @Override
  public MutableHttpResponse<ApiError> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(forStatus(response.status()));
  }

  static ApiError forStatus(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> ApiError.of("BAD_REQUEST",
          "Yêu cầu không hợp lệ: nội dung hoặc tham số không đọc được.",
          "The request is not valid: its body or parameters cannot be read.");
      case NOT_FOUND -> ApiError.of("NOT_FOUND",
          "Không tìm thấy địa chỉ này.", "There is nothing at this address.");
      case METHOD_NOT_ALLOWED -> ApiError.of("METHOD_NOT_ALLOWED",
          "Địa chỉ này không nhận phương thức (method) HTTP đã dùng.",
          "This address does not take the HTTP method used.");
      case NOT_ACCEPTABLE -> ApiError.of("NOT_ACCEPTABLE",
          "Không có nội dung ở định dạng được yêu cầu (Accept).",
          "Nothing is available in the format asked for (Accept).");
      case UNSUPPORTED_MEDIA_TYPE -> ApiError.of("UNSUPPORTED_MEDIA_TYPE",
          "Định dạng nội dung (Content-Type) không được hỗ trợ.",
          "The body's format (Content-Type) is not supported.");
      case REQUEST_ENTITY_TOO_LARGE -> ApiError.of("TOO_LARGE",
          "Yêu cầu quá lớn (địa chỉ hoặc nội dung gửi lên).",
          "The request is too large (its address or its body).");
      case REQUEST_URI_TOO_LONG -> OversizedRequestHead.LINE_TOO_LONG;
      case REQUEST_HEADER_FIELDS_TOO_LARGE -> OversizedRequestHead.HEADERS_TOO_LARGE;
      case UNAUTHORIZED -> ApiError.of("UNAUTHORIZED",
          "Vui lòng đăng nhập.", "Please sign in.");
      case FORBIDDEN -> ApiError.of("FORBIDDEN",
          "Bạn không có quyền thực hiện thao tác này.", "You may not do this.");
      case SERVICE_UNAVAILABLE -> ApiError.of("UNAVAILABLE",
          "Hệ thống đang bận; vui lòng thử lại sau ít phút.",
          "The system is busy; please try again in a few minutes.");
      default -> status.getCode() >= 500
          ? ApiError.of("SERVER_ERROR",
              "Đã có lỗi phía hệ thống; yêu cầu chưa được thực hiện. Vui lòng thử lại sau.",
              "Something went wrong on our side; the request was not carried out. Please try"
                  + " again later.")
          : ApiError.of("REFUSED", "Yêu cầu bị từ chối (mã " + status.getCode() + ").",
              "The request was refused (status " + status.getCode() + ").");
    };
  }
}
