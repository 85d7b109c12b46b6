package vn.citizenhub.contract.intake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import vn.citizenhub.contract.notify.Notification;

/**
 * A channel says what became of a notification it was given: sent, failed or handed back to
 * another channel. hub-core writes it on the ticket's timeline, so staff see whether the citizen
 * was actually told.
 *
 * @param notificationId the id of the notification on {@code hub.notify.v1}
 * @param detailVi why, or through what, in Vietnamese (no personal data)
 */
public record DeliveryReport(
    String notificationId, DeliveryStatus status, String detailVi, String detailEn)
    implements IntakePayload {

  /** What every delivery report's idempotency key starts with. */
  public static final String KEY_PREFIX = "delivery:";

  /**
   * The idempotency key of notice {@code notificationId}'s delivery report: one per notice,
   * whoever reports it (the channel, or hub-core for a channel that delivers none), so a report
   * sent again is one line on the timeline.
   */
  public static String keyFor(String notificationId) {
    return KEY_PREFIX + notificationId;
  }

  /** The envelope that carries this report of notice {@code n} to hub-core, with its derived id. */
  public IntakeEnvelope envelopeFor(Notification n, Instant occurredAt) {
    String key = keyFor(n.id());
    return IntakeEnvelope.v1(
        UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString(), occurredAt,
        n.channel(), "notify-" + n.id(), new CitizenRef(n.citizenIdentity(), null, null, null),
        n.trackingCode(), this);
  }

  /** The outcome of one delivery. */
  public enum DeliveryStatus {
    SENT,
    FAILED,
    HANDED_BACK
  }
}
