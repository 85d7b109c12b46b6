package vn.citizenhub.channel.web.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.SchemaId;
import vn.citizenhub.contract.TrackingCode;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.contract.notify.NotificationKind;

/** The words of a notice e-mail, without a mail server. */
class NoticeMailTest {

  private static final String UNSUBSCRIBE = "https://hub.example.vn/api/web/unsubscribe?t=x";

  private static Notification notice(NotificationKind kind, String code, String vi, String en) {
    return new Notification(SchemaId.NOTIFICATION_V1, "n-1", kind, Instant.now(), Channel.WEB,
        "web:1", code, vi, en, new Notification.Contact(null, "a@b.vn"));
  }

  @Test
  void aReceiptSaysSoInBothLanguages() {
    String code = TrackingCode.generate(Channel.WEB).value();
    String display = new TrackingCode(code).display();
    NoticeMail mail = NoticeMail.of(notice(NotificationKind.RECEIPT, code, "Đã tiếp nhận.",
        "Received."), "https://hub.example.vn/track?code=" + display, UNSUBSCRIBE);
    assertEquals("Đã tiếp nhận phản ánh " + display + " / Report " + display + " received",
        mail.subject());
    assertTrue(mail.text().startsWith("Kính gửi ông/bà,\n\nĐã tiếp nhận.\n"), mail.text());
  }

  @Test
  void staffWordsCannotBecomeMarkupInTheHtmlPart() {
    String code = TrackingCode.generate(Channel.WEB).value();
    NoticeMail mail = NoticeMail.of(notice(NotificationKind.UPDATE, code,
        "Trả lời: <a href=\"https://lua-dao.example\">bấm</a> & \"xem\"\ndòng hai",
        "Answer: <script>x()</script>"), "https://hub.example.vn/track?code=" + code,
        UNSUBSCRIBE);
    assertFalse(mail.html().contains("<a href=\"https://lua-dao"), mail.html());
    assertFalse(mail.html().contains("<script>"), mail.html());
    assertTrue(mail.html().contains("Trả lời: &lt;a href=&quot;https://lua-dao.example&quot;&gt;"
        + "bấm&lt;/a&gt; &amp; &quot;xem&quot;<br>\ndòng hai"), mail.html());
    assertTrue(mail.text().contains("<script>x()</script>"), "plain text stays as written");
  }

  @Test
  void aNoticeAboutNoTicketHasNoTrackingLink() {
    NoticeMail mail = NoticeMail.of(notice(NotificationKind.UPDATE, null, "Xin chào.", null),
        null, UNSUBSCRIBE);
    assertEquals("Thông báo về phản ánh, kiến nghị của bạn / A notice about your report",
        mail.subject());
    assertFalse(mail.text().contains("Theo dõi phản ánh"), mail.text());
    assertTrue(mail.text().contains("Dear citizen,\n\nXin chào.\n"), "Vietnamese when no English");
    assertTrue(mail.text().endsWith(UNSUBSCRIBE + "\n"), mail.text());
  }
}
