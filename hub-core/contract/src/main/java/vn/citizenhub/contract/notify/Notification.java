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
    Contact contact) {

  /** Contact details the citizen gave, for a channel that must fall back to SMS or email. */
  public record Contact(String phone, String email) {}
}
