package vn.citizenhub.channel.app.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.List;
import vn.citizenhub.channel.handoff.HandoffResult;
import vn.citizenhub.contract.FieldError;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.http.ApiError;

/** The answers of the app API, Vietnamese first; "received" only once the intake is kept. */
final class AppAnswers {

  private AppAnswers() {}

  /** What an app is told about a report or a message it sent. */
  record Received(String trackingCode, String status, String message, String messageEn,
      String ticketUrl) {}

  static HttpResponse<?> handedOff(HandoffResult result, String what, String whatEn) {
    if (result.outcome() == HandoffResult.Outcome.KEY_REUSED) {
      return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(ApiError.of(
          "IDEMPOTENCY_KEY_REUSED",
          "Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác.",
          "This Idempotency-Key was already used for a different request."));
    }
    String shown = new TrackingCode(result.trackingCode()).display();
    boolean delayed = result.outcome() == HandoffResult.Outcome.DELAYED;
    Received body = new Received(shown,
        delayed ? "RECEIVED_PROCESSING_DELAYED" : "RECEIVED",
        "Đã tiếp nhận " + what + ", mã " + shown + "."
            + (delayed ? " Hệ thống đang xử lý chậm hơn thường lệ; nội dung đã được lưu và sẽ"
                + " được chuyển đi ngay khi hệ thống ổn định." : ""),
        "Your " + whatEn + " was received, code " + shown + "."
            + (delayed ? " Processing is slower than usual; it is saved and will be passed on"
                + " as soon as the system recovers." : ""),
        "/api/app/v1/reports/" + result.trackingCode());
    var answer = HttpResponse.accepted();
    if (result.outcome() == HandoffResult.Outcome.DUPLICATE) {
      answer.header("Idempotent-Replayed", "true");
    }
    return answer.body(body);
  }

  static HttpResponse<ApiError> invalid(List<FieldError> errors) {
    return HttpResponse.badRequest(new ApiError("VALIDATION_FAILED",
        "Yêu cầu chưa hợp lệ, vui lòng kiểm tra các trường được nêu.",
        "The request is not valid; please check the fields listed.", errors));
  }

  static HttpResponse<ApiError> malformedJson() {
    return HttpResponse.badRequest(ApiError.of("MALFORMED_JSON",
        "Nội dung gửi lên không phải JSON hợp lệ.", "The request body is not valid JSON."));
  }

  static HttpResponse<ApiError> userRequired() {
    return HttpResponse.badRequest(ApiError.of("APP_USER_REQUIRED",
        "Thiếu tiêu đề X-App-User (mã người dùng của ứng dụng).",
        "The header X-App-User (the app's own user id) is missing."));
  }

  static HttpResponse<ApiError> badKey() {
    return HttpResponse.badRequest(ApiError.of("INVALID_IDEMPOTENCY_KEY",
        "Khóa Idempotency-Key phải có từ 1 đến 100 ký tự.",
        "Idempotency-Key must have 1 to 100 characters."));
  }

  static HttpResponse<ApiError> notYours() {
    return HttpResponse.status(HttpStatus.FORBIDDEN).body(ApiError.of("NOT_YOUR_TICKET",
        "Phản ánh này không do người dùng này gửi qua ứng dụng.",
        "This ticket was not reported by this user through this app."));
  }

  static HttpResponse<ApiError> notFound() {
    return HttpResponse.notFound(ApiError.of("TICKET_NOT_FOUND",
        "Không tìm thấy phản ánh với mã này.", "No ticket has this code."));
  }

  static HttpResponse<ApiError> notStored() {
    return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", "30")
        .body(ApiError.of("NOT_RECEIVED",
            "Hệ thống tạm thời chưa nhận được yêu cầu. Vui lòng gửi lại sau ít phút.",
            "The request could not be received right now. Please send it again in a few"
                + " minutes."));
  }

  static HttpResponse<ApiError> hubCoreUnavailable() {
    return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", "30")
        .body(ApiError.of("TEMPORARILY_UNAVAILABLE",
            "Tạm thời chưa tra cứu được. Vui lòng thử lại sau ít phút.",
            "This cannot be looked up right now. Please try again in a few minutes."));
  }
}
