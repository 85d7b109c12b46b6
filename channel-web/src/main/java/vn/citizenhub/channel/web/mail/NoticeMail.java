package vn.citizenhub.channel.web.mail;

import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.contract.notify.NotificationKind;

/**
 * The words of one notice e-mail: subject, plain text and a simple HTML part, Vietnamese first
 * and English below, with the notice's own texts, the link to follow the report (the private
 * feedback link when the notice carries one) and the unsubscribe link. Plain Java: no mail
 * library, no settings.
 */
record NoticeMail(String subject, String text, String html) {

  /**
   * @param trackingLink {@code {public-url}/track?code=…}, with {@code #k=…} for a private link;
   *     null for a notice about no ticket
   */
  static NoticeMail of(Notification n, String trackingLink, String unsubscribeLink) {
    String code = n.trackingCode() == null ? null : new TrackingCode(n.trackingCode()).display();
    String messageVi = orEmpty(n.messageVi() != null ? n.messageVi() : n.messageEn());
    String messageEn = orEmpty(n.messageEn() != null ? n.messageEn() : n.messageVi());
    boolean privateLink = trackingLink != null && n.feedbackToken() != null;
    Words vi = new Words("Kính gửi ông/bà,", messageVi,
        code == null ? null : "Theo dõi phản ánh " + code + ":", trackingLink,
        privateLink ? "Liên kết trên là của riêng bạn: qua đó bạn có thể đánh giá kết quả xử lý"
            + " hoặc báo sự việc chưa được khắc phục. Vui lòng không chuyển tiếp thư này." : null,
        "Đây là thư tự động, vui lòng không trả lời thư này.",
        "Không muốn nhận thư điện tử nữa? Hủy nhận thư:", unsubscribeLink);
    Words en = new Words("Dear citizen,", messageEn,
        code == null ? null : "Follow report " + code + ":", trackingLink,
        privateLink ? "This link is yours alone: through it you can rate how your report was"
            + " handled or say that the problem is not fixed. Please do not forward this e-mail."
            : null,
        "This is an automatic message; please do not reply to it.",
        "No more e-mails? Unsubscribe:", unsubscribeLink);
    String text = vi.text() + "\n" + "-".repeat(40) + "\nEnglish\n\n" + en.text();
    String html = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>" + escape(subject(n.kind(), code)) + "</title>\n</head>\n<body>\n"
        + "<div lang=\"vi\">\n" + vi.html() + "</div>\n<hr>\n"
        + "<div lang=\"en\">\n" + en.html() + "</div>\n</body>\n</html>\n";
    return new NoticeMail(subject(n.kind(), code), text, html);
  }

  static String subject(NotificationKind kind, String code) {
    if (code == null) {
      return "Thông báo về phản ánh, kiến nghị của bạn / A notice about your report";
    }
    return kind == NotificationKind.RECEIPT
        ? "Đã tiếp nhận phản ánh " + code + " / Report " + code + " received"
        : "Cập nhật về phản ánh " + code + " / Update on report " + code;
  }

  /** One language's part of the mail; {@code follow}, {@code link}, {@code note} may be null. */
  private record Words(String greeting, String message, String follow, String link, String note,
      String automatic, String unsubscribe, String unsubscribeLink) {

    String text() {
      StringBuilder out = new StringBuilder(greeting).append("\n\n").append(message)
          .append("\n\n");
      if (follow != null) {
        out.append(follow).append('\n').append(link).append("\n\n");
      }
      if (note != null) {
        out.append(note).append("\n\n");
      }
      return out.append(automatic).append('\n').append(unsubscribe).append('\n')
          .append(unsubscribeLink).append('\n').toString();
    }

    String html() {
      StringBuilder out = new StringBuilder("<p>").append(escape(greeting)).append("</p>\n<p>")
          .append(escape(message).replace("\n", "<br>\n")).append("</p>\n");
      if (follow != null) {
        out.append("<p>").append(escape(follow)).append("<br>\n<a href=\"").append(escape(link))
            .append("\">").append(escape(link)).append("</a></p>\n");
      }
      if (note != null) {
        out.append("<p>").append(escape(note)).append("</p>\n");
      }
      return out.append("<p><small>").append(escape(automatic)).append("<br>\n")
          .append(escape(unsubscribe)).append(" <a href=\"").append(escape(unsubscribeLink))
          .append("\">").append(escape(unsubscribeLink)).append("</a></small></p>\n").toString();
    }
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
