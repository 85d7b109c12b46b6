package vn.citizenhub.channel.web.mail;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.mail.Message;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import vn.citizenhub.channel.handoff.HandoffSettings;
import vn.citizenhub.channel.notify.ChannelSender;
import vn.citizenhub.channel.notify.DeliveryOutcome;
import vn.citizenhub.channel.web.unsubscribe.MailKey;
import vn.citizenhub.channel.web.unsubscribe.UnsubscribedAddresses;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.http.PublicUrl;

/**
 * Tells web citizens by e-mail what hub-core has to say (the shared notify plumbing keeps,
 * retries and reports). A notice that cannot go by e-mail (no address left, e-mail off, the
 * address unsubscribed, refused for good by the mail server) is handed back: the shared {@code
 * DeliveryReports} sends it as an SMS when a phone is known and otherwise reports it failed, so no
 * notice is ever kept silently. A failure that may pass (the server down, a 4xx answer) is thrown
 * and the notice is tried again later.
 */
@Singleton
@Requires(property = HandoffSettings.ENABLED, value = "true")
class WebMailSender implements ChannelSender {

  static final String UNSUBSCRIBE_PATH = "/api/web/unsubscribe?t=";

  private final SmtpMailer mailer;
  private final UnsubscribedAddresses unsubscribed;
  private final MailKey key;
  private final PublicUrl publicUrl;
  private final Clock clock = Clock.systemUTC();

  WebMailSender(SmtpMailer mailer, UnsubscribedAddresses unsubscribed, MailKey key,
      PublicUrl publicUrl) {
    this.mailer = mailer;
    this.unsubscribed = unsubscribed;
    this.key = key;
    this.publicUrl = publicUrl;
  }

  @Override
  public Channel channel() {
    return Channel.WEB;
  }

  @Override
  public DeliveryOutcome send(Notification n) throws Exception {
    String email = n.contact() == null || n.contact().email() == null ? ""
        : n.contact().email().strip();
    if (email.isEmpty()) {
      return DeliveryOutcome.handBack("Người dân không để lại địa chỉ thư điện tử.",
          "The citizen left no e-mail address.");
    }
    if (!mailer.enabled()) {
      return DeliveryOutcome.handBack(
          "Chưa cấu hình máy chủ thư điện tử (SMTP) nên không gửi được thư.",
          "E-mail is off: no SMTP server is configured.");
    }
    if (unsubscribed.contains(email)) {
      return DeliveryOutcome.handBack("Người dân đã hủy nhận thư điện tử.",
          "The citizen unsubscribed from e-mail.");
    }
    MimeMessage message;
    try {
      message = message(n, email);
    } catch (AddressException e) {
      return DeliveryOutcome.handBack("Địa chỉ thư điện tử của người dân không hợp lệ.",
          "The citizen's e-mail address is not valid.");
    }
    Optional<SmtpFailures.Refusal> refused = mailer.send(message);
    if (refused.isPresent()) {
      return DeliveryOutcome.handBack(refused.get().reasonVi(), refused.get().reasonEn());
    }
    return DeliveryOutcome.sent("Đã gửi thư điện tử.", "E-mail sent.");
  }

  private MimeMessage message(Notification n, String email) throws MessagingException {
    InternetAddress to = new InternetAddress(email, true);
    String unsubscribeLink = publicUrl.link(UNSUBSCRIBE_PATH
        + key.token(key.addressHash(to.getAddress())));
    NoticeMail mail = NoticeMail.of(n, trackingLink(n), unsubscribeLink);

    MimeMessage message = mailer.newMessage("<" + n.id() + "@" + mailer.senderDomain() + ">");
    message.setRecipient(Message.RecipientType.TO, to);
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(Date.from(clock.instant()));
    // RFC 2369 and RFC 8058: mail clients show an unsubscribe button that POSTs to the link.
    message.setHeader("List-Unsubscribe", "<" + unsubscribeLink + ">");
    message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    // RFC 3834: no out-of-office answers to a notice nobody reads replies to.
    message.setHeader("Auto-Submitted", "auto-generated");
    message.setHeader("Content-Language", "vi, en");

    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), "UTF-8", "html");
    message.setContent(new MimeMultipart("alternative", text, html));
    return message;
  }

  /** The tracking page; a private feedback token goes in the fragment (never sent to a server). */
  private String trackingLink(Notification n) {
    if (n.trackingCode() == null) {
      return null;
    }
    return publicUrl.trackingLink(n.trackingCode(), n.feedbackToken());
  }
}
