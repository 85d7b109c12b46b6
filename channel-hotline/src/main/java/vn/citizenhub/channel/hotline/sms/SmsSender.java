package vn.citizenhub.channel.hotline.sms;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Optional;
import vn.citizenhub.channel.hotline.HotlineSettings;
import vn.citizenhub.channel.notify.ChannelSender;
import vn.citizenhub.channel.notify.DeliveryOutcome;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.intake.PhoneNumber;
import vn.citizenhub.contract.notify.Notification;
import vn.citizenhub.http.PublicUrl;

/**
 * Tells callers by SMS: the hotline's notices, and those other channels hand back (a Zalo user
 * outside the 7-day window, an app uninstalled). The shared plumbing keeps each notice, retries
 * when this throws, and puts the outcome returned here on the ticket's timeline.
 */
@Singleton
@Requires(property = HotlineSettings.ENABLED, value = "true", defaultValue = "true")
class SmsSender implements ChannelSender {

  private final SmsGateway gateway;
  private final SmsSettings settings;
  private final PublicUrl publicUrl;

  SmsSender(SmsGateway gateway, SmsSettings settings, PublicUrl publicUrl) {
    this.gateway = gateway;
    this.settings = settings;
    this.publicUrl = publicUrl;
  }

  @Override
  public Channel channel() {
    return Channel.HOTLINE;
  }

  @Override
  public DeliveryOutcome send(Notification n) throws Exception {
    Optional<String> phone = recipient(n);
    if (phone.isEmpty()) {
      return DeliveryOutcome.failed("Không có số điện thoại hợp lệ để gửi tin nhắn SMS.",
          "No valid phone number to send an SMS to.");
    }
    // An outcome carries the citizen's private link to rate it or say it is not fixed.
    String feedbackLink = n.feedbackToken() != null && n.trackingCode() != null
        ? publicUrl.trackingLink(n.trackingCode(), n.feedbackToken()) : null;
    SmsText.Parts sms = SmsText.compose(n.messageVi() != null ? n.messageVi() : n.messageEn(),
        n.trackingCode(), feedbackLink, settings.isUnicode(), settings.getMaxParts());
    SmsGateway.Answer answer = gateway.send(n.id(), phone.get(), sms);
    if (answer.accepted()) {
      return DeliveryOutcome.sent(
          "Đã gửi tin nhắn SMS (" + sms.count() + " phần) qua tổng đài tin nhắn.",
          "SMS sent in " + sms.count() + " part(s) through the gateway.");
    }
    return DeliveryOutcome.failed("Tổng đài tin nhắn từ chối SMS (mã " + answer.error() + ").",
        "The SMS gateway refused the message (" + answer.error() + ").");
  }

  /** The caller's number: the identity {@code phone:+84…}, else the contact they gave. */
  static Optional<String> recipient(Notification n) {
    String identity = n.citizenIdentity();
    if (identity != null && identity.startsWith("phone:")) {
      Optional<String> fromIdentity = PhoneNumber.normalize(identity.substring("phone:".length()));
      if (fromIdentity.isPresent()) {
        return fromIdentity;
      }
    }
    return n.contact() == null ? Optional.empty() : PhoneNumber.normalize(n.contact().phone());
  }
}
