package vn.citizenhub.contract.notify;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import vn.citizenhub.contract.Channel;

/**
 * A notice its own channel cannot deliver, passed to the channel that sends SMS (the one whose
 * definition says {@link Channel.NoticeDelivery#BY_SMS}). One rule for the channel that tried and
 * failed (channel-support's delivery reports) and for hub-core, which hands back at once a notice
 * for a channel that can deliver none (Open311).
 */
public final class HandBack {

  private HandBack() {}

  /**
   * The same notice addressed to the citizen's phone on the SMS channel, with an id derived from
   * the original's (so a notice handed back twice is one SMS); empty when no phone is known, no
   * channel sends SMS, or the notice already was an SMS.
   */
  public static Optional<Notification> bySms(Notification n) {
    String phone = n.contact() == null ? null : n.contact().phone();
    Optional<Channel> sms = Channel.handBackChannel();
    if (phone == null || phone.isBlank() || sms.isEmpty() || sms.get() == n.channel()) {
      return Optional.empty();
    }
    String id = UUID.nameUUIDFromBytes((n.id() + ":sms").getBytes(StandardCharsets.UTF_8))
        .toString();
    return Optional.of(new Notification(n.schema(), id, n.kind(), n.occurredAt(), sms.get(),
        sms.get().identity(phone), n.trackingCode(), n.messageVi(), n.messageEn(), n.contact(),
        n.feedbackToken()));
  }
}
