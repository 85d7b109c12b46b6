package vn.citizenhub.channel.app.signing;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.HttpStatus;
import vn.citizenhub.http.ApiError;

/** Why a signed request was refused, as the app's developer reads it; nothing was stored. */
public enum SignatureRefusal {
  HEADERS_MISSING(HttpStatus.UNAUTHORIZED, "SIGNATURE_HEADERS_MISSING",
      "Thiếu hoặc sai định dạng tiêu đề ký: X-App-Id, X-Timestamp, X-Nonce (16-64 ký tự"
          + " A-Z a-z 0-9 _ -), X-Signature (64 chữ số hex).",
      "Signing headers missing or malformed: X-App-Id, X-Timestamp, X-Nonce (16-64 characters"
          + " A-Z a-z 0-9 _ -), X-Signature (64 hex digits)."),
  APP_NOT_ALLOWED(HttpStatus.UNAUTHORIZED, "APP_NOT_ALLOWED",
      "Ứng dụng không được đăng ký hoặc đã bị ngừng.",
      "The app is not registered or was deactivated."),
  TIMESTAMP_OUT_OF_WINDOW(HttpStatus.UNAUTHORIZED, "TIMESTAMP_OUT_OF_WINDOW",
      "X-Timestamp (giây Unix) lệch quá 5 phút so với giờ của hệ thống.",
      "X-Timestamp (Unix seconds) is more than 5 minutes from the hub's clock."),
  SIGNATURE_INVALID(HttpStatus.UNAUTHORIZED, "SIGNATURE_INVALID",
      "Chữ ký X-Signature không khớp với yêu cầu.",
      "X-Signature does not match the request."),
  NONCE_REUSED(HttpStatus.UNAUTHORIZED, "NONCE_REUSED",
      "X-Nonce này đã được dùng; mỗi yêu cầu cần một nonce mới.",
      "This X-Nonce was used before; every request needs a new one."),
  BODY_TOO_LARGE(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "BODY_TOO_LARGE",
      "Nội dung yêu cầu quá lớn.", "The request body is too large."),
  UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "SIGNATURE_CHECK_UNAVAILABLE",
      "Tạm thời chưa kiểm tra được chữ ký. Vui lòng thử lại sau ít phút.",
      "The signature cannot be checked right now. Please try again in a few minutes.");

  private final HttpStatus status;
  private final ApiError error;

  SignatureRefusal(HttpStatus status, String code, String vi, String en) {
    this.status = status;
    this.error = ApiError.of(code, vi, en);
  }

  public String code() {
    return error.error();
  }

  public MutableHttpResponse<ApiError> answer() {
    return HttpResponse.status(status).body(error);
  }
}
