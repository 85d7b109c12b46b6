package vn.citizenhub.channel.web.unsubscribe;

/**
 * The small pages of the unsubscribe link, Vietnamese first, English below: the confirmation
 * with its one button (a GET changes nothing, so a mail scanner that opens every link
 * unsubscribes nobody), the result, and the refusals. They wear the portal's frame (its header,
 * footer and shared stylesheet {@code /portal-shared/portal.css}) drawn here rather than by the
 * portal's script: plain HTML with stylesheets of this origin, no script, no inline style, so the
 * page passes {@code script-src 'self'} and works in a mail app's bare browser. Both languages
 * are on the page (the portal's language switch needs its script): Vietnamese first.
 */
final class UnsubscribePage {

  static final String PATH = "/api/web/unsubscribe";
  static final String STYLESHEET = PATH + "/unsubscribe.css";
  static final String PORTAL_STYLESHEET = "/portal-shared/portal.css";

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
            + "<button type=\"submit\" class=\"button\">Hủy nhận thư"
            + " <span lang=\"en\">· Unsubscribe</span></button>\n</form>\n",
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
        + "<link rel=\"icon\" href=\"/portal-shared/favicon.svg\" type=\"image/svg+xml\">\n"
        + "<link rel=\"stylesheet\" href=\"" + PORTAL_STYLESHEET + "\">\n"
        + "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">\n</head>\n<body>\n"
        + "<a class=\"skip-link\" href=\"#main\">Bỏ qua, đến nội dung chính</a>\n"
        + HEADER
        + "<main id=\"main\" tabindex=\"-1\">\n<div class=\"card\">\n<h1>" + titleVi + "</h1>\n"
        + bodyVi + "<section class=\"en\" lang=\"en\">\n<h2>" + titleEn + "</h2>\n" + bodyEn
        + "</section>\n</div>\n</main>\n" + FOOTER + "</body>\n</html>\n";
  }

  /** The portal's header as its script draws it, without the language switch. */
  private static final String HEADER = "<header class=\"site-header\">\n<div class=\"inner\">\n"
      + "<a class=\"brand\" href=\"/\"><span>Cổng tiếp nhận phản ánh, kiến nghị</span>"
      + "<small>Phản ánh, kiến nghị, yêu cầu cung cấp thông tin</small></a>\n"
      + "<nav class=\"site-nav\" aria-label=\"Điều hướng chính\"><ul>"
      + "<li><a href=\"/\">Trang chủ</a></li><li><a href=\"/report\">Gửi phản ánh</a></li>"
      + "<li><a href=\"/track\">Tra cứu</a></li></ul></nav>\n</div>\n</header>\n";

  private static final String FOOTER = "<footer class=\"site-footer\">\n<div class=\"inner\">\n"
      + "<p>Đường dây nóng 1022 (miễn phí). Dữ liệu cá nhân của bạn được xử lý theo Nghị định"
      + " 13/2023/NĐ-CP và không bao giờ hiển thị trên trang công khai.</p>\n"
      + "<p lang=\"en\">Hotline 1022 (free). Your personal data is processed under Decree"
      + " 13/2023/ND-CP and never shown on public pages.</p>\n</div>\n</footer>\n";

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
