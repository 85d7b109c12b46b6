package vn.citizenhub.channel.notify;

import vn.citizenhub.contract.intake.DeliveryReport.DeliveryStatus;

/**
 * What became of one notification. The texts are for the ticket's timeline: staff read them, so
 * they name the cause (an error code, the 7-day window) but never personal data.
 */
public record DeliveryOutcome(DeliveryStatus status, String detailVi, String detailEn) {

  public static DeliveryOutcome sent(String detailVi, String detailEn) {
    return new DeliveryOutcome(DeliveryStatus.SENT, detailVi, detailEn);
  }

  /** Failed for good: trying again would not help. */
  public static DeliveryOutcome failed(String reasonVi, String reasonEn) {
    return new DeliveryOutcome(DeliveryStatus.FAILED, reasonVi, reasonEn);
  }

  /** Not deliverable on this channel: give it to another (SMS when a phone is known). */
  public static DeliveryOutcome handBack(String reasonVi, String reasonEn) {
    return new DeliveryOutcome(DeliveryStatus.HANDED_BACK, reasonVi, reasonEn);
  }
}
