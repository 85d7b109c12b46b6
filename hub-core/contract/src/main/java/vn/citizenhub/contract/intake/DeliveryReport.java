package vn.citizenhub.contract.intake;

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

  /** The outcome of one delivery. */
  public enum DeliveryStatus {
    SENT,
    FAILED,
    HANDED_BACK
  }
}
