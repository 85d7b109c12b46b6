package vn.citizenhub.channel.web.follow;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import vn.citizenhub.channel.web.report.WebReportAnswer;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.http.ApiError;

/** What the portal tells a citizen about their follow, Vietnamese first. */
final class FollowAnswers {

  private FollowAnswers() {}

  static WebReportAnswer following(String code, boolean delayed) {
    String shown = new TrackingCode(code).display();
    return new WebReportAnswer(shown, delayed ? "FOLLOWING_PROCESSING_DELAYED" : "FOLLOWING",
        "Bạn đã đăng ký theo dõi phản ánh mã " + shown + ". Bạn sẽ được thông báo kết quả xử lý"
            + " như người gửi phản ánh" + (delayed ? "; hệ thống đang xử lý chậm hơn thường lệ,"
            + " đăng ký của bạn đã được lưu." : "."),
        "You are now following report " + shown + ". You will be told its outcome as its"
            + " reporter is" + (delayed ? "; processing is slower than usual, your request is"
            + " saved." : "."),
        "/api/public/tickets/" + code);
  }

  static HttpResponse<ApiError> unknown(String code) {
    String shown = new TrackingCode(code).display();
    return HttpResponse.<ApiError>status(HttpStatus.NOT_FOUND).body(ApiError.of(
        "TICKET_NOT_FOUND",
        "Không tìm thấy phản ánh có mã " + shown + ". Vui lòng kiểm tra lại mã.",
        "No report has code " + shown + ". Please check the code."));
  }

  static HttpResponse<ApiError> closed(String code) {
    String shown = new TrackingCode(code).display();
    return HttpResponse.<ApiError>status(HttpStatus.CONFLICT).body(ApiError.of("TICKET_CLOSED",
        "Phản ánh mã " + shown + " đã có kết quả xử lý nên không thể theo dõi thêm. Nếu vấn đề"
            + " vẫn còn, vui lòng gửi phản ánh mới.",
        "Report " + shown + " already has an outcome and cannot be followed. If the matter"
            + " remains, please send a new report."));
  }

  static HttpResponse<ApiError> cannotCheck() {
    return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
        .header("Retry-After", "30")
        .body(ApiError.of("NOT_RECEIVED",
            "Hệ thống tạm thời chưa kiểm tra được mã phản ánh. Vui lòng thử lại sau ít phút.",
            "The report's code cannot be checked right now. Please try again in a few minutes."));
  }
}
