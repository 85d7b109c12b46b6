package vn.citizenhub.channel.web.unsubscribe;

/**
 * The small pages of the unsubscribe link, Vietnamese first, English below: the confirmation
 * with its one button (a GET changes nothing, so a mail scanner that opens every link
 * unsubscribes nobody), the result, and the refusals. Plain HTML with one stylesheet of this
 * origin: no script, no inline style, so the page passes {@code script-src 'self'}.
 */
final class UnsubscribePage {

  static final String PATH = "/api/web/unsubscribe";
  static final String STYLESHEET = PATH + "/unsubscribe.css";

  private UnsubscribePage() {}

  /** The confirmation: one button that POSTs to the same link, as RFC 8058's one click does. */
  static String confirm(String token) {
    String action = PATH + "?t=" + escape(token);
    return page("Hủy nhận thư điện tử", "Unsubscribe from e-mail",
        "<p>Bạn sẽ không nhận thư điện tử về các phản ánh, kiến nghị của mình nữa. Nếu bạn đã"
            + " để lại số điện thoại, thông báo sẽ được gửi qua tin nhắn SMS. Bạn vẫn theo dõi"
            + " được phản ánh bằng mã tra cứu.</p>\n"
            + "<form method=\"post\" action=\"" + action + "\">\n"
            + "<input type=\"hidden\" name=\"List-Unsubscribe\" value=\"One-Click\">\n"
            + "<button type=\"submit\">Hủy nhận thư <span lang=\"en\">· Unsubscribe</span>"
            + "</button>\n</form>\n",
        "<p>You will receive no more e-mails about your reports. If you left a phone number,"
            + " notices will come by SMS instead. You can still follow your reports with their"
            + " tracking code.</p>\n");
  }

  static String done() {
    return page("Đã hủy nhận thư điện tử", "You have been unsubscribed",
        "<p>Địa chỉ thư điện tử của bạn sẽ không nhận thông báo về phản ánh nữa. Nếu bạn đã"
            + " để lại số điện thoại, thông báo sẽ được gửi qua tin nhắn SMS.</p>\n",
        "<p>Your e-mail address will receive no more notices about reports. If you left a"
            + " phone number, notices will come by SMS instead.</p>\n");
  }

  static String invalid() {
    return page("Liên kết không hợp lệ", "This link is not valid",
        "<p>Liên kết hủy nhận thư này không đúng hoặc không đầy đủ. Vui lòng mở lại liên kết"
            + " trong thư, hoặc chép toàn bộ liên kết vào trình duyệt. Chưa có thay đổi nào"
            + " được thực hiện.</p>\n",
        "<p>This unsubscribe link is wrong or incomplete. Please open the link in the e-mail"
            + " again, or copy the whole link into your browser. Nothing was changed.</p>\n");
  }

  static String tooMany() {
    return page("Quá nhiều yêu cầu", "Too many requests",
        "<p>Vui lòng thử lại sau ít phút. Chưa có thay đổi nào được thực hiện.</p>\n",
        "<p>Please try again in a few minutes. Nothing was changed.</p>\n");
  }

  static String unavailable() {
    return page("Tạm thời chưa thực hiện được", "Not possible right now",
        "<p>Hệ thống đang bận. Vui lòng thử lại sau ít phút. Chưa có thay đổi nào được thực"
            + " hiện.</p>\n",
        "<p>The system is busy. Please try again in a few minutes. Nothing was changed.</p>\n");
  }

  private static String page(String titleVi, String titleEn, String bodyVi, String bodyEn) {
    return "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"robots\" content=\"noindex\">\n"
        + "<title>" + titleVi + " · " + titleEn + "</title>\n"
        + "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">\n</head>\n<body>\n"
        + "<main class=\"card\">\n<h1>" + titleVi + "</h1>\n" + bodyVi
        + "<section class=\"en\" lang=\"en\">\n<h2>" + titleEn + "</h2>\n" + bodyEn
        + "</section>\n</main>\n</body>\n</html>\n";
  }

  /** Text for an HTML attribute or element. */
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
