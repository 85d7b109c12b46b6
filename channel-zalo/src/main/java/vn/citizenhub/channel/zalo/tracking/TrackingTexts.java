package vn.citizenhub.channel.zalo.tracking;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.citizenhub.channel.zalo.conversation.ConversationTexts;

/** A ticket's public state as the citizen reads it on Zalo. */
public final class TrackingTexts {

  private static final DateTimeFormatter VI_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private TrackingTexts() {}

  public static String status(String code, PublicTracking.Status s) {
    if (!s.found()) {
      return "Chưa tìm thấy phản ánh có mã " + ConversationTexts.display(code)
          + ". Nếu bạn vừa gửi, vui lòng thử lại sau ít phút.";
    }
    StringBuilder text = new StringBuilder("Phản ánh ").append(ConversationTexts.display(code))
        .append(": ").append(s.statusLabel() == null ? "đang xử lý" : s.statusLabel()).append('.');
    if (s.agency() != null) {
      text.append("\nCơ quan xử lý: ").append(s.agency()).append('.');
    }
    if (s.dueDate() != null) {
      text.append("\nHạn giải quyết: ").append(date(s.dueDate())).append('.');
    }
    if (s.lastStep() != null) {
      text.append("\nCập nhật gần nhất: ").append(s.lastStep());
    }
    return text.toString();
  }

  /** One line of "my recent reports". */
  public static String line(String code, String submittedOn, PublicTracking.Status s) {
    String state = s == null ? "chưa tra cứu được"
        : !s.found() ? "đang tiếp nhận" : s.statusLabel();
    return "• " + ConversationTexts.display(code) + " (gửi ngày " + submittedOn + "): " + state;
  }

  private static String date(String iso) {
    try {
      return VI_DATE.format(LocalDate.parse(iso));
    } catch (DateTimeParseException e) {
      return iso;
    }
  }
}
