package vn.citizenhub.core.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.citizenhub.contract.ContractJson;
import vn.citizenhub.contract.Topics;
import vn.citizenhub.contract.intake.DeliveryReport;
import vn.citizenhub.contract.intake.DeliveryReport.DeliveryStatus;
import vn.citizenhub.contract.intake.IntakeEnvelope;
import vn.citizenhub.contract.notify.HandBack;
import vn.citizenhub.contract.notify.Notification;

/**
 * A notice for a channel whose definition says it delivers none (Open311 clients poll) would lie
 * on {@code hub.notify.v1} with no reader. hub-core hands it back at once, by the path a channel
 * takes when its medium refuses a notice: the SMS channel gets it when a phone is known, and a
 * delivery report says what happened, so the ticket's timeline shows it (sent on by SMS, or not
 * sent at all). Both leave through the outbox, in the transaction that made the notice.
 */
final class UndeliverableNotices {

  private UndeliverableNotices() {}

  static List<OutboxMessage> handBack(Notification n) {
    List<OutboxMessage> messages = new ArrayList<>(2);
    Optional<Notification> sms = HandBack.bySms(n);
    sms.ifPresent(s -> messages.add(OutboxMessage.onNotifyTopic(s)));
    if (n.trackingCode() != null) {
      DeliveryReport report = sms.isPresent()
          ? new DeliveryReport(n.id(), DeliveryStatus.HANDED_BACK,
              "Kênh này không gửi được thông báo; đã chuyển sang SMS.",
              "This channel cannot deliver notices; passed on by SMS.")
          : new DeliveryReport(n.id(), DeliveryStatus.FAILED,
              "Kênh này không gửi được thông báo và người dân không để lại số điện thoại.",
              "This channel cannot deliver notices and the citizen left no phone number.");
      messages.add(report(n, report));
    }
    return messages;
  }

  /** As a channel reports a delivery: same derived id, so a repeat is one timeline line. */
  private static OutboxMessage report(Notification n, DeliveryReport report) {
    IntakeEnvelope envelope = report.envelopeFor(n, n.occurredAt());
    return new OutboxMessage(0, Topics.INTAKE, envelope.key(), ContractJson.writeString(envelope));
  }
}
