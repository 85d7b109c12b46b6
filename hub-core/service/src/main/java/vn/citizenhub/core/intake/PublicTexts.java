package vn.citizenhub.core.intake;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.citizenhub.contract.Channel;

/** What citizens read about their intake, Vietnamese first. No personal data goes in here. */
final class PublicTexts {

  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private PublicTexts() {}

  static String channelVi(Channel channel) {
    return channel.labelVi();
  }

  static String channelEn(Channel channel) {
    return channel.labelEn();
  }

  static String receivedVi(Channel channel) {
    return "Đã tiếp nhận qua " + channelVi(channel) + ".";
  }

  static String receivedEn(Channel channel) {
    return "Received via " + channelEn(channel) + ".";
  }

  static String routedVi(String agencyVi, LocalDate due) {
    return "Đã chuyển đến " + agencyVi + " để xử lý. Hạn giải quyết: " + VI_DATE.format(due) + ".";
  }

  static String routedEn(String agencyEn, LocalDate due) {
    return "Forwarded to " + agencyEn + " for handling. Due by " + due + ".";
  }

  static final String TRIAGE_VI =
      "Đang chờ điều phối viên của tỉnh chuyển đến cơ quan có thẩm quyền.";
  static final String TRIAGE_EN =
      "Waiting for a provincial coordinator to send it to the competent agency.";

  static String receiptVi(String code, LocalDate due) {
    return "Tỉnh đã tiếp nhận phản ánh của bạn. Mã tra cứu: " + code
        + ". Hạn giải quyết dự kiến: " + VI_DATE.format(due) + ".";
  }

  static String receiptEn(String code, LocalDate due) {
    return "The province has received your report. Tracking code: " + code
        + ". Expected answer by " + due + ".";
  }

  static String answeredVi(Channel channel, String answer) {
    return "Đã giải quyết (Đã trả lời) ngay khi tiếp nhận qua " + channelVi(channel)
        + ". " + answer;
  }

  static String answeredEn(Channel channel, String answer) {
    return "Resolved (Answered) as it was taken in via " + channelEn(channel) + ". " + answer;
  }

  static String answeredReceiptVi(String code, String answer) {
    return "Tỉnh đã trả lời ngay khi tiếp nhận. Mã tra cứu: " + code + ". Nội dung trả lời: "
        + answer;
  }

  static String answeredReceiptEn(String code, String answer) {
    return "The province answered as it took your request in. Tracking code: " + code
        + ". The answer: " + answer;
  }

  static final String FOLLOW_UP_VI = "Người dân đã bổ sung thông tin.";
  static final String FOLLOW_UP_EN = "The citizen added information.";
  static final String NOT_FIXED_VI = "Người dân phản hồi: vấn đề chưa được khắc phục.";
  static final String NOT_FIXED_EN = "The citizen says the matter is not fixed.";

  static final String FOLLOWED_VI = "Thêm một người dân theo dõi phản ánh này.";
  static final String FOLLOWED_EN = "One more citizen is following this report.";

  static String followingVi(String code) {
    return "Bạn đã đăng ký theo dõi phản ánh mã " + code
        + ". Bạn sẽ được thông báo kết quả xử lý như người gửi phản ánh.";
  }

  static String followingEn(String code) {
    return "You are now following report " + code
        + ". You will be told its outcome as its reporter is.";
  }

  static String ratedEarlyVi(int score) {
    return "Người dân gửi đánh giá " + score + "/5 khi phản ánh chưa được giải quyết;"
        + " không ghi nhận (chỉ đánh giá được kết quả đã có).";
  }

  static String ratedEarlyEn(int score) {
    return "The citizen sent a rating of " + score + "/5 before the report was resolved;"
        + " not recorded (only an outcome can be rated).";
  }

  static String ratedVi(int score) {
    return "Người dân đánh giá kết quả xử lý: " + score + "/5.";
  }

  static String ratedEn(int score) {
    return "The citizen rated the handling " + score + "/5.";
  }
}
