package vn.citizenhub.contract.notify;

import java.time.Instant;
import vn.citizenhub.contract.Channel;
import vn.citizenhub.contract.SchemaId;

/**
 * What to tell one citizen, published to {@code hub.notify.v1} keyed by the citizen's identity.
 * The channel named here delivers it in its own medium; the texts are ready to send, Vietnamese
 * first.
 *
 * @param citizenIdentity the identity on that channel ({@code zalo:…}, {@code phone:+84…})
 * @param contact how else to reach the citizen if the channel cannot (personal data: this topic is
 *     read only by the channels)
 * @param feedbackToken optional: the secret that lets this citizen rate the answer or say "not
 *     fixed" through a private link ({@code /track?code=…&k=…}); the tracking code alone never
 *     does. Absent on notices that invite no feedback, and ignored by readers that predate it.
 */
public record Notification(
    SchemaId schema,
    String id,
    NotificationKind kind,
    Instant occurredAt,
    Channel channel,
    String citizenIdentity,
    String trackingCode,
    String messageVi,
    String messageEn,
    Contact contact,
    String feedbackToken) {

  /** A notice that carries no private feedback link. */
  public Notification(SchemaId schema, String id, NotificationKind kind, Instant occurredAt,
      Channel channel, String citizenIdentity, String trackingCode, String messageVi,
      String messageEn, Contact contact) {
    this(schema, id, kind, occurredAt, channel, citizenIdentity, trackingCode, messageVi,
        messageEn, contact, null);
  }

  /** Contact details the citizen gave, for a channel that must fall back to SMS or email. */
  public record Contact(String phone, String email) {}
}
