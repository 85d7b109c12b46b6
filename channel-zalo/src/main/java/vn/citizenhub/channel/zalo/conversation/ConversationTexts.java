package vn.citizenhub.channel.zalo.conversation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.intake.IntakeValidator;

/** What the citizen reads on Zalo, in Vietnamese. No other citizen's data ever goes in here. */
public final class ConversationTexts {

  private ConversationTexts() {}

  public static final String MENU = """
      Bạn có thể:
      • Gửi phản ánh: nhắn nội dung sự việc (có thể kèm ảnh và vị trí)
      • Tra cứu: nhắn "tra cứu <mã>", ví dụ "tra cứu ZABCD-EFGH2"; nhắn "tra cứu" để xem các phản ánh gần đây
      • Bổ sung thông tin: "bổ sung <mã> <nội dung>"
      • Đánh giá kết quả: "đánh giá <mã> <điểm từ 1 đến 5>"
      • Báo chưa được khắc phục: "chưa khắc phục <mã>"
      • Hủy phản ánh đang soạn: "hủy\"""";

  /** The consent text of version {@code zalo-2025-07} (Decree 13/2023/NĐ-CP). */
  public static final String CONSENT_TEXT = "Để chuyển phản ánh đến cơ quan có thẩm quyền, tỉnh"
      + " cần xử lý dữ liệu cá nhân của bạn (mã người dùng Zalo; số điện thoại nếu bạn chia sẻ;"
      + " nội dung, ảnh và vị trí bạn gửi) theo Nghị định 13/2023/NĐ-CP, chỉ để tiếp nhận, giải"
      + " quyết và trả lời phản ánh. Bạn có thể rút lại sự đồng ý bất cứ lúc nào.";

  public static final String WELCOME = "Chào mừng bạn đến với kênh Zalo tiếp nhận phản ánh, kiến"
      + " nghị của tỉnh. Mọi phản ánh được chuyển đến cơ quan có thẩm quyền và bạn sẽ nhận kết"
      + " quả xử lý ngay tại đây.\n\n" + MENU;

  public static final String NOT_UNDERSTOOD = "Xin lỗi, tôi chưa hiểu tin nhắn này. " + MENU;

  public static final String DESCRIBE = "Vui lòng mô tả sự việc bạn muốn phản ánh (ít nhất 10"
      + " ký tự). Bạn có thể gửi kèm ảnh.";

  public static final String TOO_SHORT = "Mô tả hơi ngắn. Vui lòng cho biết rõ hơn sự việc"
      + " (ít nhất 10 ký tự).";

  public static final String LOCATE = "Sự việc xảy ra ở đâu? Vui lòng chia sẻ vị trí (nút"
      + " \"Vị trí\" trong Zalo) hoặc nhắn địa chỉ, ví dụ: 12 Hùng Vương, phường Tân An.";

  public static final String CANCELLED = "Đã hủy phản ánh đang soạn. Khi cần, bạn chỉ cần nhắn"
      + " nội dung sự việc để bắt đầu lại.";

  public static final String NOTHING_TO_CANCEL = "Bạn không có phản ánh nào đang soạn. " + MENU;

  public static final String EXPIRED = "Phản ánh bạn đang soạn đã lâu chưa hoàn tất nên đã được"
      + " hủy để bảo vệ dữ liệu của bạn. Khi cần, bạn chỉ cần nhắn nội dung sự việc để bắt đầu"
      + " lại. Xin cảm ơn!";

  public static final String CONSENT_AGAIN = "Vui lòng nhắn \"Đồng ý\" để gửi phản ánh, hoặc"
      + " \"Hủy\" để bỏ.";

  public static final String PHONE_SAVED = "Cảm ơn bạn. Số điện thoại đã được lưu để liên kết các"
      + " phản ánh của bạn trên mọi kênh (Zalo, đường dây nóng 1022, ứng dụng) và nhận tin qua SMS"
      + " khi cần.";

  public static final String PHONE_INVALID = "Số điện thoại bạn chia sẻ không phải số Việt Nam"
      + " hợp lệ nên chưa được lưu.";

  public static final String NOT_YOURS = "Mã này không thuộc phản ánh bạn đã gửi qua Zalo."
      + " Vui lòng kiểm tra lại mã.";

  public static final String BAD_CODE = "Mã tra cứu không đúng. Mã gồm 10 ký tự, ví dụ"
      + " ZABCD-EFGH2; vui lòng kiểm tra lại.";

  public static final String BAD_SCORE = "Vui lòng đánh giá bằng một điểm từ 1 đến 5, ví dụ:"
      + " \"đánh giá ZABCD-EFGH2 5\".";

  public static final String NO_REPORTS = "Bạn chưa gửi phản ánh nào qua Zalo. Nhắn nội dung sự"
      + " việc để gửi phản ánh đầu tiên.";

  public static final String TRACKING_UNAVAILABLE = "Hệ thống tra cứu đang bận, vui lòng thử lại"
      + " sau ít phút.";

  public static final String ASK_PHONE_TITLE = "Chia sẻ số điện thoại với tỉnh";

  public static final String ASK_PHONE_SUBTITLE = "Để cơ quan xử lý liên hệ khi cần và liên kết"
      + " các phản ánh của bạn qua đường dây nóng 1022 và ứng dụng. Không bắt buộc.";

  public static final String UNREADABLE = "Tin nhắn có ký tự không đọc được. Vui lòng gõ lại"
      + " nội dung bằng chữ thông thường.";

