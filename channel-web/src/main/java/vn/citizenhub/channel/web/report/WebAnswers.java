package vn.citizenhub.channel.web.report;

import vn.citizenhub.contract.TrackingCode;

/** The honest answers the portal gives, Vietnamese first. */
final class WebAnswers {

  private WebAnswers() {}

  static WebReportAnswer received(String code) {
    String shown = new TrackingCode(code).display();
    return new WebReportAnswer(shown, "RECEIVED",
        "Đã tiếp nhận phản ánh. Mã tra cứu của bạn: " + shown
            + ". Vui lòng lưu lại mã này để theo dõi kết quả xử lý.",
        "Your report was received. Your tracking code: " + shown
            + ". Keep it to follow the handling of your report.",
        "/api/public/tickets/" + code);
  }

  static WebReportAnswer delayed(String code) {
    String shown = new TrackingCode(code).display();
    return new WebReportAnswer(shown, "RECEIVED_PROCESSING_DELAYED",
        "Đã tiếp nhận phản ánh, mã tra cứu: " + shown
            + ". Hệ thống đang xử lý chậm hơn thường lệ; phản ánh của bạn đã được lưu"
            + " và sẽ được chuyển đến cơ quan xử lý ngay khi hệ thống ổn định.",
        "Your report was received, tracking code " + shown
            + ". Processing is slower than usual; your report is saved and will reach the"
            + " agency as soon as the system recovers.",
        "/api/public/tickets/" + code);
  }
}
