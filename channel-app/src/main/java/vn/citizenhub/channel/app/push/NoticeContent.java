package vn.citizenhub.channel.app.push;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.contract.notify.NotificationKind;
import vn.citizenhub.http.PublicUrl;

/**
 * What an app shows for a notice, Vietnamese first: a short bilingual title and body, and the
 * data the app acts on (the tracking code and page, and the private feedback link when the notice
 * invites feedback). Sized for FCM's 4,096-byte message: each text is cut on a character.
 */
public record NoticeContent(String title, String body, Map<String, String> data) {

  /** Characters of each language's message in the body: 3 bytes each at most in UTF-8. */
  static final int MAX_VI = 500;
  static final int MAX_EN = 400;

  public static NoticeContent of(Notification n, PublicUrl publicUrl) {
    String code = n.trackingCode() == null ? null : new TrackingCode(n.trackingCode()).display();
    String title;
    if (code == null) {
      title = "Thông báo / Notice";
    } else if (n.kind() == NotificationKind.RECEIPT) {
      title = "Đã tiếp nhận phản ánh " + code + " / Report " + code + " received";
    } else {
      title = "Cập nhật phản ánh " + code + " / Update on report " + code;
    }
    String body = fit(n.messageVi(), MAX_VI) + "\n" + fit(n.messageEn(), MAX_EN);
    Map<String, String> data = new LinkedHashMap<>();
    data.put("notificationId", n.id());
    data.put("kind", n.kind() == null ? "UPDATE" : n.kind().name());
    if (code != null) {
      String trackingUrl = publicUrl.link("/track?code=" + code);
      data.put("trackingCode", code);
      data.put("trackingUrl", trackingUrl);
      if (n.feedbackToken() != null) {
        // In the fragment, as in the e-mail: the browser never sends it to a server's logs.
        data.put("feedbackUrl", trackingUrl + "#k="
            + URLEncoder.encode(n.feedbackToken(), StandardCharsets.UTF_8));
      }
    }
    return new NoticeContent(title, body.strip(), Map.copyOf(data));
  }

  static String fit(String text, int max) {
    if (text == null) {
      return "";
    }
    if (text.length() <= max) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
    return text.substring(0, end) + "…";
  }
}