  public static final String LOCATION_OUTSIDE = "Vị trí bạn chia sẻ không nằm trong lãnh thổ Việt"
      + " Nam. Vui lòng chia sẻ lại vị trí hoặc nhắn địa chỉ, ví dụ: 12 Hùng Vương, phường Tân An.";

  /** Between a refusal's Vietnamese and its English (bad input is refused in both languages). */
  public static final String THEN_ENGLISH = "\n\n";

  public static String descriptionTooLong(int length) {
    return "Nội dung bạn gửi dài " + length + " ký tự, vượt quá giới hạn "
        + IntakeValidator.MAX_DESCRIPTION + " ký tự. Vui lòng rút gọn mô tả sự việc và gửi lại."
        + THEN_ENGLISH + "Your message is " + length + " characters long, over the limit of "
        + IntakeValidator.MAX_DESCRIPTION + ". Please shorten the description and send it again.";
  }

  public static String addressTooLong(int length) {
    return "Địa chỉ bạn gửi dài " + length + " ký tự, vượt quá giới hạn "
        + IntakeValidator.MAX_ADDRESS + " ký tự. Vui lòng nhắn địa chỉ ngắn gọn hơn (số nhà, tên"
        + " đường, xã/phường)." + THEN_ENGLISH + "The address is " + length
        + " characters long, over the limit of " + IntakeValidator.MAX_ADDRESS
        + ". Please send a shorter address (house number, street, commune).";
  }

  public static String messageTooLong(int length) {
    return "Nội dung bạn gửi dài " + length + " ký tự, vượt quá giới hạn "
        + IntakeValidator.MAX_MESSAGE + " ký tự. Vui lòng rút gọn và gửi lại." + THEN_ENGLISH
        + "Your message is " + length + " characters long, over the limit of "
        + IntakeValidator.MAX_MESSAGE + ". Please shorten it and send it again.";
  }

  /**
   * The citizen has sent as many reports as one user may in a while: this one waits, kept, for
   * another "Đồng ý" in {@code minutes} (rounded up).
   */
  public static String tooManyReports(Instant now, Instant nextReportAt) {
    long minutes = Math.max(1, (Duration.between(now, nextReportAt).getSeconds() + 59) / 60);
    return "Bạn đã gửi nhiều phản ánh trong thời gian ngắn nên phản ánh này chưa được gửi."
        + " Nội dung vẫn được giữ: vui lòng nhắn \"Đồng ý\" lại sau khoảng " + minutes + " phút."
        + " Việc khẩn cấp, xin gọi đường dây nóng 1022." + THEN_ENGLISH
        + "You have sent several reports in a short time, so this one has not been sent yet. It"
        + " is kept: please reply \"Đồng ý\" again in about " + minutes + " minutes. For an"
        + " emergency, call the 1022 hotline.";
  }

  public static final String NOT_SENT = "Xin lỗi, phản ánh chưa gửi được vì có thông tin không"
      + " hợp lệ. Vui lòng nhắn lại nội dung sự việc để gửi phản ánh mới.";

  public static String photoReceived(int count) {
    return "Đã nhận " + count + " ảnh.";
  }

  public static String categories(List<CategoryChoice> menu) {
    StringBuilder s = new StringBuilder("Phản ánh thuộc lĩnh vực nào? Nhắn số tương ứng:");
    for (int i = 0; i < menu.size(); i++) {
      s.append('\n').append(i + 1).append(". ").append(menu.get(i).labelVi());
    }
    return s.toString();
  }

  /** The summary and the consent text (Decree 13/2023): shown before anything is sent. */
  public static String consent(Draft draft, String categoryLabel, String consentText) {
    String where = draft.address() != null ? draft.address()
        : String.format(java.util.Locale.ROOT, "vị trí %.5f, %.5f",
            draft.latitude(), draft.longitude());
    return "Xin xác nhận phản ánh của bạn:\n• Nội dung: " + shorten(draft.description(), 300)
        + "\n• Địa điểm: " + shorten(where, 200)
        + "\n• Lĩnh vực: " + categoryLabel
        + "\n• Ảnh: " + draft.photos().size()
        + "\n\n" + consentText
        + "\n\nNhắn \"Đồng ý\" để gửi phản ánh, hoặc \"Hủy\" để bỏ.";
  }

  public static String received(String code) {
    return "Đã tiếp nhận phản ánh. Mã tra cứu của bạn: " + display(code)
        + ". Bạn sẽ nhận kết quả xử lý qua Zalo; nhắn \"tra cứu " + display(code)
        + "\" để theo dõi bất cứ lúc nào.";
  }

  public static String receivedDelayed(String code) {
    return "Đã tiếp nhận phản ánh, mã tra cứu: " + display(code) + ". Hệ thống đang xử lý chậm"
        + " hơn thường lệ; phản ánh của bạn đã được lưu và sẽ được chuyển đến cơ quan xử lý ngay"
        + " khi hệ thống ổn định.";
  }

  public static String followUpSent(String code) {
    return "Đã gửi thông tin bổ sung cho phản ánh " + display(code) + " đến cơ quan xử lý.";
  }

  public static String rated(String code, int score) {
    return "Cảm ơn bạn đã đánh giá " + score + "/5 cho kết quả xử lý phản ánh " + display(code)
        + ".";
  }

  public static String notFixedSent(String code) {
    return "Đã ghi nhận phản ánh " + display(code) + " chưa được khắc phục. Cơ quan xử lý sẽ xem"
        + " xét lại và thông báo cho bạn.";
  }

  public static String display(String code) {
    return new TrackingCode(code).display();
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
